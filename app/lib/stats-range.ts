import { TZDate } from '@date-fns/tz'

/** Analytics count days as the agency lives them: in Western Indonesia Time. */
export const STATS_TIME_ZONE = 'Asia/Jakarta'
export const DEFAULT_RANGE_DAYS = 90
/** Five years of months at most (60 buckets), so a chart stays readable and a query bounded. */
export const MAX_RANGE_DAYS = 5 * 366
export const EARLIEST_DAY = '2000-01-01'
export const LATEST_DAY = '2099-12-31'

export type Granularity = 'day' | 'week' | 'month'

export interface DayRange {
  /** Inclusive calendar days, YYYY-MM-DD. */
  from: string
  to: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether the text is a real calendar day written as YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === text
}

const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export const addDays = (day: string, days: number) => fromUtc(toUtc(day) + days * 86_400_000)
export const daysBetween = (from: string, to: string) => Math.round((toUtc(to) - toUtc(from)) / 86_400_000)

/** Today's calendar day in the analytics time zone. */
export function todayIn(now = new Date(), timeZone = STATS_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The range's instants: midnight of `from` up to (not including) midnight after `to`, in the zone. */
export function rangeInstants(range: DayRange, timeZone = STATS_TIME_ZONE): { start: Date; end: Date } {
  const at = (day: string) => new Date(new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), timeZone).getTime())
  return { start: at(range.from), end: at(addDays(range.to, 1)) }
}

/** Days for up to a month, weeks (from Monday) for up to half a year, months beyond. */
export function granularityFor(range: DayRange): Granularity {
  const days = daysBetween(range.from, range.to) + 1
  if (days <= 31) return 'day'
  if (days <= 186) return 'week'
  return 'month'
}

/** The start of the bucket a day falls in, as PostgreSQL's date_trunc names it (weeks start on Monday). */
export function bucketStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day
  if (granularity === 'month') return `${day.slice(0, 7)}-01`
  const weekday = new Date(toUtc(day)).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}

/** Every bucket of the range in order, empty ones included, keyed by its start day. */
export function bucketKeys(range: DayRange, granularity: Granularity): string[] {
  const keys: string[] = []
  let key = bucketStart(range.from, granularity)
  while (key <= range.to) {
    keys.push(key)
    if (granularity === 'day') key = addDays(key, 1)
    else if (granularity === 'week') key = addDays(key, 7)
    else {
      const y = Number(key.slice(0, 4))
      const m = Number(key.slice(5, 7))
      key = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
    }
  }
  return keys
}

export const PRESETS = ['7d', '30d', '90d', '12m', 'year'] as const
export type Preset = (typeof PRESETS)[number]

/** Ready-made ranges ending today. */
export function presetRange(preset: Preset, today: string): DayRange {
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: today }
    case '30d':
      return { from: addDays(today, -29), to: today }
    case '90d':
      return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today }
    case '12m':
      return { from: addDays(today, -364), to: today }
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today }
  }
}

export const defaultRange = (today: string) => presetRange('90d', today)
