import { describe, expect, test } from 'vitest'
import type { Actor } from '~/policies'
import { canConfirmEmployeeCode, canPostInCategory, canVerifyAsEmployee, isVerifiedEmployee } from '~/policies'
import { domainMatches, formatDomainRules, matchDomain, normalizeEmailCode, normalizeHrCode, parseDomainRules, parseWorkAddress } from '~/lib/work-address'

const actor = (roles: Actor['roles'], suspendedUntil: Date | null = null): Actor => ({ id: 'a', pseudonym: 'A', roles, suspendedUntil, createdAt: new Date(0), reputation: 0 })

describe('work addresses', () => {
  test('one mailbox is one address: case and +tags are dropped before hashing', () => {
    expect(parseWorkAddress('  Budi.Santoso+forum@BKN.go.id ')).toEqual({ address: 'Budi.Santoso+forum@BKN.go.id', canonical: 'budi.santoso@bkn.go.id', domain: 'bkn.go.id' })
    expect(parseWorkAddress('budi.santoso@bkn.go.id')!.canonical).toBe(parseWorkAddress('BUDI.SANTOSO+x@bkn.go.id')!.canonical)
  })

  test('what is not a plain address is refused', () => {
    for (const bad of ['', 'budi', '@bkn.go.id', 'budi@', 'budi@localhost', 'bu di@bkn.go.id', 'budi..s@bkn.go.id', '.budi@bkn.go.id', '+x@bkn.go.id', `${'a'.repeat(65)}@bkn.go.id`, 'budi@bkn.go.id>', 'budi@-bkn.go.id']) {
      expect(parseWorkAddress(bad), bad).toBeNull()
    }
  })
})

describe('the allow-list', () => {
  test('*.go.id admits every subdomain of go.id, not go.id itself nor a look-alike', () => {
    expect(domainMatches('bkn.go.id', '*.go.id')).toBe(true)
    expect(domainMatches('setjen.bkn.go.id', '*.go.id')).toBe(true)
    expect(domainMatches('go.id', '*.go.id')).toBe(false)
    expect(domainMatches('bkngo.id', '*.go.id')).toBe(false)
    expect(domainMatches('bkn.go.id.evil.com', '*.go.id')).toBe(false)
    expect(domainMatches('bkn.go.id', 'bkn.go.id')).toBe(true)
    expect(domainMatches('x.bkn.go.id', 'bkn.go.id')).toBe(false)
  })

  test('an exact rule names the institution before a wildcard does', () => {
    const parsed = parseDomainRules('# instansi\n*.go.id\nBKN.go.id = Badan Kepegawaian Negara\n\n*.bkn.go.id = BKN (kantor regional)')
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(matchDomain('bkn.go.id', parsed.rules)?.institution).toBe('Badan Kepegawaian Negara')
    expect(matchDomain('kanreg1.bkn.go.id', parsed.rules)?.institution).toBe('BKN (kantor regional)')
    expect(matchDomain('kemenkeu.go.id', parsed.rules)).toEqual({ pattern: '*.go.id', institution: null })
    expect(matchDomain('gmail.com', parsed.rules)).toBeNull()
    expect(formatDomainRules(parsed.rules)).toBe('*.go.id\nbkn.go.id = Badan Kepegawaian Negara\n*.bkn.go.id = BKN (kantor regional)')
  })

  test('bad lines are reported by number; a whole top-level domain or everything is not a rule', () => {
    expect(parseDomainRules('*.go.id\nbukan domain')).toEqual({ ok: false, line: 2, text: 'bukan domain' })
    expect(parseDomainRules('*')).toMatchObject({ ok: false, line: 1 })
    expect(parseDomainRules('*.id')).toMatchObject({ ok: false, line: 1 })
    expect(parseDomainRules(`bkn.go.id = ${'x'.repeat(121)}`)).toMatchObject({ ok: false, line: 1 })
    expect(parseDomainRules('')).toEqual({ ok: true, rules: [] })
  })
})

describe('codes', () => {
  test('an HR code is read in any case, with spaces or a dash, and look-alike characters are not in it', () => {
    expect(normalizeHrCode('abcd-ef23')).toBe('ABCDEF23')
    expect(normalizeHrCode(' ABCD EF23 ')).toBe('ABCDEF23')
    expect(normalizeHrCode('ABCD-EF2O')).toBeNull() // O is not in the alphabet
    expect(normalizeHrCode('ABCD-EF1')).toBeNull()
    expect(normalizeEmailCode(' 123 456 ')).toBe('123456')
    expect(normalizeEmailCode('12345a')).toBeNull()
  })
})

describe('policies', () => {
  const now = new Date('2026-12-04T00:00:00Z')
  test('a verification is in force until its expiry', () => {
    expect(isVerifiedEmployee(new Date('2026-12-05T00:00:00Z'), now)).toBe(true)
    expect(isVerifiedEmployee(new Date('2026-12-03T00:00:00Z'), now)).toBe(false)
    expect(isVerifiedEmployee(null, now)).toBe(false)
  })

  test('"verified employees may post": verified members and staff only', () => {
    const open = { verifiedOnly: false }
    const gated = { verifiedOnly: true }
    const later = new Date('2027-01-01T00:00:00Z')
    expect(canPostInCategory(actor(['member']), open, null, now)).toBe(true)
    expect(canPostInCategory(actor(['member']), gated, null, now)).toBe(false)
    expect(canPostInCategory(actor(['member']), gated, new Date('2026-01-01T00:00:00Z'), now)).toBe(false)
    expect(canPostInCategory(actor(['member']), gated, later, now)).toBe(true)
    expect(canPostInCategory(actor(['member', 'moderator']), gated, null, now)).toBe(true)
    expect(canPostInCategory(actor(['member', 'expert']), gated, null, now)).toBe(false)
  })

  test('HR officials confirm codes; a suspended account neither verifies nor confirms', () => {
    expect(canConfirmEmployeeCode(actor(['member', 'hr']))).toBe(true)
    expect(canConfirmEmployeeCode(actor(['member', 'admin']))).toBe(false)
    expect(canConfirmEmployeeCode(actor(['member', 'hr'], new Date(Date.now() + 86_400_000)))).toBe(false)
    expect(canVerifyAsEmployee(actor(['member']))).toBe(true)
    expect(canVerifyAsEmployee(actor(['member'], new Date(Date.now() + 86_400_000)))).toBe(false)
    expect(canVerifyAsEmployee(null)).toBe(false)
  })
})
