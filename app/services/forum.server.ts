import { sql } from 'kysely'
import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { renderMarkdown } from '~/lib/markdown.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { appendAudit } from '~/models/audit.server'
import { getSearchConfig } from '~/models/settings.server'
import type { Actor } from '~/policies'
import { notify, type NewNotification } from './notifications.server'
import { autoFlagPost, holdForReviewIfNew } from './moderation.server'
import { activeVerification } from './reputation.server'

// The same content from the same author within this window is a double submission.
const DUPLICATE_WINDOW = sql`interval '30 seconds'`
const MENTION = /(?:^|[^\w@/])@([A-Za-z][\w.-]{2,29})/g
const MAX_MENTIONS = 10

/** Search vector of a post: the thread title (opening post only) weighs more than the body. */
async function searchVector(db: DB, title: string | null, body: string) {
  const config = await getSearchConfig(db)
  return sql`setweight(to_tsvector(${config}::regconfig, ${title ?? ''}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B')`
}

/** The name a post shows: its author's pseudonym, or the thread's anonymous handle. */
export function publicLabel(threadId: string, author: Pick<Actor, 'id' | 'pseudonym'>, anonymous: boolean) {
  return anonymous ? anonHandle(threadId, author.id) : author.pseudonym
}

async function mentionedUserIds(db: DB, body: string, exclude: string[]): Promise<string[]> {
  const keys = [...new Set([...body.matchAll(MENTION)].map((m) => pseudonymKey(m[1]!)))].slice(0, MAX_MENTIONS)
  if (keys.length === 0) return []
  const rows = await db.selectFrom('users').select('id').where('pseudonym_key', 'in', keys).where('deleted_at', 'is', null).execute()
  return rows.map((r) => r.id).filter((id) => !exclude.includes(id))
}

async function upsertTags(db: DB, threadId: string, tags: string[]) {
  if (tags.length === 0) return
  await db.insertInto('tags').values(tags.map((slug) => ({ slug }))).onConflict((oc) => oc.column('slug').doNothing()).execute()
  const rows = await db.selectFrom('tags').select('id').where('slug', 'in', tags).execute()
  await db.insertInto('thread_tags').values(rows.map((r) => ({ thread_id: threadId, tag_id: r.id }))).execute()
}

export interface NewThreadInput {
  actor: Actor
  categoryId: number
  title: string
  body: string
  tags: string[]
  anonymous: boolean
  idempotencyKey?: string
}

/**
 * Creates a thread and its opening post in one transaction. A resubmission (same idempotency
 * key, or the same title and body within seconds) returns the first thread instead.
 */
