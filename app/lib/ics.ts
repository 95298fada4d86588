/**
 * iCalendar (RFC 5545) for one session: a single VEVENT, times in UTC, lines ended with CRLF and
 * folded at 75 octets, text escaped. The same UID for every version of a session, with a
 * SEQUENCE that grows, so a calendar updates the event instead of adding a second one.
 */
export interface CalendarEvent {
  /** Globally unique and stable for the session, e.g. "session-42@teduh.example". */
  uid: string
  sequence: number
  /** When this version was made (DTSTAMP). */
  stamp: Date
  start: Date
  end: Date
  summary: string
  description?: string
  url?: string
  location?: string
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'
}

/** 20261204T031500Z */
export const icsUtc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const icsText = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds a content line to at most 75 octets per line (§3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export function calendarFile(event: CalendarEvent, method: 'PUBLISH' = 'PUBLISH'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Teduh//Jadwal Sesi//ID',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${icsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${icsText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'CLASS:PRIVATE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
