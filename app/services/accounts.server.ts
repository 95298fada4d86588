import type { Role } from '#db/schema'
import { burnPasswordCheck, hashPassword, verifyPassword } from '~/auth/password.server'
import { createSession, deleteSession, validateSessionToken } from '~/auth/session.server'
import type { DB } from '~/lib/db.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { appendAudit } from '~/models/audit.server'
import { canEndSession, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'
import { findLoginByEmail, findUserIdByEmail, isPseudonymKeyTaken } from '~/models/users.server'

export const PRIVACY_NOTICE_VERSION = '2026-11-01'

export type SignUpResult =
  | { ok: true; userId: string; token: string }
  | { ok: false; field: 'email' | 'pseudonym'; error: 'errors.emailTaken' | 'errors.pseudonymTaken' }

interface SignUpInput {
  email: string
  password: string
  pseudonym: string
  userAgent: string | null
}

/** Creates the account, its member role and its consent record in one transaction, then a session. */
export async function signUp(db: DB, input: SignUpInput): Promise<SignUpResult> {
  const key = pseudonymKey(input.pseudonym)
  if (await findUserIdByEmail(db, input.email)) return { ok: false, field: 'email', error: 'errors.emailTaken' }
  if (await isPseudonymKeyTaken(db, key)) return { ok: false, field: 'pseudonym', error: 'errors.pseudonymTaken' }
  const passwordHash = await hashPassword(input.password)
  try {
    const userId = await db.transaction().execute(async (trx) => {
      const user = await trx
        .insertInto('users')
        .values({ email: input.email, password_hash: passwordHash, pseudonym: input.pseudonym, pseudonym_key: key })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx.insertInto('user_roles').values({ user_id: user.id, role: 'member' }).execute()
      await trx
        .insertInto('consents')
        .values({ user_id: user.id, kind: 'privacy_notice', version: PRIVACY_NOTICE_VERSION })
        .execute()
      return user.id
    })
    return { ok: true, userId, token: await createSession(db, userId, input.userAgent) }
  } catch (error) {
    // Two sign-ups racing for the same email or pseudonym: the unique index decides.
    const constraint = (error as { constraint?: string }).constraint ?? String((error as Error).message)
    if (constraint.includes('pseudonym_key')) return { ok: false, field: 'pseudonym', error: 'errors.pseudonymTaken' }
    if (constraint.includes('email')) return { ok: false, field: 'email', error: 'errors.emailTaken' }
    throw error
  }
}

/** Returns a new session token, or null for any wrong email/password pair (same time either way). */
export async function logIn(db: DB, input: { email: string; password: string; userAgent: string | null }) {
  const user = await findLoginByEmail(db, input.email)
  if (!user) {
    await burnPasswordCheck(input.password)
    return null
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return null
  return { userId: user.id, token: await createSession(db, user.id, input.userAgent) }
}

/** Ends another of the actor's own sessions (another device); the current one ends by logging out. */
export async function endSession(db: DB, input: { actor: Actor; currentSessionId: string; sessionId: string }): Promise<Outcome> {
  return inWrite(db, async (trx) => {
    const session = await trx.selectFrom('sessions').select(['id', 'user_id']).where('id', '=', input.sessionId).forUpdate().executeTakeFirst()
    if (!session || !canEndSession(input.actor, { id: session.id, userId: session.user_id }, input.currentSessionId)) return refuse.notFound()
    await trx.deleteFrom('sessions').where('id', '=', session.id).execute()
    return ok()
  })
}

/**
 * Logging out ends the session the cookie proves: the token's secret is checked first, so a
 * cookie that only names a session id (someone else's, say) ends nothing.
 */
export async function logOut(db: DB, token: string | undefined) {
  if (!token) return
  const session = await validateSessionToken(db, token)
  if (session) await deleteSession(db, session.id)
}

export async function endOtherSessions(db: DB, userId: string, keepSessionId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute()
}

/** Changes the password and ends every other session of the account, together. */
export async function changePassword(
  db: DB,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<boolean> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', input.userId).executeTakeFirst()
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) return false
  const passwordHash = await hashPassword(input.newPassword)
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: new Date() })
      .where('id', '=', input.userId)
      .execute()
    await endOtherSessions(trx, input.userId, input.sessionId)
    await appendAudit(trx, { actorId: input.userId, action: 'account.password_change', targetType: 'user', targetId: input.userId })
  })
  return true
}

/**
 * Grants or revokes a role. Every session of the account ends with it, so new privileges
 * only ever ride on a session created after the change.
 */
export async function setRole(db: DB, input: { userId: string; role: Role; grant: boolean; actorId: string | null }) {
  await db.transaction().execute(async (trx) => {
    if (input.grant) {
      await trx.insertInto('user_roles').values({ user_id: input.userId, role: input.role }).onConflict((oc) => oc.doNothing()).execute()
    } else {
      await trx.deleteFrom('user_roles').where('user_id', '=', input.userId).where('role', '=', input.role).execute()
    }
    await trx.deleteFrom('sessions').where('user_id', '=', input.userId).execute()
    await appendAudit(trx, {
      actorId: input.actorId,
      action: input.grant ? 'role.grant' : 'role.revoke',
      targetType: 'user',
      targetId: input.userId,
      meta: { role: input.role },
    })
  })
}
