import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { lockPostForWrite, postAccessOf } from '~/models/posts.server'
import { canAcceptAnswer, canRatePost, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { publicLabel } from './posts/publish.server'
import { recomputeReputation, recountRatings } from './reputation.server'
import { inWrite } from './write.server'

export type RatingChoice = 'helpful' | 'unhelpful' | 'withdraw'

/**
 * Rates an answer once (a second rating replaces the first; "withdraw" removes it). The post row
 * is locked first, so concurrent ratings of one post serialise and its counts stay exact.
 * Refused (notFound) when the policy says no: own post, the question, removed, suspended, or a
 * thread the rater cannot see.
 */
export async function ratePost(db: DB, input: { actor: Actor; postId: string; choice: RatingChoice }): Promise<Outcome<{ threadId: string }>> {
  return inWrite(db, async (trx) => {
    const post = await lockPostForWrite(trx, input.postId)
    if (!post) return refuse.notFound()
    const access = postAccessOf(post)
    if (!canRatePost(input.actor, access.post, access.thread)) return refuse.notFound()
    const previous = await trx.selectFrom('post_ratings').select('value').where('post_id', '=', post.id).where('user_id', '=', input.actor.id).executeTakeFirst()
    if (input.choice === 'withdraw') {
      await trx.deleteFrom('post_ratings').where('post_id', '=', post.id).where('user_id', '=', input.actor.id).execute()
    } else {
      const value = input.choice === 'helpful' ? 1 : -1
      await trx
        .insertInto('post_ratings')
        .values({ post_id: post.id, user_id: input.actor.id, value, created_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
        .onConflict((oc) => oc.columns(['post_id', 'user_id']).doUpdateSet({ value, updated_at: sql<Date>`now()` }))
        .execute()
    }
    await recountRatings(trx, post.id)
    if (!post.is_anonymous) await recomputeReputation(trx, post.author_id)
    if (!previous && input.choice !== 'withdraw') await notifyRated(trx, post.author_id, post.thread_id, post.id)
    await publish(trx, { type: 'post.changed', threadId: post.thread_id, postId: post.id })
    return ok({ threadId: post.thread_id })
  })
}

/** Ratings arrive in batches: an unread "your answer was rated" notification counts up instead of repeating. */
async function notifyRated(db: DB, userId: string, threadId: string, postId: string) {
  const bumped = await db
    .updateTable('notifications')
    .set((eb) => ({ count: eb('count', '+', 1), created_at: sql<Date>`now()` }))
    .where('user_id', '=', userId)
    .where('post_id', '=', postId)
    .where('kind', '=', 'answer_rated')
    .where('read_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (!bumped) {
    await db
      .insertInto('notifications')
      .values({ user_id: userId, kind: 'answer_rated', thread_id: threadId, post_id: postId, actor_label: null, created_at: sql<Date>`now()` })
      .execute()
  }
  await publish(db, { type: 'notification', userId })
}

/** The asker accepts an answer (or none: postId null); the thread is solved while one is accepted. */
export async function acceptAnswer(db: DB, input: { actor: Actor; threadId: string; postId: string | null }): Promise<Outcome> {
  return inWrite(db, async (trx) => {
    const thread = await trx
      .selectFrom('threads')
      .select(['id', 'author_id', 'is_anonymous', 'accepted_post_id', 'locked_at', 'deleted_at'])
      .where('id', '=', input.threadId)
      .forUpdate()
      .executeTakeFirst()
    if (!thread) return refuse.notFound()
    const access = { authorId: thread.author_id, lockedAt: thread.locked_at, deletedAt: thread.deleted_at }
    const post = input.postId
      ? await trx
          .selectFrom('posts')
          .select(['id', 'author_id', 'is_anonymous', 'is_opening', 'deleted_at', 'hidden_at'])
          .where('id', '=', input.postId)
          .where('thread_id', '=', thread.id)
          .executeTakeFirst()
      : null
    if (input.postId && !post) return refuse.notFound()
    const allowed = post
      ? canAcceptAnswer(input.actor, access, { authorId: post.author_id, isOpening: post.is_opening, deletedAt: post.deleted_at, hiddenAt: post.hidden_at })
      : canAcceptAnswer(input.actor, access)
    if (!allowed) return refuse.notFound()
    const previous = thread.accepted_post_id
      ? await trx.selectFrom('posts').select(['author_id', 'is_anonymous']).where('id', '=', thread.accepted_post_id).executeTakeFirst()
      : undefined
    await trx.updateTable('threads').set({ accepted_post_id: post?.id ?? null }).where('id', '=', thread.id).execute()
    if (previous && !previous.is_anonymous) await recomputeReputation(trx, previous.author_id)
    if (post && !post.is_anonymous) await recomputeReputation(trx, post.author_id)
    if (post && post.id !== thread.accepted_post_id) {
      await trx
        .insertInto('notifications')
        .values({
          user_id: post.author_id,
          kind: 'answer_accepted',
          thread_id: thread.id,
          post_id: post.id,
          actor_label: publicLabel(thread.id, input.actor, thread.is_anonymous),
          created_at: sql<Date>`now()`,
        })
        .execute()
      await publish(trx, { type: 'notification', userId: post.author_id })
    }
    await publish(trx, { type: 'post.changed', threadId: thread.id, postId: post?.id ?? thread.accepted_post_id ?? '0' })
    return ok()
  })
}

