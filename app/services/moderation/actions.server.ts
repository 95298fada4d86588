import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { REDACTION } from '~/lib/pii'
import { appendAudit } from '~/models/audit.server'
import { lockPostForWrite, type PostRecord } from '~/models/posts.server'
import { canModerate, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { markPostDeleted } from '../posts/delete.server'
import { recomputeThreadExpertFlag, refreshAfterVisibilityChange } from '../posts/derived.server'
import { revisePost } from '../posts/post-text.server'
import { enqueueWatchFanOut } from '../watching/fan-out.server'
import { inWrite } from '../write.server'
import { AWAITING_REVIEW } from './auto-flags.server'
import { liftSuspensions, suspendAccount } from './suspensions.server'

export type ModerationAction = 'dismiss' | 'hide' | 'unhide' | 'delete' | 'lock' | 'unlock' | 'warn' | 'suspend' | 'unsuspend' | 'move' | 'redact' | 'edit'

export interface ModerationInput {
  actor: Actor
  postId: string
  reason: string
}

/** What an action was done to, for the audit row. */
interface Target {
  type: 'post' | 'thread' | 'user'
  id: string
  meta?: Record<string, unknown>
}

type Step<C extends string> = (trx: DB, post: PostRecord) => Promise<Outcome<Target, C>>

/**
 * The anonymity rule for actions on a post's author (issue 19): taken through an anonymous
 * post, the action is recorded against that post (never the account), with the channel, so no
 * staff page of the author's named posts or other threads can show it; and the other way round.
 */
export function authorTarget(post: PostRecord): Target {
  return post.is_anonymous
    ? { type: 'post', id: post.id, meta: { through: 'anonymous', threadId: post.thread_id } }
    : { type: 'user', id: post.author_id, meta: { through: 'named' } }
}

/**
 * The one shape of a moderation action: lock the post and its thread, check the policy inside
 * the transaction, act, resolve every open flag on the post with this action, write the audit
 * row (actor, action, target, reason), and tell live pages.
 */
async function moderation<C extends string>(db: DB, input: ModerationInput, action: ModerationAction, step: Step<C>): Promise<Outcome<{ threadId: string }, C | 'notFound'>> {
  return inWrite<{ threadId: string }, C | 'notFound'>(db, async (trx) => {
    const post = await lockPostForWrite(trx, input.postId)
    if (!post || !canModerate(input.actor)) return refuse.notFound()
    const done = await step(trx, post)
    if (!done.ok) return done
    const target = done.value
    await trx
      .updateTable('flags')
      .set({ status: 'resolved', resolution: action, resolved_by: input.actor.id, resolved_at: sql`now()` })
      .where('post_id', '=', post.id)
      .where('status', '=', 'open')
      .execute()
    await appendAudit(trx, {
      actorId: input.actor.id,
      action: `moderation.${action}`,
      targetType: target.type,
      targetId: target.id,
      reason: input.reason,
      meta: { postId: post.id, ...target.meta },
    })
    await publish(trx, { type: 'post.changed', threadId: post.thread_id, postId: post.id })
    await publish(trx, { type: 'moderation.flag', crisis: false })
    return ok({ threadId: post.thread_id })
  })
}

const onPost = (post: PostRecord): Target => ({ type: 'post', id: post.id })
const onThread = (post: PostRecord, meta?: Record<string, unknown>): Target => ({ type: 'thread', id: post.thread_id, meta })

export const dismissFlags = (db: DB, input: ModerationInput) => moderation(db, input, 'dismiss', async (_trx, post) => ok(onPost(post)))

/** Hides a post (the author sees the reason); hiding the opening post hides the thread. */
export const hidePost = (db: DB, input: ModerationInput) =>
  moderation(db, input, 'hide', async (trx, post) => {
    await trx.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: input.reason }).where('id', '=', post.id).execute()
    if (post.is_opening) await trx.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', post.thread_id).execute()
    await refreshAfterVisibilityChange(trx, { postId: post.id, threadId: post.thread_id, authorId: post.author_id, anonymous: post.is_anonymous, deleted: false })
    return ok(onPost(post))
  })

