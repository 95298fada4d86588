import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { env } from './env.server'
import { logger } from './logger.server'

const VERSION = 'v1'
let cachedKey: Buffer | undefined

function parseKey(text: string): Buffer {
  const trimmed = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64')
  if (key.length !== 32) throw new Error('TEDUH_CASE_KEY must be 32 bytes (64 hex characters or base64)')
  return key
}

/**
 * The AES-256 key for case contents: TEDUH_CASE_KEY, else generated once into DATA_DIR/case.key
 * with a warning (the embedded quick start). Losing the key loses every note and message.
 */
function caseKey(): Buffer {
  if (cachedKey) return cachedKey
  if (env.caseKey) return (cachedKey = parseKey(env.caseKey))
  const file = path.join(env.dataDir, 'case.key')
  if (!existsSync(file)) {
    mkdirSync(env.dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    logger.warn({ file }, 'TEDUH_CASE_KEY is not set: generated a case encryption key into the data folder; back it up and set TEDUH_CASE_KEY in production')
  }
  return (cachedKey = parseKey(readFileSync(file, 'utf8')))
}

/**
 * Seals case text with AES-256-GCM. `context` (e.g. "case:12:message") is bound as associated
 * data, so a ciphertext copied into another case or field fails to open instead of being shown there.
 */
export function seal(plaintext: string, context: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', caseKey(), iv)
  cipher.setAAD(Buffer.from(context))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.')
}

export function sealOptional(plaintext: string | null | undefined, context: string): string | null {
  return plaintext ? seal(plaintext, context) : null
}

/** Opens what seal() produced under the same context; throws if it was altered or moved. */
export function unseal(sealed: string, context: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format')
  const decipher = createDecipheriv('aes-256-gcm', caseKey(), Buffer.from(iv, 'base64'))
  decipher.setAAD(Buffer.from(context))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')
}

export function unsealOptional(sealed: string | null | undefined, context: string): string | null {
  return sealed ? unseal(sealed, context) : null
}
