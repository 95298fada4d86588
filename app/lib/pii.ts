/** Likely self-identifying data in a post, found before it is published. */
export type PiiKind = 'email' | 'nip' | 'nik' | 'phone'

export interface PiiFinding {
  kind: PiiKind
  start: number
  end: number
  text: string
}

// Not part of a longer number (digits, or digits joined by . or , as in amounts of money).
const BEFORE = '(?<!\\d|\\d[.,])'
const AFTER = '(?!\\d|[.,]\\d)'
const DATE = '(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])'
const PATTERNS: { kind: PiiKind; pattern: RegExp; valid?: (match: string) => boolean }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // NIP: birth date (8) + appointment year-month (6) + sex (1) + sequence (3), spaced or not.
  { kind: 'nip', pattern: new RegExp(`${BEFORE}${DATE}[ .-]?(?:19|20)\\d{2}(?:0[1-9]|1[0-2])[ .-]?[12][ .-]?\\d{3}${AFTER}`, 'g') },
  { kind: 'nip', pattern: new RegExp(`${BEFORE}\\d{18}${AFTER}`, 'g') },
  // NIK (KTP): 16 digits: region (6) + birth date (day +40 for women) (6) + sequence (4).
  { kind: 'nik', pattern: new RegExp(`${BEFORE}\\d{6}[ .-]?\\d{6}[ .-]?\\d{4}${AFTER}`, 'g'), valid: (m) => m.replace(/\D/g, '').length === 16 },
  // Indonesian mobile (08…, +62 8…, 62 8…) and landline with area code in brackets.
  {
    kind: 'phone',
    pattern: new RegExp(`${BEFORE}(?:\\+62|62|0)[ -]?8\\d{1,3}(?:[ -]?\\d{2,5}){1,3}${AFTER}`, 'g'),
    valid: (m) => {
      const digits = m.replace(/\D/g, '').replace(/^62/, '0')
      return digits.length >= 10 && digits.length <= 13
    },
  },
  { kind: 'phone', pattern: /\(0\d{2,3}\)[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)/g },
]

export function findPii(text: string): PiiFinding[] {
  const findings: PiiFinding[] = []
  for (const { kind, pattern, valid } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (valid && !valid(match[0])) continue
      // One finding per span: the first pattern (most specific) wins.
      if (findings.some((f) => start < f.end && end > f.start)) continue
      findings.push({ kind, start, end, text: match[0] })
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}

export const REDACTION = '[disamarkan]'

/** The text with every finding replaced by a neutral marker. */
export function redactPii(text: string, findings = findPii(text)): string {
  let result = ''
  let cursor = 0
  for (const f of findings) {
    result += text.slice(cursor, f.start) + REDACTION
    cursor = f.end
  }
  return result + text.slice(cursor)
}

export interface PiiCheck {
  title?: string
  body: string
  /** Set when the writer must decide first: what was found, and the text as it would be redacted. */
  notice: { findings: { kind: PiiKind; text: string }[]; redacted: string } | null
}

/**
 * The publish gate: without a decision, findings stop the post and come back as a notice;
 * "redact" replaces them; "keep" publishes as written.
 */
export function applyPiiDecision(input: { title?: string; body: string; decision?: 'keep' | 'redact' }): PiiCheck {
  const titleFindings = input.title ? findPii(input.title) : []
  const bodyFindings = findPii(input.body)
  if (titleFindings.length + bodyFindings.length === 0 || input.decision === 'keep') {
    return { title: input.title, body: input.body, notice: null }
  }
  const redactedTitle = input.title ? redactPii(input.title, titleFindings) : undefined
  const redactedBody = redactPii(input.body, bodyFindings)
  if (input.decision === 'redact') return { title: redactedTitle, body: redactedBody, notice: null }
  return {
    title: input.title,
    body: input.body,
    notice: {
      findings: [...titleFindings, ...bodyFindings].map(({ kind, text }) => ({ kind, text })),
      redacted: [redactedTitle, redactedBody].filter(Boolean).join('\n\n'),
    },
  }
}
