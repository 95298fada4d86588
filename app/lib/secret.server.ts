import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import { env } from './env.server'
import { logger } from './logger.server'

let cached: Uint8Array | undefined

/**
 * The instance secret (keyed hashes: anonymous handles, rate-limit keys). From TEDUH_SECRET,
 * else generated once into DATA_DIR/secret.key with a warning (fine for one embedded process;
 * several processes must share TEDUH_SECRET).
 */
export function serverSecret(): Uint8Array {
  if (cached) return cached
  if (env.secret) {
    cached = new TextEncoder().encode(env.secret)
    return cached
  }
  const file = path.join(env.dataDir, 'secret.key')
  if (!existsSync(file)) {
    mkdirSync(env.dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    logger.warn({ file }, 'TEDUH_SECRET is not set: generated a secret into the data folder')
  }
  cached = new TextEncoder().encode(readFileSync(file, 'utf8').trim())
  return cached
}

/** HMAC-SHA256 of the parts under the instance secret, as hex. */
export function keyedHash(...parts: string[]): string {
  return encodeHexLowerCase(hmac(SHA256, serverSecret(), new TextEncoder().encode(parts.join('\u0000'))))
}

/**
 * The audit chain's HMAC key: TEDUH_AUDIT_KEY, else derived from the instance secret (so it
 * lives outside the database, in the environment or DATA_DIR/secret.key). Rotating either
 * makes every earlier row fail verification: keep it as long as the audit log.
 */
export function auditKey(): { key: Uint8Array; source: string } {
  if (env.auditKey) return { key: new TextEncoder().encode(env.auditKey), source: 'TEDUH_AUDIT_KEY' }
  const key = hmac(SHA256, serverSecret(), new TextEncoder().encode('teduh:audit-chain:v2'))
  return { key, source: env.secret ? 'derived from TEDUH_SECRET' : 'derived from DATA_DIR/secret.key' }
}
