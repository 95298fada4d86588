import { sql } from 'kysely'
import type { FlagReason } from '#db/schema'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { lockPostForWrite, postAccessOf } from '~/models/posts.server'
import { canFlagPost, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

export const FLAG_REASONS: FlagReason[] = ['crisis', 'harassment', 'personal_data', 'misinformation', 'spam', 'other']

/** A member's flag weighs more with reputation: 1, +1 per 100 points, at most 5 (README). */
export function flagWeight(reputation: number): number {
  return Math.min(5, 1 + Math.floor(reputation / 100))
}

/**
 * A member's flag: one open flag per member per post (a second is `duplicate`), ten an hour;
 * a crisis flag also reaches the writer with help at once. Flaggers are never named to anyone.
 */
export async function flagPost(
  db: DB,
  input: { actor: Actor; postId: string; reason: FlagReason; detail: string | null },
): Promise<Outcome<{ threadId: string; duplicate: boolean }, 'notFound' | 'rateLimited'>> {
  return inWrite<{ threadId: string; duplicate: boolean }, 'notFound' | 'rateLimited'>(db, async (trx) => {
    const post = await lockPostForWrite(trx, input.postId)
    if (!post) return refuse.notFound()
    const access = postAccessOf(post)
    if (!canFlagPost(input.actor, access.post, access.thread)) return refuse.notFound()
    const limit = await hitRateLimit(trx, RATE_RULES.flagsPerMember, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    const inserted = await trx
      .insertInto('flags')
      .values({
        post_id: post.id,
        thread_id: post.thread_id,
        flagger_id: input.actor.id,
        source: 'member',
        reason: input.reason,
        detail: input.detail,
        weight: flagWeight(input.actor.reputation),
        created_at: sql<Date>`now()`,
      })
      .onConflict((oc) => oc.columns(['post_id', 'flagger_id']).where('status', '=', 'open').where('flagger_id', 'is not', null).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) return ok({ threadId: post.thread_id, duplicate: true })
    if (input.reason === 'crisis') {
      await trx
        .insertInto('notifications')
        .values({ user_id: post.author_id, kind: 'crisis_support', thread_id: post.thread_id, post_id: post.id, actor_label: null, created_at: sql<Date>`now()` })
        .execute()
      await publish(trx, { type: 'notification', userId: post.author_id })
    }
    await publish(trx, { type: 'moderation.flag', crisis: input.reason === 'crisis' })
    return ok({ threadId: post.thread_id, duplicate: false })
  })
}
