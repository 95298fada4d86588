import { sql } from 'kysely'
import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { RATE_RULES } from '~/lib/rate-limit.server'
import { employeeVerifiedUntil } from '~/models/employee-verification.server'
import { canPostInCategory, canReply, canStartThread, canViewThread, type Actor } from '~/policies'
import { autoFlagPost, holdForReviewIfNew } from '../moderation/auto-flags.server'
import { notify, type NewNotification } from '../notifications.server'
import { enqueueWatchFanOut } from '../watching/fan-out.server'
import { mentionedUserIds } from './mentions.server'
import { ok, refuse, type Outcome } from '../outcome'
import { activeVerification } from '../reputation.server'
import { inWrite } from '../write.server'
import { checkDraft, type Draft, type DraftRefusal, type PostWriteRefusal } from './draft.server'
import { storedText } from './post-text.server'

// The same content from the same author within this window is a double submission.
const DUPLICATE_WINDOW = sql`interval '30 seconds'`

/** "Verified employees may post" categories: the policy, with the member's verification read only when it matters. */
async function mayPostInCategory(db: DB, actor: Actor, verifiedOnly: boolean) {
  if (!verifiedOnly) return true
  return canPostInCategory(actor, { verifiedOnly }, await employeeVerifiedUntil(db, actor.id))
}

/** The name a post shows: its author's pseudonym, or the thread's anonymous handle. */
export function publicLabel(threadId: string, author: Pick<Actor, 'id' | 'pseudonym'>, anonymous: boolean) {
  return anonymous ? anonHandle(threadId, author.id) : author.pseudonym
}

async function upsertTags(db: DB, threadId: string, tags: string[]) {
  if (tags.length === 0) return
  await db.insertInto('tags').values(tags.map((slug) => ({ slug }))).onConflict((oc) => oc.column('slug').doNothing()).execute()
  const rows = await db.selectFrom('tags').select('id').where('slug', 'in', tags).execute()
  await db.insertInto('thread_tags').values(rows.map((r) => ({ thread_id: threadId, tag_id: r.id }))).execute()
}

/** A post row with its stored text (Markdown, HTML, search vector); an opening post indexes the title too. */
async function insertPost(
  db: DB,
  p: { threadId: string; actor: Actor; anonymous: boolean; isOpening?: boolean; replyToPostId?: string; title?: string; body: string; idempotencyKey?: string },
) {
  const text = await storedText(db, p.isOpening ? (p.title ?? null) : null, p.body)
  return db
    .insertInto('posts')
    .values({
      thread_id: p.threadId,
      author_id: p.actor.id,
      is_anonymous: p.anonymous,
      is_opening: !!p.isOpening,
      reply_to_post_id: p.replyToPostId ?? null,
      ...text,
      idempotency_key: p.idempotencyKey ?? null,
      created_at: sql<Date>`date_trunc('milliseconds', now())`,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
}

/** Two identical submissions racing: the unique idempotency index let one through, the other finds it. */
async function orDuplicate<T>(write: () => Promise<T>, findDuplicate: () => Promise<T | null>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const again = await findDuplicate()
    if (again) return again
    throw error
  }
}

export interface Published {
  threadId: string
  postId: string
  duplicate: boolean
  /** The writer sees crisis help at once. */
  crisis: boolean
}

export interface NewThreadInput extends Draft {
  actor: Actor
  categorySlug: string
  title: string
  tags: string[]
  anonymous: boolean
  idempotencyKey?: string
}

export type NewThreadRefusal = DraftRefusal | 'categoryInvalid' | 'cannotPostHere' | 'verifiedOnly'

/**
 * A new thread and its opening post. A resubmission (same idempotency key, or the same title
 * and body within seconds) returns the first thread instead of a second one.
 */
export async function createThread(db: DB, input: NewThreadInput): Promise<Outcome<Published, NewThreadRefusal>> {
  const find = async () => {
    const existing = await findDuplicateOpening(db, input)
    return existing ? ok<Published>({ ...existing, duplicate: true, crisis: false }) : null
  }
  return (await find()) ?? orDuplicate(() => inWrite(db, (trx) => writeThread(trx, input)), find)
}

async function writeThread(db: DB, input: NewThreadInput): Promise<Outcome<Published, NewThreadRefusal>> {
  const category = await db.selectFrom('categories').select(['id', 'staff_only', 'verified_only']).where('slug', '=', input.categorySlug).executeTakeFirst()
  if (!category) return refuse.invalid('categoryInvalid')
  if (!canStartThread(input.actor, { staffOnly: category.staff_only })) return refuse.invalid('cannotPostHere')
  if (!(await mayPostInCategory(db, input.actor, category.verified_only))) return refuse.invalid('verifiedOnly', 'verify.err_verifiedOnly')
  const draft = await checkDraft(db, input.actor, input, { rule: RATE_RULES.postsPerMember })
  if (!draft.ok) return draft
  const title = draft.value.title ?? input.title
  const body = draft.value.body
  const thread = await db
    .insertInto('threads')
    .values({ category_id: category.id, author_id: input.actor.id, is_anonymous: input.anonymous, title })
    .returning('id')
    .executeTakeFirstOrThrow()
  const post = await insertPost(db, { threadId: thread.id, actor: input.actor, anonymous: input.anonymous, isOpening: true, title, body, idempotencyKey: input.idempotencyKey })
  await upsertTags(db, thread.id, input.tags)
  // A post held for review reaches nobody's bell until a moderator shows it (then the fan-out runs).
  const held = await holdForReviewIfNew(db, { actor: input.actor, postId: post.id, threadId: thread.id, isOpening: true })
  if (!held) {
    const label = publicLabel(thread.id, input.actor, input.anonymous)
    const mentioned = await mentionedUserIds(db, body, [input.actor.id])
    await notify(db, mentioned.map((userId) => ({ userId, kind: 'mention', threadId: thread.id, postId: post.id, actorLabel: label })))
    await enqueueWatchFanOut(db, post.id)
  }
  const { crisis } = await autoFlagPost(db, { postId: post.id, threadId: thread.id, authorId: input.actor.id, text: `${title}\n\n${body}` })
  return ok({ threadId: thread.id, postId: post.id, duplicate: false, crisis })
}

function findDuplicateOpening(db: DB, input: NewThreadInput) {
  return db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['t.id as threadId', 'p.id as postId'])
    .where('p.author_id', '=', input.actor.id)
    .where('p.is_opening', '=', true)
    .where((eb) => {
      const sameText = eb.and([eb('t.title', '=', input.title), eb('p.body_md', '=', input.body), eb('p.created_at', '>', sql<Date>`now() - ${DUPLICATE_WINDOW}`)])
      return input.idempotencyKey ? eb.or([eb('p.idempotency_key', '=', input.idempotencyKey), sameText]) : sameText
    })
    .executeTakeFirst()
}

