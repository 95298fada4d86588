import { describe, expect, test } from 'vitest'
import { impersonatesStaff, pseudonymKey, pseudonymProblem, suggestPseudonym } from '~/lib/pseudonym'

describe('pseudonym key', () => {
  test('folds case, separators, diacritics and look-alike letters from other scripts', () => {
    const key = pseudonymKey('RusaBiru')
    for (const variant of ['rusabiru', 'RUSA_BIRU', 'Rusa.Biru', 'Rusa-Bíru', 'Rus\u0430Biru', 'RusaB1ru', 'RusaBlru']) {
      expect(pseudonymKey(variant), variant).toBe(key)
    }
    expect(pseudonymKey('\u0420\u0443\u0441\u0430')).not.toBe(pseudonymKey('Rusa')) // Cyrillic Р is P-like, not R
    expect(pseudonymKey('KOMODO')).toBe(pseudonymKey('k0m0do'))
    expect(pseudonymKey('modern')).toBe(pseudonymKey('modem'))
  })

  test('different names stay different', () => {
    expect(pseudonymKey('RusaBiru')).not.toBe(pseudonymKey('RusaMerah'))
    expect(pseudonymKey('Kancil7')).not.toBe(pseudonymKey('Kancil8'))
  })
})

describe('pseudonym rules', () => {
  test.each([
    ['ab', 'tooShort'],
    ['A'.repeat(31), 'tooLong'],
    ['Rusa Biru', 'characters'],
    ['Rusa<b>', 'characters'],
    ['42Rusa', 'startLetter'],
    ['Rusa\u200dBiru', 'invisible'],
    ['Rusa\u202eBiru', 'invisible'],
    ['\ufeffRusa', 'invisible'],
    ['Admin', 'reserved'],
    ['SuperAdm1n', 'reserved'],
    ['ModTeduh', 'reserved'],
    ['Konselor_Ana', 'reserved'],
    ['BKN_Pusat', 'reserved'],
    ['HRD.Resmi', 'reserved'],
    ['Anonim', 'reserved'],
    ['\u0430dmin', 'reserved'],
  ])('%s → %s', (value, problem) => {
    expect(pseudonymProblem(value)).toBe(problem)
  })

  test.each(['RusaBiru', 'KomodoCerdas', 'Bebek_Nakal', 'Modesta', 'Ananda', 'Siti.Nur', 'Pohon-Rindang'])('%s is acceptable', (value) => {
    expect(pseudonymProblem(value)).toBeNull()
  })

  test('every suggestion is valid and not staff-like', () => {
    for (let i = 0; i < 500; i++) {
      const suggestion = suggestPseudonym()
      expect(pseudonymProblem(suggestion), suggestion).toBeNull()
      expect(impersonatesStaff(suggestion)).toBe(false)
    }
  })
})
