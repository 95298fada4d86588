/** What the analytics tables hold, shared by the page, its charts and the CSV export. */
export type CellKind = 'count' | 'seconds' | 'percent' | 'rating'

/** A published figure: `hidden` cells are shown as "<5" (fewer than five people, or protecting such a cell). */
export interface StatCell {
  kind: CellKind
  value: number | null
  hidden: boolean
}

export const SUPPRESSED_MARK = '<5'

export type Translate = (key: string, options?: Record<string, unknown>) => string

export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID')

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}

/** A duration as a person reads it: minutes under an hour, hours under two days, then days. */
export function formatDuration(seconds: number, locale: string, t: Translate): string {
  const number = (v: number, digits: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(v)
  if (seconds < 3600) return t('stats.durationMinutes', { value: number(Math.max(1, Math.round(seconds / 60)), 0) })
  if (seconds < 48 * 3600) return t('stats.durationHours', { value: number(seconds / 3600, 1) })
  return t('stats.durationDays', { value: number(seconds / 86_400, 1) })
}

/** The text of a cell on the page. */
export function formatCell(cell: StatCell, locale: string, t: Translate): string {
  if (cell.hidden) return SUPPRESSED_MARK
  if (cell.value === null) return t('stats.notApplicable')
  switch (cell.kind) {
    case 'count':
      return formatCount(cell.value, locale)
    case 'seconds':
      return formatDuration(cell.value, locale, t)
    case 'percent':
      return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(cell.value)
    case 'rating':
      return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(cell.value)
  }
}

/** A bucket's start day as a label: "3 Nov 2026" for days and weeks, "Nov 2026" for months. */
export function formatBucket(day: string, granularity: 'day' | 'week' | 'month', locale: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date)
}

/** A calendar day (YYYY-MM-DD) in long form, for the range heading. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
}