export const unhidePost = (db: DB, input: ModerationInput) =>
  moderation(db, input, 'unhide', async (trx, post) => {
    const held = await trx.selectFrom('posts').select('hidden_reason').where('id', '=', post.id).executeTakeFirst()
    await trx.updateTable('posts').set({ hidden_at: null, hidden_reason: null }).where('id', '=', post.id).execute()
    if (post.is_opening) await trx.updateTable('threads').set({ hidden_at: null }).where('id', '=', post.thread_id).execute()
    await refreshAfterVisibilityChange(trx, { postId: post.id, threadId: post.thread_id, authorId: post.author_id, anonymous: post.is_anonymous, deleted: false })
    // A post let through after new-account review reaches its watchers, the asker and mentions now.
    if (held?.hidden_reason === AWAITING_REVIEW) await enqueueWatchFanOut(trx, post.id, { released: true })
    return ok(onPost(post))
  })

/** A moderator's delete; deleting the opening post deletes the thread. */
export const deletePostAsModerator = (db: DB, input: ModerationInput) =>
  moderation(db, input, 'delete', async (trx, post) => {
    if (post.deleted_at) return refuse.conflict('alreadyDeleted')
    await markPostDeleted(trx, post, { withThread: true })
    return ok(onPost(post))
  })

export const setThreadLocked = (db: DB, input: ModerationInput & { locked: boolean }) =>
  moderation(db, input, input.locked ? 'lock' : 'unlock', async (trx, post) => {
    await trx.updateTable('threads').set({ locked_at: input.locked ? sql`now()` : null }).where('id', '=', post.thread_id).execute()
    return ok(onThread(post))
  })

export const moveThread = (db: DB, input: ModerationInput & { categoryId: number }) =>
  moderation(db, input, 'move', async (trx, post) => {
    const category = await trx.selectFrom('categories').select('id').where('id', '=', input.categoryId).executeTakeFirst()
    if (!category) return refuse.invalid('categoryInvalid')
    await trx.updateTable('threads').set({ category_id: category.id }).where('id', '=', post.thread_id).execute()
    // The expert mark depends on the category (an expert answers in their own areas).
    await recomputeThreadExpertFlag(trx, post.thread_id)
    return ok(onThread(post, { categoryId: category.id }))
  })

/** A warning reaches the author in their notifications, with the reason. */
export const warnAuthor = (db: DB, input: ModerationInput) =>
  moderation(db, input, 'warn', async (trx, post) => {
    await trx
      .insertInto('notifications')
      .values({ user_id: post.author_id, kind: 'moderation_warning', thread_id: post.thread_id, post_id: post.id, actor_label: null, detail: input.reason, created_at: sql<Date>`now()` })
      .execute()
    await publish(trx, { type: 'notification', userId: post.author_id })
    return ok(authorTarget(post))
  })

/** The account cannot post, rate, flag, edit or accept for N days; the channel is remembered. */
export const suspendAuthor = (db: DB, input: ModerationInput & { days: number }) =>
  moderation(db, input, 'suspend', async (trx, post) => {
    const days = Math.max(1, Math.min(365, input.days))
    await suspendAccount(trx, { userId: post.author_id, throughThreadId: post.is_anonymous ? post.thread_id : null, days, reason: input.reason, actorId: input.actor.id })
    const target = authorTarget(post)
    return ok({ ...target, meta: { ...target.meta, days } })
  })

/** Lifts the suspensions taken through this post's channel (never one this page cannot show). */
export const unsuspendAuthor = (db: DB, input: ModerationInput) =>
  moderation(db, input, 'unsuspend', async (trx, post) => {
    const lifted = await liftSuspensions(trx, { userId: post.author_id, throughThreadId: post.is_anonymous ? post.thread_id : null })
    if (!lifted) return refuse.conflict('notSuspended')
    return ok(authorTarget(post))
  })

/** Replaces every occurrence of a span with a neutral marker; the search index and flags follow. */
export const redactPost = (db: DB, input: ModerationInput & { text: string }) =>
  moderation(db, input, 'redact', async (trx, post) => {
    if (!input.text || !post.body_md.includes(input.text)) return refuse.invalid('redactNotFound')
    await revisePost(trx, { postId: post.id, editorId: input.actor.id, body: post.body_md.split(input.text).join(REDACTION), reason: input.reason })
    return ok(onPost(post))
  })

/** A moderator's edit, with the reason kept in the post's history. */
export const editPostAsModerator = (db: DB, input: ModerationInput & { text: string }) =>
  moderation(db, input, 'edit', async (trx, post) => {
    if (!input.text.trim()) return refuse.invalid('required')
    await revisePost(trx, { postId: post.id, editorId: input.actor.id, body: input.text, reason: input.reason })
    return ok(onPost(post))
  })
