import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'

/** Points (README: Reputation and privileges). Anonymous posts never earn any: that would link them to an account. */
export const REPUTATION = { helpful: 10, unhelpful: -2, accepted: 15, verifiedExpert: 50 }

/** A verified expert whose badge is in force right now. */
export const activeVerification = sql<boolean>`v.revoked_at is null and v.expires_at > now()`

/**
 * Re-counts a post's ratings from eligible raters only (not suspended; old or trusted
 * enough), in the caller's transaction.
 */
export async function recountRatings(db: DB, postId: string) {
  const { minAccountDays, minReputation } = env.trustRules.rating
  await sql`
    update posts set
      helpful_count = c.helpful, unhelpful_count = c.unhelpful
    from (
      select
        count(*) filter (where r.value = 1) as helpful,
        count(*) filter (where r.value = -1) as unhelpful
      from post_ratings r join users u on u.id = r.user_id
      where r.post_id = ${postId}
        and (u.suspended_until is null or u.suspended_until <= now())
        and (u.created_at <= now() - make_interval(days => ${minAccountDays}) or u.reputation >= ${minReputation})
    ) c
    where posts.id = ${postId}`.execute(db)
}

/** Derives an account's reputation from what it earned publicly; same transaction as the cause. */
export async function recomputeReputation(db: DB, userId: string) {
  await sql`
    update users set reputation = greatest(0,
      ${REPUTATION.helpful} * coalesce((select sum(p.helpful_count) from posts p where p.author_id = ${userId} and not p.is_anonymous and p.deleted_at is null), 0)
      + ${REPUTATION.unhelpful} * coalesce((select sum(p.unhelpful_count) from posts p where p.author_id = ${userId} and not p.is_anonymous and p.deleted_at is null), 0)
      + ${REPUTATION.accepted} * (select count(*) from threads t join posts p on p.id = t.accepted_post_id where p.author_id = ${userId} and not p.is_anonymous and p.deleted_at is null)
      + case when exists (select 1 from expert_verifications v where v.user_id = ${userId} and ${activeVerification}) then ${REPUTATION.verifiedExpert} else 0 end)
    where id = ${userId}`.execute(db)
}
