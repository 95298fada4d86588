import { sql, type RawBuilder } from 'kysely'
import type { KbTag } from '#db/schema'
import type { DB } from '~/lib/db.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { getSearchConfig } from './settings.server'

/** Months until an entry is due for review, unless an admin set another figure. */
export const DEFAULT_REVIEW_MONTHS = 12
export const REVIEW_MONTHS_KEY = 'kb_review_months'

export async function getKbReviewMonths(db: DB): Promise<number> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', REVIEW_MONTHS_KEY).executeTakeFirst()
  const months = Number(row?.value)
  return Number.isInteger(months) && months >= 1 && months <= 60 ? months : DEFAULT_REVIEW_MONTHS
}

/** The areas of a badge in force (revoked or expired badges give none). */
export async function findActiveExpertise(db: DB, userId: string | null | undefined) {
  if (!userId) return null
  const row = await db
    .selectFrom('expert_verifications')
    .select(['areas', 'badge_text'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst()
  return row ? { areas: row.areas, badge: row.badge_text } : null
}

const ENTRY_COLUMNS = [
  'e.id',
  'e.category_id',
  'e.source_thread_id',
  'e.source_post_id',
  'e.title',
  'e.question_md',
  'e.question_html',
  'e.answer_md',
  'e.answer_html',
  'e.tags',
  'e.regulations',
  'e.reviewed_badge',
  'e.reviewed_at',
  'e.review_due_at',
  'e.is_demo',
  'e.version',
  'e.created_at',
  'e.updated_at',
  'c.slug as category_slug',
  'c.name_id as category_name_id',
  'c.name_en as category_name_en',
] as const

/** One entry (never who asked the source question), with whether its source thread is public. */
export function findEntry(db: DB, entryId: string) {
  return db
    .selectFrom('kb_entries as e')
    .innerJoin('categories as c', 'c.id', 'e.category_id')
    .innerJoin('threads as t', 't.id', 'e.source_thread_id')
    .select([...ENTRY_COLUMNS, sql<boolean>`t.deleted_at is null and t.hidden_at is null`.as('source_visible')])
    .where('e.id', '=', entryId)
    .where('e.withdrawn_at', 'is', null)
    .executeTakeFirst()
}

export function lockEntry(db: DB, entryId: string) {
  return db
    .selectFrom('kb_entries')
    .select(['id', 'category_id', 'source_thread_id', 'source_post_id', 'title', 'question_md', 'answer_md', 'tags', 'regulations', 'version', 'withdrawn_at'])
    .where('id', '=', entryId)
    .forUpdate()
    .executeTakeFirst()
}

/** The entry made from a thread, for the link back from the thread page. */
export function findEntryForThread(db: DB, threadId: string) {
  return db.selectFrom('kb_entries').select(['id', 'title']).where('source_thread_id', '=', threadId).where('withdrawn_at', 'is', null).executeTakeFirst()
}

export interface EntryListOptions {
  categoryId?: number
  tag?: KbTag
  /** Only entries past their review date, in these areas (null = every area). */
  dueInAreas?: readonly number[] | null
  limit?: number
}

/** Entries for a list: newest review first (or oldest due date first for the review queue). */
export function listEntries(db: DB, o: EntryListOptions = {}) {
  let query = db
    .selectFrom('kb_entries as e')
    .innerJoin('categories as c', 'c.id', 'e.category_id')
    .select(['e.id', 'e.title', 'e.tags', 'e.reviewed_badge', 'e.reviewed_at', 'e.review_due_at', 'e.is_demo', 'c.slug as category_slug', 'c.name_id as category_name_id', 'c.name_en as category_name_en'])
    .where('e.withdrawn_at', 'is', null)
  if (o.categoryId) query = query.where('e.category_id', '=', o.categoryId)
  if (o.tag) query = query.where(sql<boolean>`${o.tag} = any(e.tags)`)
  if (o.dueInAreas !== undefined) {
    query = query.where('e.review_due_at', '<=', sql<Date>`now()`)
    if (o.dueInAreas !== null) {
      const areas = [...o.dueInAreas]
      query = areas.length ? query.where('e.category_id', 'in', areas) : query.where(sql<boolean>`false`)
    }
    return query.orderBy('e.review_due_at').orderBy('e.id').limit(o.limit ?? 100).execute()
  }
  return query.orderBy('e.reviewed_at', 'desc').orderBy('e.id', 'desc').limit(o.limit ?? 100).execute()
}

export function countEntriesByTag(db: DB) {
  return db
    .selectFrom(sql<{ tag: string }>`(select unnest(tags) as tag from kb_entries where withdrawn_at is null)`.as('x'))
    .select(['x.tag', sql<string>`count(*)`.as('count')])
    .groupBy('x.tag')
    .execute()
}

export function listEntryRevisions(db: DB, entryId: string) {
  return db
    .selectFrom('kb_entry_revisions')
    .select(['id', 'version', 'kind', 'editor_badge', 'title', 'question_md', 'answer_md', 'tags', 'regulations', 'note', 'created_at'])
    .where('entry_id', '=', entryId)
    .orderBy('version', 'desc')
    .execute()
}

/** Full-text search over entries (title, question, tags, answer), best first, with a snippet. */
export async function searchEntries(db: DB, o: { query: string; categoryId?: number | null; limit?: number }) {
  const config = await getSearchConfig(db)
  const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${o.query})`
  let query = db
    .selectFrom('kb_entries as e')
    .innerJoin('categories as c', 'c.id', 'e.category_id')
    .select([
      'e.id',
      'e.title',
      'e.tags',
      'e.review_due_at',
      'c.name_id as category_name_id',
      'c.name_en as category_name_en',
      sql<number>`ts_rank_cd(e.search, ${tsquery})`.as('rank'),
      sql<string>`ts_headline(${config}::regconfig, e.answer_text, ${tsquery}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=1`})`.as('snippet'),
    ])
    .where('e.withdrawn_at', 'is', null)
    .where(sql<boolean>`e.search @@ ${tsquery}`)
  if (o.categoryId) query = query.where('e.category_id', '=', o.categoryId)
  return query.orderBy('rank', 'desc').orderBy('e.id', 'desc').limit(o.limit ?? 5).execute()
}

