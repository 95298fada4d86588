/**
 * Work addresses and the admin's domain allow-list (pure, no I/O). The address itself is only
 * ever held in memory for one request: callers hash `canonical` and send one email to `address`.
 */

export interface DomainRule {
  /** `bkn.go.id` (that domain only) or `*.go.id` (any subdomain of go.id, not go.id itself). */
  pattern: string
  /** Shown on the badge, only if the member opts in; null for a wildcard without a name. */
  institution: string | null
}

export const DEFAULT_DOMAIN_RULES_TEXT = '*.go.id'
export const MAX_INSTITUTION_LENGTH = 120
export const MAX_DOMAIN_RULES = 200

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+[a-z]{2,63}$`)
const PATTERN = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)+[a-z]{2,63}$`)
const LOCAL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/

export interface ParsedAddress {
  /** What was typed, trimmed (the email goes here). */
  address: string
  /** Lowercase, any "+tag" dropped: one mailbox is one address, so it verifies one account. */
  canonical: string
  domain: string
}

/** A work address as typed, or null when it is not a plain address we can send to. */
export function parseWorkAddress(input: string): ParsedAddress | null {
  const address = input.trim()
  if (address.length > 254) return null
  const at = address.lastIndexOf('@')
  if (at <= 0) return null
  const local = address.slice(0, at).toLowerCase()
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '')
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null
  if (!DOMAIN.test(domain)) return null
  const base = local.split('+')[0]!
  if (!base) return null
  return { address, canonical: `${base}@${domain}`, domain }
}

/** Whether a domain falls under one rule. */
export const domainMatches = (domain: string, pattern: string) =>
  pattern.startsWith('*.') ? domain.endsWith(pattern.slice(1)) && domain.length > pattern.length - 1 : domain === pattern

/** The rule that admits a domain (an exact rule beats a wildcard, a longer wildcard a shorter one), or null. */
export function matchDomain(domain: string, rules: readonly DomainRule[]): DomainRule | null {
  const hits = rules.filter((r) => domainMatches(domain, r.pattern))
  hits.sort((a, b) => Number(b.pattern.startsWith('*.') ? 0 : 1) - Number(a.pattern.startsWith('*.') ? 0 : 1) || b.pattern.length - a.pattern.length)
  return hits[0] ?? null
}

export type RulesParse = { ok: true; rules: DomainRule[] } | { ok: false; line: number; text: string }

/**
 * The allow-list as the admin writes it: one rule a line, `pattern` or `pattern = Institution`;
 * blank lines and lines starting with # are ignored. The first bad line is reported.
 */
export function parseDomainRules(text: string): RulesParse {
  const rules: DomainRule[] = []
  const lines = text.split(/\r?\n/)
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    const pattern = (eq === -1 ? line : line.slice(0, eq)).trim().toLowerCase()
    const institution = eq === -1 ? '' : line.slice(eq + 1).trim()
    if (!PATTERN.test(pattern) || institution.length > MAX_INSTITUTION_LENGTH) return { ok: false, line: i + 1, text: line.slice(0, 80) }
    if (!rules.some((r) => r.pattern === pattern)) rules.push({ pattern, institution: institution || null })
    if (rules.length > MAX_DOMAIN_RULES) return { ok: false, line: i + 1, text: line.slice(0, 80) }
  }
  return { ok: true, rules }
}

/** The allow-list written back in the admin's format. */
export const formatDomainRules = (rules: readonly DomainRule[]) => rules.map((r) => (r.institution ? `${r.pattern} = ${r.institution}` : r.pattern)).join('\n')

// Codes an HR official types from the member's screen: no 0/O, 1/I look-alikes; 8 of 32 = 40 bits.
export const HR_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** An HR code as typed (any case, spaces or dashes) in its stored form, or null. */
export function normalizeHrCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  return code.length === 8 && [...code].every((c) => HR_CODE_ALPHABET.includes(c)) ? code : null
}

/** "ABCD-EFGH", easier to read aloud and type. */
export const formatHrCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`

/** A six-digit email code as typed, or null. */
export function normalizeEmailCode(input: string): string | null {
  const code = input.replace(/\s/g, '')
  return /^\d{6}$/.test(code) ? code : null
}
