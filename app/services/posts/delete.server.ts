import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { lockPostForWrite, postAccessOf } from '~/models/posts.server'
import { canDeletePost, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'
import { refreshAfterVisibilityChange } from './derived.server'

/**
 * The author deletes their post: it stays as a "deleted" placeholder so the conversation
 * still reads, and what it earned (reputation, the thread's expert mark, acceptance) goes with it.
 */
export async function deletePost(db: DB, input: { actor: Actor; postId: string }): Promise<Outcome<{ threadId: string }>> {
  return inWrite(db, async (trx) => {
    const post = await lockPostForWrite(trx, input.postId)
    if (!post) return refuse.notFound()
    const access = postAccessOf(post)
    if (!canDeletePost(input.actor, access.post, access.thread)) return refuse.notFound()
    await markPostDeleted(trx, post)
    await publish(trx, { type: 'post.changed', threadId: post.thread_id, postId: post.id })
    return ok({ threadId: post.thread_id })
  })
}

/** Soft delete and what follows from it; shared by the author's delete and a moderator's. */
export async function markPostDeleted(db: DB, post: { id: string; thread_id: string; author_id: string; is_anonymous: boolean; is_opening: boolean }, o: { withThread?: boolean } = {}) {
  await db.updateTable('posts').set({ deleted_at: sql`now()` }).where('id', '=', post.id).execute()
  if (post.is_opening && o.withThread) await db.updateTable('threads').set({ deleted_at: sql`now()` }).where('id', '=', post.thread_id).execute()
  if (!post.is_opening) {
    await db.updateTable('threads').set((eb) => ({ reply_count: eb('reply_count', '-', 1) })).where('id', '=', post.thread_id).where('reply_count', '>', 0).execute()
  }
  await refreshAfterVisibilityChange(db, { postId: post.id, threadId: post.thread_id, authorId: post.author_id, anonymous: post.is_anonymous, deleted: true })
}
