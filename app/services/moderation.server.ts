import { sql } from 'kysely'
import type { FlagReason } from '#db/schema'
import { detectCrisis } from '~/lib/crisis'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { crisisLexicon } from '~/lib/lexicon.server'
import { findPii, REDACTION } from '~/lib/pii'
import { renderMarkdown } from '~/lib/markdown.server'
import { appendAudit } from '~/models/audit.server'
import type { Actor } from '~/policies'

export const FLAG_REASONS: FlagReason[] = ['crisis', 'harassment', 'personal_data', 'misinformation', 'spam', 'other']
const SPAM_LINKS = 6

/** A member's flag weighs more with reputation: 1, +1 per 100 points, at most 5 (README). */
export function flagWeight(reputation: number): number {
  return Math.min(5, 1 + Math.floor(reputation / 100))
}

interface AutoFlagInput {
  postId: string
  threadId: string
  authorId: string
  text: string
}

/**
 * Automatic flags for a new or edited post: crisis phrases (direct or indirect), personal data
 * left in on purpose, spam signs (many links, the same text already posted elsewhere).
 * Returns whether the writer should see the crisis-help message now.
 */
export async function autoFlagPost(db: DB, input: AutoFlagInput): Promise<{ crisis: boolean }> {
  const flags: { reason: FlagReason; detail: string; indirect: boolean }[] = []
  const hits = detectCrisis(input.text, crisisLexicon())
  if (hits.length) {
    const direct = hits.some((h) => h.kind === 'direct')
    flags.push({ reason: 'crisis', detail: hits.map((h) => `${h.kind}: ${h.phrase}`).join('; '), indirect: !direct })
  }
  const pii = findPii(input.text)
  if (pii.length) flags.push({ reason: 'personal_data', detail: [...new Set(pii.map((p) => p.kind))].join(', '), indirect: false })
  const links = input.text.match(/https?:\/\//g)?.length ?? 0
  if (links >= SPAM_LINKS) flags.push({ reason: 'spam', detail: `${links} links`, indirect: false })
  else {
    const repeated = await db
      .selectFrom('posts')
      .select('id')
      .where('author_id', '=', input.authorId)
      .where('id', '!=', input.postId)
      .where('thread_id', '!=', input.threadId)
      .where('body_md', '=', input.text)
      .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
      .executeTakeFirst()
    if (repeated && input.text.length > 40) flags.push({ reason: 'spam', detail: 'same text in another thread', indirect: false })
  }
  for (const flag of flags) {
    await db
      .insertInto('flags')
      .values({ post_id: input.postId, thread_id: input.threadId, flagger_id: null, source: 'auto', reason: flag.reason, detail: flag.detail, indirect: flag.indirect, created_at: sql<Date>`now()` })
      .onConflict((oc) => oc.columns(['post_id', 'reason']).where('status', '=', 'open').where('flagger_id', 'is', null).doNothing())
      .execute()
  }
  if (flags.length) await publish(db, { type: 'moderation.flag', crisis: flags.some((f) => f.reason === 'crisis') })
  return { crisis: flags.some((f) => f.reason === 'crisis') }
}

export type FlagOutcome = 'ok' | 'duplicate' | 'refused'

/** A member's flag: one open flag per member per post; crisis flags also reach the writer with help. */
export async function flagPost(db: DB, input: { actor: Actor; postId: string; reason: FlagReason; detail: string | null }): Promise<FlagOutcome> {
  return db.transaction().execute(async (trx) => {
    const post = await trx.selectFrom('posts').select(['id', 'thread_id', 'author_id', 'deleted_at']).where('id', '=', input.postId).executeTakeFirst()
    if (!post || post.deleted_at || post.author_id === input.actor.id) return 'refused'
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
    if (!inserted) return 'duplicate'
    if (input.reason === 'crisis') {
      await trx
        .insertInto('notifications')
        .values({ user_id: post.author_id, kind: 'crisis_support', thread_id: post.thread_id, post_id: post.id, actor_label: null, created_at: sql<Date>`now()` })
        .execute()
      await publish(trx, { type: 'notification', userId: post.author_id })
    }
    await publish(trx, { type: 'moderation.flag', crisis: input.reason === 'crisis' })
    return 'ok'
  })
}

/**
 * Crisis items still open after the response window alert every moderator again (each alert
 * restarts the window). Returns how many items alerted. Safe to run from several processes.
 */
export async function alertStaleCrisisFlags(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('teduh:crisis-alerts')) as locked`.execute(trx)
    if (!rows[0]?.locked) return 0
    const minutes = env.crisisAlertMinutes
    const stale = await trx
      .updateTable('flags')
      .set({ alerted_at: sql`now()` })
      .where('status', '=', 'open')
      .where('reason', '=', 'crisis')
      .where(sql<boolean>`coalesce(alerted_at, created_at) <= now() - make_interval(mins => ${minutes})`)
      .returning(['post_id', 'thread_id'])
      .execute()
    const posts = [...new Map(stale.map((f) => [f.post_id, f])).values()]
    if (posts.length === 0) return 0
    const moderators = await trx.selectFrom('user_roles').select('user_id').where('role', 'in', ['moderator', 'admin']).distinct().execute()
    for (const m of moderators) {
      await trx
        .insertInto('notifications')
        .values(posts.map((p) => ({ user_id: m.user_id, kind: 'crisis_alert', thread_id: p.thread_id, post_id: p.post_id, actor_label: null, created_at: sql<Date>`now()` })))
        .execute()
      await publish(trx, { type: 'notification', userId: m.user_id })
    }
    await publish(trx, { type: 'moderation.flag', crisis: true })
    return posts.length
  })
}

export type ModerationAction = 'dismiss' | 'hide' | 'unhide' | 'delete' | 'lock' | 'unlock' | 'warn' | 'suspend' | 'unsuspend' | 'move' | 'redact' | 'edit'

/**
 * Applies a moderator's action to a flagged post and resolves every open flag on it with that
 * action, with an audit row, in one transaction.
 */
export async function moderate(
  db: DB,
  input: { actor: Actor; postId: string; action: ModerationAction; reason: string; days?: number; categoryId?: number; text?: string },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const post = await trx.selectFrom('posts').select(['id', 'thread_id', 'author_id', 'is_opening', 'deleted_at', 'hidden_at', 'body_md']).where('id', '=', input.postId).forUpdate().executeTakeFirst()
    if (!post) return false
    let targetType = 'post'
    let targetId = post.id
    switch (input.action) {
      case 'hide':
        await trx.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: input.reason }).where('id', '=', post.id).execute()
        if (post.is_opening) await trx.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', post.thread_id).execute()
        break
      case 'unhide':
        await trx.updateTable('posts').set({ hidden_at: null, hidden_reason: null }).where('id', '=', post.id).execute()
        if (post.is_opening) await trx.updateTable('threads').set({ hidden_at: null }).where('id', '=', post.thread_id).execute()
        break
      case 'delete':
        await trx.updateTable('posts').set({ deleted_at: sql`now()` }).where('id', '=', post.id).execute()
        if (post.is_opening) await trx.updateTable('threads').set({ deleted_at: sql`now()` }).where('id', '=', post.thread_id).execute()
        else await trx.updateTable('threads').set((eb) => ({ reply_count: eb('reply_count', '-', 1) })).where('id', '=', post.thread_id).where('reply_count', '>', 0).execute()
        break
      case 'lock':
      case 'unlock':
        targetType = 'thread'
        targetId = post.thread_id
        await trx.updateTable('threads').set({ locked_at: input.action === 'lock' ? sql`now()` : null }).where('id', '=', post.thread_id).execute()
        break
      case 'move':
        if (!input.categoryId) return false
        targetType = 'thread'
        targetId = post.thread_id
        await trx.updateTable('threads').set({ category_id: input.categoryId }).where('id', '=', post.thread_id).execute()
        break
      case 'warn':
        targetType = 'user'
        targetId = post.author_id
        await trx
          .insertInto('notifications')
          .values({ user_id: post.author_id, kind: 'moderation_warning', thread_id: post.thread_id, post_id: post.id, actor_label: null, detail: input.reason, created_at: sql<Date>`now()` })
          .execute()
        await publish(trx, { type: 'notification', userId: post.author_id })
        break
      case 'suspend':
        targetType = 'user'
        targetId = post.author_id
        await trx
          .updateTable('users')
          .set({ suspended_until: sql`now() + make_interval(days => ${Math.max(1, Math.min(365, input.days ?? 7))})`, suspension_reason: input.reason })
          .where('id', '=', post.author_id)
          .execute()
        break
      case 'unsuspend':
        targetType = 'user'
        targetId = post.author_id
        await trx.updateTable('users').set({ suspended_until: null, suspension_reason: null }).where('id', '=', post.author_id).execute()
        break
      case 'redact':
      case 'edit': {
        // A redaction replaces every occurrence of the span; an edit replaces the body. Both keep
        // the previous text in the post's history with the moderator's reason.
        const text = input.text ?? ''
        if (!text || (input.action === 'redact' && !post.body_md.includes(text))) return false
        const body = input.action === 'redact' ? post.body_md.split(text).join(REDACTION) : text
        await trx
          .insertInto('post_revisions')
          .values({ post_id: post.id, editor_id: input.actor.id, title: null, body_md: post.body_md, reason: input.reason, created_at: sql<Date>`now()` })
          .execute()
        await trx.updateTable('posts').set({ body_md: body, body_html: renderMarkdown(body), edited_at: sql`now()` }).where('id', '=', post.id).execute()
        break
      }
      case 'dismiss':
        break
    }
    await trx
      .updateTable('flags')
      .set({ status: 'resolved', resolution: input.action, resolved_by: input.actor.id, resolved_at: sql`now()` })
      .where('post_id', '=', post.id)
      .where('status', '=', 'open')
      .execute()
    await appendAudit(trx, {
      actorId: input.actor.id,
      action: `moderation.${input.action}`,
      targetType,
      targetId,
      reason: input.reason,
      meta: { postId: post.id, ...(input.days ? { days: input.days } : {}), ...(input.categoryId ? { categoryId: input.categoryId } : {}) },
    })
    await publish(trx, { type: 'post.changed', threadId: post.thread_id, postId: post.id })
    await publish(trx, { type: 'moderation.flag', crisis: false })
    return true
  })
}

export const AWAITING_REVIEW = 'awaiting_review'

/**
 * When the instance enables new-account review, a new account's post is held (hidden, with a
 * new_account flag) until a moderator shows it. Reputation earns the way past it.
 */
export async function holdForReviewIfNew(db: DB, input: { actor: Actor; postId: string; threadId: string; isOpening: boolean }): Promise<boolean> {
  const days = env.newAccountReviewDays
  if (!days) return false
  const young = Date.now() - input.actor.createdAt.getTime() < days * 86_400_000
  if (!young || input.actor.reputation >= env.newAccountReviewSkipReputation) return false
  await db.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: AWAITING_REVIEW }).where('id', '=', input.postId).execute()
  if (input.isOpening) await db.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', input.threadId).execute()
  await db
    .insertInto('flags')
    .values({ post_id: input.postId, thread_id: input.threadId, flagger_id: null, source: 'auto', reason: 'new_account', detail: null, created_at: sql<Date>`now()` })
    .onConflict((oc) => oc.columns(['post_id', 'reason']).where('status', '=', 'open').where('flagger_id', 'is', null).doNothing())
    .execute()
  await publish(db, { type: 'moderation.flag', crisis: false })
  return true
}