/**
 * Entries like a question being written (`tsquery`: the prefix OR-query of similar questions),
 * ranked over the question side only (title and question above tags; the answer is not read).
 * A query to compose, not run: similar questions ask it together with the threads.
 */
export function similarEntriesQuery(db: DB, tsquery: RawBuilder<unknown>, limit: number) {
  return db
    .selectFrom('kb_entries as e')
    .select(['e.id', 'e.title', sql<number>`ts_rank(${sql.raw(`'{0.1, 0.3, 0.6, 1.0}'`)}, e.question_search, ${tsquery}, 1)`.as('rank')])
    .where('e.withdrawn_at', 'is', null)
    .where(sql<boolean>`e.question_search @@ ${tsquery}`)
    .orderBy('rank', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
}

/**
 * What turning a thread into an entry needs: the thread's area and state, and the answers an
 * entry may rest on (the accepted one, and those by a verified expert of the thread's category),
 * visible ones only. The asker is not read.
 */
export async function findEntrySource(db: DB, threadId: string, options: { lock?: boolean } = {}) {
  let threadQuery = db
    .selectFrom('threads as t')
    .select(['t.id', 't.title', 't.category_id', 't.accepted_post_id', 't.hidden_at', 't.deleted_at'])
    .where('t.id', '=', threadId)
  if (options.lock) threadQuery = threadQuery.forUpdate()
  const thread = await threadQuery.executeTakeFirst()
  if (!thread) return null
  const answers = await db
    .selectFrom('posts as p')
    .leftJoin('expert_verifications as v', (join) =>
      join.onRef('v.user_id', '=', 'p.author_id').on(sql<boolean>`not p.is_anonymous and v.revoked_at is null and v.expires_at > now()`),
    )
    .select(['p.id', 'p.body_md', 'p.created_at', sql<boolean>`coalesce(${thread.category_id} = any(v.areas), false)`.as('expert'), 'v.badge_text'])
    .where('p.thread_id', '=', thread.id)
    .where('p.is_opening', '=', false)
    .where('p.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .orderBy('p.id')
    .execute()
  const holding = answers
    .filter((a) => a.id === thread.accepted_post_id || a.expert)
    .map((a) => ({ id: a.id, bodyMd: a.body_md, accepted: a.id === thread.accepted_post_id, expert: a.expert, badge: a.expert ? a.badge_text : null }))
    .sort((a, b) => Number(b.accepted) - Number(a.accepted))
  const opening = await db.selectFrom('posts').select(['body_md']).where('thread_id', '=', thread.id).where('is_opening', '=', true).executeTakeFirst()
  const existing = await findEntryForThread(db, thread.id)
  return { thread, openingMd: opening?.body_md ?? '', holding, existingEntryId: existing?.id ?? null }
}
