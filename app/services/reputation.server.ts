import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'

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

/**
 * Ratings given while an account was too new are stored but not counted; once it is old (or
 * trusted) enough they must start to count without anyone rating again. Recounts the posts
 * that accounts younger than the window (plus a week of slack for a missed run) have rated,
 * where the stored counts differ, and the reputation of their authors. Runs hourly.
 */
export async function recountMaturedRatings(db: DB): Promise<number> {
  const { minAccountDays } = env.trustRules.rating
  return db.transaction().execute(async (trx) => {
    const posts = await sql<{ id: string; thread_id: string; author_id: string; is_anonymous: boolean }>`
      select p.id, p.thread_id, p.author_id, p.is_anonymous from posts p
      where p.id in (
        select r.post_id from post_ratings r join users u on u.id = r.user_id
        where u.created_at > now() - make_interval(days => ${minAccountDays + 7}))
      for update of p`.execute(trx)
    const before = new Map<string, string>()
    for (const p of posts.rows) before.set(p.id, JSON.stringify(await countsOf(trx, p.id)))
    const changed = []
    for (const p of posts.rows) {
      await recountRatings(trx, p.id)
      if (JSON.stringify(await countsOf(trx, p.id)) !== before.get(p.id)) changed.push(p)
    }
    const authors = new Set(changed.filter((p) => !p.is_anonymous).map((p) => p.author_id))
    for (const author of authors) await recomputeReputation(trx, author)
    // Cached pages of those threads are dropped; the notifications go out on commit.
    for (const p of changed) await publish(trx, { type: 'post.changed', threadId: p.thread_id, postId: p.id })
    return changed.length
  })
}

function countsOf(db: DB, postId: string) {
  return db.selectFrom('posts').select(['helpful_count', 'unhelpful_count']).where('id', '=', postId).executeTakeFirst()
}
