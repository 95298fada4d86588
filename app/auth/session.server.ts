import { sha256 } from '@oslojs/crypto/sha2'
import { constantTimeEqual } from '@oslojs/crypto/subtle'
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'
import { sql } from 'kysely'
import type { Role } from '#db/schema'
import type { DB } from '~/lib/db.server'
import type { Actor } from '~/policies'
import { env } from '~/lib/env.server'

/** A session ends after this long without a request… */
export const INACTIVITY_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000
/** …and in any case this long after it was created. */
export const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000
// last_seen_at is written at most this often, so reading pages costs no write.
const TOUCH_INTERVAL_MS = 60 * 60 * 1000

export function sessionCookieName() {
  return env.secureCookies ? '__Host-teduh_session' : 'teduh_session'
}

function randomString(): string {
  const bytes = new Uint8Array(20)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret))
}

/**
 * Creates a session and returns its token "<id>.<secret>". Only a SHA-256 hash of the
 * secret is stored, so a leaked sessions table cannot be replayed as cookies.
 */
export async function createSession(db: DB, userId: string, userAgent: string | null): Promise<string> {
  const id = randomString()
  const secret = randomString()
  await db
    .insertInto('sessions')
    .values({ id, secret_hash: hashSecret(secret), user_id: userId, user_agent: userAgent?.slice(0, 200) ?? null })
    .execute()
  return `${id}.${secret}`
}

export interface ValidSession {
  id: string
  userId: string
  actor: Actor
}

/**
 * Checks a token in constant time against the stored hash and both timeouts, and returns the
 * session with its account as the policies see it (one query); touches last_seen_at.
 */
export async function validateSessionToken(db: DB, token: string): Promise<ValidSession | null> {
  const [id, secret] = token.split('.')
  if (!id || !secret || id.length > 64 || secret.length > 64) return null
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.secret_hash',
      's.created_at',
      's.last_seen_at',
      'u.pseudonym',
      'u.suspended_until',
      'u.created_at as user_created_at',
      'u.reputation',
      sql<Role[]>`array(select role from user_roles r where r.user_id = u.id order by role)`.as('roles'),
    ])
    .where('s.id', '=', id)
    .where('u.deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null
  const now = Date.now()
  if (now - row.last_seen_at.getTime() > INACTIVITY_TIMEOUT_MS || now - row.created_at.getTime() > ABSOLUTE_LIFETIME_MS) {
    await db.deleteFrom('sessions').where('id', '=', id).execute()
    return null
  }
  if (now - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute()
  }
  return {
    id: row.id,
    userId: row.user_id,
    actor: { id: row.user_id, pseudonym: row.pseudonym, roles: row.roles, suspendedUntil: row.suspended_until, createdAt: row.user_created_at, reputation: row.reputation },
  }
}

export async function deleteSession(db: DB, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/**
 * The session cookie. `endOnClose` leaves out Max-Age, so the browser drops it when it closes
 * (for shared devices); the server's inactivity and absolute timeouts apply either way.
 */
export function serializeSessionCookie(token: string, options: { endOnClose?: boolean } = {}): string {
  const parts = [`${sessionCookieName()}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax']
  if (!options.endOnClose) parts.push(`Max-Age=${Math.floor(ABSOLUTE_LIFETIME_MS / 1000)}`)
  if (env.secureCookies) parts.push('Secure')
  return parts.join('; ')
}

export function clearSessionCookie(): string {
  return [`${sessionCookieName()}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(env.secureCookies ? ['Secure'] : [])].join('; ')
}

export function readSessionToken(request: Request): string | undefined {
  const header = request.headers.get('Cookie')
  if (!header) return undefined
  const name = sessionCookieName()
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}
