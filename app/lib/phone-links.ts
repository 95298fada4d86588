/** A piece of help text: plain words, or a phone number to dial. */
export type HelpSegment = { text: string } | { text: string; tel: string }

// 3+ digits with spaces, dots or dashes between, an optional +country or (area code), and an optional extension
// ("119 ekstensi 8", "119 ext. 8"); not a count of hours or days ("24 jam").
const PHONE = /((?:\+\d{1,3}[ .-]?)?(?:\(0\d{1,3}\)[ .-]?)?\d[\d .-]{1,16}\d)(\s*(?:ekstensi|ext\.?|extension)\s*(\d{1,5}))?(?!\d|\s*(?:jam|hours?|hari|days?|menit|minutes?))/giu

/**
 * Splits help text so every phone number in it can be a `tel:` link (one tap on a phone),
 * with an extension as `;ext=` (RFC 3966). The text itself is never changed.
 */
export function phoneSegments(text: string): HelpSegment[] {
  const segments: HelpSegment[] = []
  let cursor = 0
  for (const match of text.matchAll(PHONE)) {
    const digits = match[1]!.replace(/[ .()-]/g, '')
    // Short numbers are emergency lines (110, 112, 113, 115, 118, 119); other short ones are rooms or counts.
    const length = digits.replace('+', '').length
    if (length < 5 && !/^11\d$/.test(digits)) continue
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) })
    segments.push({ text: match[0], tel: `tel:${digits}${match[3] ? `;ext=${match[3]}` : ''}` })
    cursor = match.index + match[0].length
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) })
  return segments
}
