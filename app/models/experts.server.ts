import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

export function latestApplication(db: DB, userId: string) {
  return db
    .selectFrom('expert_applications')
    .select(['id', 'status', 'areas', 'organisation', 'position', 'evidence', 'decision_reason', 'created_at', 'decided_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

export function findVerification(db: DB, userId: string) {
  return db
    .selectFrom('expert_verifications')
    .select(['badge_text', 'areas', 'verified_at', 'expires_at', 'revoked_at', 'revoke_reason'])
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

/** The admin queue: pending applications, oldest first, with the applicant's pseudonym (never the email). */
export function listPendingApplications(db: DB) {
  return db
    .selectFrom('expert_applications as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.areas', 'a.organisation', 'a.position', 'a.evidence', 'a.created_at', 'u.pseudonym', 'u.reputation'])
    .where('a.status', '=', 'pending')
    .orderBy('a.created_at')
    .execute()
}

export function listVerifications(db: DB) {
  return db
    .selectFrom('expert_verifications as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.user_id', 'u.pseudonym', 'v.badge_text', 'v.areas', 'v.verified_at', 'v.expires_at', 'v.revoked_at', 'v.revoke_reason'])
    .orderBy('u.pseudonym')
    .execute()
}

/** The public directory: experts whose badge is in force, optionally in one area, by reputation. */
export function listActiveExperts(db: DB, categoryId: number | null) {
  let query = db
    .selectFrom('expert_verifications as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['u.pseudonym', 'u.reputation', 'v.badge_text', 'v.areas', 'v.verified_at'])
    .where('v.revoked_at', 'is', null)
    .where('v.expires_at', '>', sql<Date>`now()`)
    .where('u.deleted_at', 'is', null)
  if (categoryId) query = query.where(sql<boolean>`${categoryId} = any(v.areas)`)
  return query.orderBy('u.reputation', 'desc').orderBy('u.pseudonym').execute()
}

/** A public profile: only what the member published under their pseudonym. */
export async function findPublicProfile(db: DB, pseudonym: string) {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('expert_verifications as v', (join) => join.onRef('v.user_id', '=', 'u.id').on(sql<boolean>`v.revoked_at is null and v.expires_at > now()`))
    .leftJoin('users as verifier', 'verifier.id', 'v.verified_by')
    .select([
      'u.id',
      'u.pseudonym',
      'u.reputation',
      'u.created_at',
      'u.bio',
      'u.interests',
      'v.badge_text',
      'v.areas',
      'v.verified_at',
      // Who verified the badge is staff acting in the open; a deleted verifier is not named.
      sql<string | null>`case when verifier.deleted_at is null then verifier.pseudonym end`.as('verified_by'),
      sql<string>`(select count(*) from posts p where p.author_id = u.id and not p.is_anonymous and not p.is_opening and p.deleted_at is null and p.hidden_at is null)`.as('answers'),
      sql<string>`(select count(*) from threads t join posts p on p.id = t.accepted_post_id where p.author_id = u.id and not p.is_anonymous and p.deleted_at is null)`.as('accepted'),
    ])
    .where('u.pseudonym', '=', pseudonym)
    .where('u.deleted_at', 'is', null)
    .executeTakeFirst()
  if (!user) return undefined
  const recent = await db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['p.id', 'p.thread_id', 't.title', 'p.created_at', 'p.helpful_count', sql<boolean>`t.accepted_post_id = p.id`.as('accepted')])
    .where('p.author_id', '=', user.id)
    .where('p.is_anonymous', '=', false)
    .where('p.is_opening', '=', false)
    .where('p.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .where('t.deleted_at', 'is', null)
    .where('t.hidden_at', 'is', null)
    .orderBy('p.created_at', 'desc')
    .limit(10)
    .execute()
  return { user, recent }
}