export async function createThread(db: DB, input: NewThreadInput): Promise<{ threadId: string; postId: string; duplicate: boolean; crisis: boolean }> {
  const existing = await findDuplicateOpening(db, input)
  if (existing) return { ...existing, duplicate: true, crisis: false }
  const bodyHtml = renderMarkdown(input.body)
  try {
    return await db.transaction().execute(async (trx) => {
      const thread = await trx
        .insertInto('threads')
        .values({ category_id: input.categoryId, author_id: input.actor.id, is_anonymous: input.anonymous, title: input.title })
        .returning('id')
        .executeTakeFirstOrThrow()
      const post = await trx
        .insertInto('posts')
        .values({
          thread_id: thread.id,
          author_id: input.actor.id,
          is_anonymous: input.anonymous,
          is_opening: true,
          body_md: input.body,
          body_html: bodyHtml,
          idempotency_key: input.idempotencyKey ?? null,
          created_at: sql<Date>`date_trunc('milliseconds', now())`,
          search: await searchVector(trx, input.title, input.body),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await upsertTags(trx, thread.id, input.tags)
      const label = publicLabel(thread.id, input.actor, input.anonymous)
      const mentioned = await mentionedUserIds(trx, input.body, [input.actor.id])
      await notify(trx, mentioned.map((userId) => ({ userId, kind: 'mention', threadId: thread.id, postId: post.id, actorLabel: label })))
      await holdForReviewIfNew(trx, { actor: input.actor, postId: post.id, threadId: thread.id, isOpening: true })
      const { crisis } = await autoFlagPost(trx, { postId: post.id, threadId: thread.id, authorId: input.actor.id, text: `${input.title}\n\n${input.body}` })
      return { threadId: thread.id, postId: post.id, duplicate: false, crisis }
    })
  } catch (error) {
    // Two identical submissions racing: the unique idempotency index let one through.
    const again = await findDuplicateOpening(db, input)
    if (again) return { ...again, duplicate: true, crisis: false }
    throw error
  }
}

async function findDuplicateOpening(db: DB, input: NewThreadInput) {
  let query = db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['t.id as threadId', 'p.id as postId'])
    .where('p.author_id', '=', input.actor.id)
    .where('p.is_opening', '=', true)
  query = input.idempotencyKey
    ? query.where((eb) =>
        eb.or([
          eb('p.idempotency_key', '=', input.idempotencyKey!),
          eb.and([eb('t.title', '=', input.title), eb('p.body_md', '=', input.body), eb('p.created_at', '>', sql<Date>`now() - ${DUPLICATE_WINDOW}`)]),
        ]),
      )
    : query.where('t.title', '=', input.title).where('p.body_md', '=', input.body).where('p.created_at', '>', sql<Date>`now() - ${DUPLICATE_WINDOW}`)
  return query.executeTakeFirst()
}

export interface ReplyInput {
  actor: Actor
  threadId: string
  body: string
  anonymous: boolean
  replyToPostId?: string | null
  idempotencyKey?: string
}

/** Adds a reply, bumps the thread, notifies the asker, the replied-to author and mentions, and tells live readers. */
export async function replyToThread(db: DB, input: ReplyInput): Promise<{ postId: string; duplicate: boolean; crisis: boolean }> {
  const existing = await findDuplicateReply(db, input)
  if (existing) return { postId: existing.id, duplicate: true, crisis: false }
  const bodyHtml = renderMarkdown(input.body)
  try {
    return await db.transaction().execute(async (trx) => {
      const replyTo = input.replyToPostId
        ? await trx.selectFrom('posts').select(['id', 'author_id']).where('id', '=', input.replyToPostId).where('thread_id', '=', input.threadId).executeTakeFirst()
        : undefined
      const post = await trx
        .insertInto('posts')
        .values({
          thread_id: input.threadId,
          author_id: input.actor.id,
          is_anonymous: input.anonymous,
          reply_to_post_id: replyTo?.id ?? null,
          body_md: input.body,
          body_html: bodyHtml,
          idempotency_key: input.idempotencyKey ?? null,
          created_at: sql<Date>`date_trunc('milliseconds', now())`,
          search: await searchVector(trx, null, input.body),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const thread = await trx
        .updateTable('threads')
        .set((eb) => ({
          reply_count: eb('reply_count', '+', 1),
          last_activity_at: sql<Date>`date_trunc('milliseconds', now())`,
          // Only a named answer by a verified expert of this category counts (never an anonymous one).
          ...(input.anonymous
            ? {}
            : {
                has_expert_answer: sql<boolean>`has_expert_answer or exists (select 1 from expert_verifications v where v.user_id = ${input.actor.id} and ${activeVerification} and threads.category_id = any(v.areas))`,
              }),
        }))
        .where('id', '=', input.threadId)
        .returning(['author_id'])
        .executeTakeFirstOrThrow()
      const label = publicLabel(input.threadId, input.actor, input.anonymous)
      const base = { threadId: input.threadId, postId: post.id, actorLabel: label }
      const notes: NewNotification[] = []
      if (replyTo && replyTo.author_id !== input.actor.id) notes.push({ ...base, userId: replyTo.author_id, kind: 'reply_to_post' })
      if (thread.author_id !== input.actor.id) notes.push({ ...base, userId: thread.author_id, kind: 'reply_to_thread' })
      for (const userId of await mentionedUserIds(trx, input.body, [input.actor.id])) notes.push({ ...base, userId, kind: 'mention' })
      await notify(trx, notes)
      await publish(trx, { type: 'post.created', threadId: input.threadId, postId: post.id })
      await holdForReviewIfNew(trx, { actor: input.actor, postId: post.id, threadId: input.threadId, isOpening: false })
      const { crisis } = await autoFlagPost(trx, { postId: post.id, threadId: input.threadId, authorId: input.actor.id, text: input.body })
      return { postId: post.id, duplicate: false, crisis }
    })
  } catch (error) {
    const again = await findDuplicateReply(db, input)
    if (again) return { postId: again.id, duplicate: true, crisis: false }
    throw error
  }
}

function findDuplicateReply(db: DB, input: ReplyInput) {
  return db
    .selectFrom('posts')
    .select('id')
    .where('author_id', '=', input.actor.id)
    .where('thread_id', '=', input.threadId)
    .where((eb) =>
      eb.or([
        ...(input.idempotencyKey ? [eb('idempotency_key', '=', input.idempotencyKey)] : []),
        eb.and([eb('body_md', '=', input.body), eb('created_at', '>', sql<Date>`now() - ${DUPLICATE_WINDOW}`)]),
      ]),
    )
    .executeTakeFirst()
}

/** Saves an edit; the previous version goes to the post's history in the same transaction. */
export async function editPost(db: DB, input: { actor: Actor; postId: string; body: string; title?: string; reason?: string }): Promise<{ crisis: boolean }> {
  const bodyHtml = renderMarkdown(input.body)
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('posts as p')
      .innerJoin('threads as t', 't.id', 'p.thread_id')
      .select(['p.thread_id', 'p.body_md', 'p.is_opening', 't.title'])
      .where('p.id', '=', input.postId)
      .forUpdate()
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('post_revisions')
      .values({
        post_id: input.postId,
        editor_id: input.actor.id,
        title: current.is_opening ? current.title : null,
        body_md: current.body_md,
        reason: input.reason ?? null,
        created_at: sql<Date>`now()`,
      })
      .execute()
    const title = current.is_opening && input.title ? input.title : null
    if (title) await trx.updateTable('threads').set({ title }).where('id', '=', current.thread_id).execute()
    await trx
      .updateTable('posts')
      .set({ body_md: input.body, body_html: bodyHtml, edited_at: sql`now()`, search: await searchVector(trx, current.is_opening ? (title ?? current.title) : null, input.body) })
      .where('id', '=', input.postId)
      .execute()
    await publish(trx, { type: 'post.changed', threadId: current.thread_id, postId: input.postId })
    const author = await trx.selectFrom('posts').select('author_id').where('id', '=', input.postId).executeTakeFirstOrThrow()
    return autoFlagPost(trx, { postId: input.postId, threadId: current.thread_id, authorId: author.author_id, text: [title, input.body].filter(Boolean).join('\n\n') })
  })
}

/** Soft delete: the post stays as a "deleted" placeholder so the conversation still reads. */
export async function deletePost(db: DB, input: { actor: Actor; postId: string }) {
  await db.transaction().execute(async (trx) => {
    const post = await trx
      .updateTable('posts')
      .set({ deleted_at: sql`now()` })
      .where('id', '=', input.postId)
      .where('deleted_at', 'is', null)
      .returning(['thread_id', 'is_opening'])
      .executeTakeFirst()
    if (!post) return
    if (!post.is_opening) {
      await trx.updateTable('threads').set((eb) => ({ reply_count: eb('reply_count', '-', 1) })).where('id', '=', post.thread_id).execute()
    }
    await publish(trx, { type: 'post.changed', threadId: post.thread_id, postId: input.postId })
  })
}

export async function setPinned(db: DB, input: { actor: Actor; threadId: string; pinned: boolean }) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('threads').set({ pinned: input.pinned }).where('id', '=', input.threadId).execute()
    await appendAudit(trx, { actorId: input.actor.id, action: input.pinned ? 'thread.pin' : 'thread.unpin', targetType: 'thread', targetId: input.threadId })
    await publish(trx, { type: 'forum.changed' })
  })
}
