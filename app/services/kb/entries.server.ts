import { sql } from 'kysely'
import type { KbRegulation, KbTag } from '#db/schema'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { markdownToPlainText, renderMarkdown } from '~/lib/markdown.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { appendAudit } from '~/models/audit.server'
import { findActiveExpertise, findEntrySource, getKbReviewMonths, lockEntry, REVIEW_MONTHS_KEY } from '~/models/kb.server'
import { getSearchConfig } from '~/models/settings.server'
import { canChangeKbSettings, canCurateKbEntry, canModerate, canTurnThreadIntoEntry, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

export interface EntryContent {
  title: string
  question: string
  answer: string
  tags: KbTag[]
  regulations: KbRegulation[]
}

export type KbRefusal = 'notFound' | 'rateLimited' | 'sourceInvalid' | 'kbStale' | 'kbExists'

/** Badge text shown as "reviewed by": the expert's badge, or '' for a moderator (the page says "Moderator"). */
async function reviewerBadge(db: DB, actor: Actor, categoryId: number) {
  const expertise = await findActiveExpertise(db, actor.id)
  const expertHere = !!expertise && expertise.areas.includes(categoryId)
  return { expertise, badge: expertHere ? expertise.badge : '' }
}

async function storedContent(db: DB, content: EntryContent) {
  const config = await getSearchConfig(db)
  const answerText = markdownToPlainText(content.answer, Number.MAX_SAFE_INTEGER)
  const questionText = markdownToPlainText(content.question, Number.MAX_SAFE_INTEGER)
  const tagText = content.tags.join(' ').replaceAll('-', ' ')
  return {
    title: content.title,
    question_md: content.question,
    question_html: renderMarkdown(content.question),
    answer_md: content.answer,
    answer_html: renderMarkdown(content.answer),
    answer_text: answerText,
    tags: content.tags,
    regulations: JSON.stringify(content.regulations),
    search: sql`setweight(to_tsvector(${config}::regconfig, ${content.title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${questionText}), 'A') || setweight(to_tsvector(${config}::regconfig, ${tagText}), 'B') || setweight(to_tsvector(${config}::regconfig, ${answerText}), 'C')`,
    question_search: sql`setweight(to_tsvector(${config}::regconfig, ${content.title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${questionText}), 'A') || setweight(to_tsvector(${config}::regconfig, ${tagText}), 'B')`,
  }
}

const dueFrom = (months: number) => sql<Date>`now() + make_interval(months => ${months})`

/**
 * An expert of the thread's area, or a moderator, turns a thread whose accepted or expert
 * answer holds into an entry resting on that answer. One entry per thread: a second submit
 * (or a second curator) is told the entry exists. The asker is never copied to the entry.
 */
export async function createKbEntry(
  db: DB,
  input: EntryContent & { actor: Actor; threadId: string; sourcePostId: string; demo?: boolean },
): Promise<Outcome<{ entryId: string }, KbRefusal>> {
  return inWrite(db, async (trx): Promise<Outcome<{ entryId: string }, KbRefusal>> => {
    const source = await findEntrySource(trx, input.threadId, { lock: true })
    if (!source) return refuse.notFound()
    const { expertise, badge } = await reviewerBadge(trx, input.actor, source.thread.category_id)
    const access = {
      categoryId: source.thread.category_id,
      hiddenAt: source.thread.hidden_at,
      deletedAt: source.thread.deleted_at,
      hasHoldingAnswer: source.holding.length > 0,
      hasEntry: false,
    }
    if (!canTurnThreadIntoEntry(input.actor, access, expertise)) return refuse.notFound()
    if (source.existingEntryId) return { ...refuse.conflict('kbExists', 'kb.errors.exists'), detail: { entryId: source.existingEntryId } }
    if (!source.holding.some((a) => a.id === input.sourcePostId)) return refuse.invalid('sourceInvalid', 'kb.errors.sourceInvalid')
    const limit = await hitRateLimit(trx, RATE_RULES.editsPerMember, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    const months = await getKbReviewMonths(trx)
    const row = await trx
      .insertInto('kb_entries')
      .values({
        category_id: source.thread.category_id,
        source_thread_id: source.thread.id,
        source_post_id: input.sourcePostId,
        ...(await storedContent(trx, input)),
        reviewed_by: input.actor.id,
        reviewed_badge: badge,
        reviewed_at: sql<Date>`now()`,
        review_due_at: dueFrom(months),
        is_demo: !!input.demo,
        created_by: input.actor.id,
        created_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writeRevision(trx, { entryId: row.id, version: 1, kind: 'create', editorId: input.actor.id, badge, content: input, note: null })
    await auditIfStaff(trx, input.actor, 'kb.create', row.id, { threadId: source.thread.id })
    // The thread's cached page now links to the entry.
    await publish(trx, { type: 'post.changed', threadId: source.thread.id, postId: input.sourcePostId })
    return ok({ entryId: row.id })
  })
}

async function writeRevision(
  db: DB,
  r: { entryId: string; version: number; kind: 'create' | 'edit' | 'confirm'; editorId: string; badge: string; content: EntryContent; note: string | null },
) {
  await db
    .insertInto('kb_entry_revisions')
    .values({
      entry_id: r.entryId,
      version: r.version,
      kind: r.kind,
      editor_id: r.editorId,
      editor_badge: r.badge,
      title: r.content.title,
      question_md: r.content.question,
      answer_md: r.content.answer,
      tags: r.content.tags,
      regulations: JSON.stringify(r.content.regulations),
      note: r.note,
      created_at: sql<Date>`now()`,
    })
    .execute()
}

/** Staff actions are audited (a moderator acting on an entry); experts' reviews are in the entry's history. */
async function auditIfStaff(db: DB, actor: Actor, action: string, entryId: string, meta: Record<string, unknown> = {}) {
  if (!canModerate(actor)) return
  await appendAudit(db, { actorId: actor.id, action, targetType: 'kb_entry', targetId: entryId, meta })
}

export type ReviewInput =
  | { actor: Actor; entryId: string; version: number; intent: 'confirm'; note: string }
  | ({ actor: Actor; entryId: string; version: number; intent: 'edit'; note: string } & EntryContent)

/**
 * An expert of the entry's area (or a moderator) re-confirms it as it stands or saves an
 * edited version; either way the review date is renewed and the version kept in its history.
 * A review made against an older version than the stored one is refused (someone else was first).
 */
export async function reviewKbEntry(db: DB, input: ReviewInput): Promise<Outcome<{ entryId: string }, KbRefusal>> {
  return inWrite(db, async (trx): Promise<Outcome<{ entryId: string }, KbRefusal>> => {
    const entry = await lockEntry(trx, input.entryId)
    if (!entry || entry.withdrawn_at) return refuse.notFound()
    const { expertise, badge } = await reviewerBadge(trx, input.actor, entry.category_id)
    if (!canCurateKbEntry(input.actor, { categoryId: entry.category_id }, expertise)) return refuse.notFound()
    if (entry.version !== input.version) return refuse.conflict('kbStale', 'kb.errors.stale')
    const limit = await hitRateLimit(trx, RATE_RULES.editsPerMember, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    const months = await getKbReviewMonths(trx)
    const content: EntryContent =
      input.intent === 'edit'
        ? input
        : { title: entry.title, question: entry.question_md, answer: entry.answer_md, tags: entry.tags, regulations: entry.regulations }
    const version = entry.version + 1
    await trx
      .updateTable('kb_entries')
      .set({
        ...(input.intent === 'edit' ? await storedContent(trx, content) : {}),
        reviewed_by: input.actor.id,
        reviewed_badge: badge,
        reviewed_at: sql<Date>`now()`,
        review_due_at: dueFrom(months),
        version,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', entry.id)
      .execute()
    await writeRevision(trx, { entryId: entry.id, version, kind: input.intent, editorId: input.actor.id, badge, content, note: input.note || null })
    await auditIfStaff(trx, input.actor, input.intent === 'edit' ? 'kb.edit' : 'kb.confirm', entry.id, { version })
    await publish(trx, { type: 'post.changed', threadId: entry.source_thread_id, postId: entry.source_post_id })
    return ok({ entryId: entry.id })
  })
}

/** An admin sets how many months an entry stays current before it is due for review; audited. */
export async function saveKbReviewMonths(db: DB, actor: Actor, months: number): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canChangeKbSettings(actor)) return refuse.notFound()
    const value = String(months)
    await trx.insertInto('app_settings').values({ key: REVIEW_MONTHS_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
    await appendAudit(trx, { actorId: actor.id, action: 'settings.kb_review_months', targetType: 'settings', targetId: REVIEW_MONTHS_KEY, meta: { months } })
    return ok()
  })
}
