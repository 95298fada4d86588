import { TZDate } from '@date-fns/tz'

/** Indonesia's three zones (WIB, WITA, WIT): what members choose from. */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const
export type TimeZone = (typeof TIME_ZONES)[number]

/** "2026-12-01T14:30" read as a wall-clock time in `timeZone`, as an instant; null if malformed. */
export function wallClockToInstant(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number]
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone)
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null
  return new Date(date.getTime())
}
