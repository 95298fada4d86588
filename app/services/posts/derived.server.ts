import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { activeVerification, recomputeReputation } from '../reputation.server'

/** "Answered by a verified expert" for threads matching `where`: a visible, named answer by an expert of the category. */
async function recomputeExpertFlagsWhere(db: DB, where: ReturnType<typeof sql<boolean>>) {
  await sql`
    update threads t set has_expert_answer = exists (
      select 1 from posts p join expert_verifications v on v.user_id = p.author_id
      where p.thread_id = t.id and not p.is_opening and not p.is_anonymous
        and p.deleted_at is null and p.hidden_at is null
        and ${activeVerification} and t.category_id = any(v.areas))
    where ${where}`.execute(db)
}

export const recomputeThreadExpertFlag = (db: DB, threadId: string) => recomputeExpertFlagsWhere(db, sql<boolean>`t.id = ${threadId}`)

/** Every thread the account answered in (its badge was granted, lapsed or revoked). */
export const recomputeExpertFlagsOfAuthor = (db: DB, userId: string) =>
  recomputeExpertFlagsWhere(db, sql<boolean>`t.id in (select thread_id from posts where author_id = ${userId})`)

/**
 * After a post leaves the conversation (deleted, hidden) or comes back, what depended on it
 * follows: the thread's expert flag, its accepted answer, and the author's reputation.
 */
export async function refreshAfterVisibilityChange(db: DB, post: { postId: string; threadId: string; authorId: string; anonymous: boolean; deleted: boolean }) {
  // A deleted answer cannot stay accepted (the thread would read "solved" by nothing).
  if (post.deleted) await db.updateTable('threads').set({ accepted_post_id: null }).where('id', '=', post.threadId).where('accepted_post_id', '=', post.postId).execute()
  await recomputeThreadExpertFlag(db, post.threadId)
  if (!post.anonymous) await recomputeReputation(db, post.authorId)
}
