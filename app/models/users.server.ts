import { sql } from 'kysely'
import type { Role } from '#db/schema'
import type { DB } from '~/lib/db.server'
import type { Actor } from '~/policies'

export function findLoginByEmail(db: DB, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** The account as the policies see it, roles included, in one query. */
export async function findActor(db: DB, userId: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('users')
    .select([
      'id',
      'pseudonym',
      'suspended_until',
      'created_at',
      'reputation',
      sql<Role[]>`array(select role from user_roles where user_roles.user_id = users.id order by role)`.as('roles'),
    ])
    .where('id', '=', userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row) return undefined
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    roles: row.roles,
    suspendedUntil: row.suspended_until,
    createdAt: row.created_at,
    reputation: row.reputation,
  }
}

/** Own-account details: the only query that returns an email, for its owner's page. */
export function findOwnAccount(db: DB, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'pseudonym', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirst()
}

/** What the correction page shows its owner, with a pending address change if any. */
export function findEditableAccount(db: DB, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('email_changes as c', (join) => join.onRef('c.user_id', '=', 'u.id').on('c.confirmed_at', 'is', null).on('c.expires_at', '>', sql<Date>`now()`))
    .select(['u.pseudonym', 'u.email', 'u.locale', 'u.time_zone', 'c.new_email as pending_email', 'c.expires_at as pending_expires_at'])
    .where('u.id', '=', userId)
    .where('u.deleted_at', 'is', null)
    .executeTakeFirst()
}

export function findUserIdByEmail(db: DB, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
}

export async function isPseudonymKeyTaken(db: DB, key: string): Promise<boolean> {
  return isPseudonymTakenFor(db, key, null)
}

/**
 * Whether a pseudonym key belongs to another account, or to a retired name still reserved
 * (changed away from, or of a deleted account). A member may take back their own old name.
 */
export async function isPseudonymTakenFor(db: DB, key: string, userId: string | null): Promise<boolean> {
  const owner = await db.selectFrom('users').select('id').where('pseudonym_key', '=', key).executeTakeFirst()
  if (owner && owner.id !== userId) return true
  let reserved = db
    .selectFrom('pseudonym_history')
    .select('id')
    .where('pseudonym_key', '=', key)
    .where('reserved_until', '>', sql<Date>`now()`)
  if (userId) reserved = reserved.where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '!=', userId)]))
  return !!(await reserved.limit(1).executeTakeFirst())
}

export function listConsents(db: DB, userId: string) {
  return db
    .selectFrom('consents')
    .select(['kind', 'version', 'accepted_at'])
    .where('user_id', '=', userId)
    .orderBy('accepted_at', 'desc')
    .execute()
}

export function listSessions(db: DB, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_agent', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .execute()
}

export async function userRoles(db: DB, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()
  return rows.map((r) => r.role)
}

export async function suspensionReason(db: DB, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('suspension_reason').where('id', '=', userId).executeTakeFirst()
  return row?.suspension_reason ?? null
}
