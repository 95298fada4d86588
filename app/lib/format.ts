// Building an Intl.DateTimeFormat costs far more than formatting with one (a 100-answer page
// formats hundreds of dates), so each (style, language, zone) is built once per process.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(style: string, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${style}|${locale}|${timeZone}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { ...options, timeZone })
    formatters.set(key, found)
  }
  return found
}

/** Dates in the reader's language, in Indonesia's western time zone unless the instance says otherwise. */
export function formatDateTime(value: Date | string, locale: string, timeZone = 'Asia/Jakarta'): string {
  return formatter('datetime', locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
}

export function formatDate(value: Date | string, locale: string, timeZone = 'Asia/Jakarta'): string {
  return formatter('date', locale, timeZone, { dateStyle: 'long' }).format(new Date(value))
}

/** A coarse device label from a User-Agent ("Firefox · Linux"): enough to recognise a session, no more. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null
  const parts = [browser, os].filter(Boolean)
  return parts.length ? parts.join(' · ') : null
}

/** A session's time as the member lives it: in their zone, with the zone named (WIB, WITA, WIT). */
export function formatZonedDateTime(value: Date | string, locale: string, timeZone: string): string {
  return formatter('zoned', locale, timeZone, {
    // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(value))
}
