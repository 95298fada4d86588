/** Dates in the reader's language, in Indonesia's western time zone unless the instance says otherwise. */
export function formatDateTime(value: Date | string, locale: string, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value))
}

export function formatDate(value: Date | string, locale: string, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone }).format(new Date(value))
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
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(value))
}
