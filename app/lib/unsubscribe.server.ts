import { timingSafeEqual } from 'node:crypto'
import { env } from './env.server'
import { keyedHash } from './secret.server'

const PURPOSE = 'email-unsubscribe:v1'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The token in an email's unsubscribe link: the account id and an HMAC-SHA256 of it under the
 * instance secret (lib/secret), so only this server can make one and none can be altered to
 * name another account. It can only switch that account's optional emails off; it reads
 * nothing and signs nobody in. It does not expire: an unsubscribe link must keep working.
 */
export function unsubscribeToken(userId: string): string {
  return `${userId}.${keyedHash(PURPOSE, userId)}`
}

/** The account a token was made for, or null for anything this server did not sign. */
export function verifyUnsubscribeToken(token: string | null | undefined): string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const dot = token.indexOf('.')
  if (dot < 0) return null
  const userId = token.slice(0, dot)
  const mac = token.slice(dot + 1)
  if (!UUID.test(userId) || !/^[0-9a-f]{64}$/.test(mac)) return null
  const expected = Buffer.from(keyedHash(PURPOSE, userId), 'hex')
  return timingSafeEqual(expected, Buffer.from(mac, 'hex')) ? userId : null
}

export const unsubscribeUrl = (userId: string) => `${env.publicUrl}/unsubscribe/${unsubscribeToken(userId)}`
