import { beforeAll, describe, expect, test } from 'vitest'

let crypto: typeof import('~/lib/case-crypto.server')
beforeAll(async () => {
  process.env.TEDUH_CASE_KEY = 'ab'.repeat(32)
  crypto = await import('~/lib/case-crypto.server')
})

describe('case encryption (AES-256-GCM)', () => {
  test('seals to ciphertext that opens again under the same context', () => {
    const sealed = crypto.seal('Saya merasa tertekan di kantor.', 'case:1:message')
    expect(sealed).not.toContain('tertekan')
    expect(sealed.startsWith('v1.')).toBe(true)
    expect(crypto.unseal(sealed, 'case:1:message')).toBe('Saya merasa tertekan di kantor.')
  })

  test('the same text seals differently each time (random IV)', () => {
    expect(crypto.seal('sama', 'case:1:note')).not.toBe(crypto.seal('sama', 'case:1:note'))
  })

  test('a ciphertext moved to another case or field does not open', () => {
    const sealed = crypto.seal('Catatan rahasia', 'case:1:note')
    expect(() => crypto.unseal(sealed, 'case:2:note')).toThrow()
    expect(() => crypto.unseal(sealed, 'case:1:message')).toThrow()
  })

  test('a tampered ciphertext does not open', () => {
    const [v, iv, tag, body] = crypto.seal('Catatan rahasia', 'case:1:note').split('.')
    const flipped = Buffer.from(body!, 'base64')
    flipped[0] = flipped[0]! ^ 1
    expect(() => crypto.unseal([v, iv, tag, flipped.toString('base64')].join('.'), 'case:1:note')).toThrow()
  })
})
