import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { enqueueJob } from '~/lib/job-queue.server'
import { isPostPublic } from '~/policies'
import { notify, type NewNotification } from '../notifications.server'
import { mentionedUserIds } from '../posts/mentions.server'

export const FAN_OUT_JOB = 'watch.fanout'

/**
 * Queues the watcher notifications of a new post, in the transaction that wrote it (a rollback
 * takes the job along). A job, so a category with many watchers never slows the writer down.
 */
export async function enqueueWatchFanOut(db: DB, postId: string, options: { released?: boolean } = {}) {
  await enqueueJob(db, { kind: FAN_OUT_JOB, payload: { postId, ...(options.released ? { released: true } : {}) }, runAt: new Date() })
}

/**
 * Job: tells the watchers of a new post's target (its category for a new thread, its thread for
 * an answer). A post that is no longer public when the job runs (hidden, deleted, held) tells
 * nobody. `released`: a post a moderator let through after new-account review, whose direct
 * notifications (the asker, the replied-to author, mentions) were held back with it.
 *
 * Anonymity: the label is the post's public label (the thread's "Anonim #XXXX" handle for an
 * anonymous post), and the writer is left out of their own watchers silently, which only the
 * writer can notice. Nothing about the writer is stored with the watch rows.
 */
export async function fanOutNewPost(db: DB, payload: Record<string, unknown>) {
  const post = await db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.thread_id',
      'p.author_id',
      'p.is_anonymous',
      'p.is_opening',
      'p.reply_to_post_id',
      'p.body_md',
      'p.hidden_at',
      'p.deleted_at',
      't.category_id',
      't.author_id as thread_author_id',
      't.hidden_at as thread_hidden_at',
      't.deleted_at as thread_deleted_at',
      'u.pseudonym',
    ])
    .where('p.id', '=', String(payload.postId))
    .executeTakeFirst()
  if (!post) return
  if (!isPostPublic({ hiddenAt: post.hidden_at, deletedAt: post.deleted_at }, { hiddenAt: post.thread_hidden_at, deletedAt: post.thread_deleted_at })) return
  const actorLabel = post.is_anonymous ? anonHandle(post.thread_id, post.author_id) : post.pseudonym
  const base = { threadId: post.thread_id, postId: post.id, actorLabel }
  const notes: NewNotification[] = []
  if (payload.released) {
    if (post.reply_to_post_id) {
      const replyTo = await db.selectFrom('posts').select('author_id').where('id', '=', post.reply_to_post_id).executeTakeFirst()
      if (replyTo && replyTo.author_id !== post.author_id) notes.push({ ...base, userId: replyTo.author_id, kind: 'reply_to_post' })
    }
    if (!post.is_opening && post.thread_author_id !== post.author_id) notes.push({ ...base, userId: post.thread_author_id, kind: 'reply_to_thread' })
    for (const userId of await mentionedUserIds(db, post.body_md, [post.author_id])) notes.push({ ...base, userId, kind: 'mention' })
  }
  // Whoever already heard of this post directly (the asker, a mention) is not told twice.
  const watching = db.selectFrom('watches as w').innerJoin('users as u', 'u.id', 'w.user_id').select('w.user_id')
  const watchers = await (post.is_opening ? watching.where('w.category_id', '=', post.category_id) : watching.where('w.thread_id', '=', post.thread_id))
    .where('w.user_id', '!=', post.author_id)
    .where('u.deleted_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('notifications as n').select('n.id').where('n.post_id', '=', post.id).whereRef('n.user_id', '=', 'w.user_id'))))
    .execute()
  const kind = post.is_opening ? 'watch_thread' : 'watch_reply'
  for (const w of watchers) notes.push({ ...base, userId: w.user_id, kind })
  await notify(db, notes)
}