export interface ReplyInput extends Draft {
  actor: Actor
  threadId: string
  anonymous: boolean
  replyToPostId?: string | null
  idempotencyKey?: string
}

/** A reply: bumps the thread, notifies the asker, the replied-to author and mentions, tells live readers. */
export async function replyToThread(db: DB, input: ReplyInput): Promise<Outcome<Published, PostWriteRefusal>> {
  const find = async () => {
    const existing = await findDuplicateReply(db, input)
    return existing ? ok<Published>({ threadId: input.threadId, postId: existing.id, duplicate: true, crisis: false }) : null
  }
  return (await find()) ?? orDuplicate(() => inWrite(db, (trx) => writeReply(trx, input)), find)
}

async function writeReply(db: DB, input: ReplyInput): Promise<Outcome<Published, PostWriteRefusal>> {
  const thread = await db
    .selectFrom('threads as t')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .select(['t.id', 't.author_id', 't.locked_at', 't.hidden_at', 't.deleted_at', 'c.staff_only', 'c.verified_only'])
    .where('t.id', '=', input.threadId)
    .forUpdate('t')
    .executeTakeFirst()
  const access = thread && { authorId: thread.author_id, lockedAt: thread.locked_at, hiddenAt: thread.hidden_at, deletedAt: thread.deleted_at, categoryStaffOnly: thread.staff_only }
  if (!thread || !access || !canViewThread(input.actor, access) || !canReply(input.actor, access)) return refuse.notFound()
  if (!(await mayPostInCategory(db, input.actor, thread.verified_only))) return refuse.invalid('verifiedOnly', 'verify.err_verifiedOnly')
  const draft = await checkDraft(db, input.actor, input, { rule: RATE_RULES.postsPerMember })
  if (!draft.ok) return draft
  const body = draft.value.body
  const replyTo = input.replyToPostId
    ? await db.selectFrom('posts').select(['id', 'author_id']).where('id', '=', input.replyToPostId).where('thread_id', '=', thread.id).executeTakeFirst()
    : undefined
  const post = await insertPost(db, { threadId: thread.id, actor: input.actor, anonymous: input.anonymous, replyToPostId: replyTo?.id, body, idempotencyKey: input.idempotencyKey })
  await db
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
    .where('id', '=', thread.id)
    .execute()
  await publish(db, { type: 'post.created', threadId: thread.id, postId: post.id })
  // A post held for review reaches nobody's bell until a moderator shows it (then the fan-out runs).
  const held = await holdForReviewIfNew(db, { actor: input.actor, postId: post.id, threadId: thread.id, isOpening: false })
  if (!held) {
    const label = publicLabel(thread.id, input.actor, input.anonymous)
    const base = { threadId: thread.id, postId: post.id, actorLabel: label }
    const notes: NewNotification[] = []
    if (replyTo && replyTo.author_id !== input.actor.id) notes.push({ ...base, userId: replyTo.author_id, kind: 'reply_to_post' })
    if (thread.author_id !== input.actor.id) notes.push({ ...base, userId: thread.author_id, kind: 'reply_to_thread' })
    for (const userId of await mentionedUserIds(db, body, [input.actor.id])) notes.push({ ...base, userId, kind: 'mention' })
    await notify(db, notes)
    await enqueueWatchFanOut(db, post.id)
  }
  const { crisis } = await autoFlagPost(db, { postId: post.id, threadId: thread.id, authorId: input.actor.id, text: body })
  return ok({ threadId: thread.id, postId: post.id, duplicate: false, crisis })
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
