import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { ID_SOURCE } from '~/lib/ids'

export type ThreadSort = 'activity' | 'newest'
export type ThreadFilter = 'all' | 'unanswered' | 'solved' | 'expert'

export interface ThreadCursor {
  at: string
  id: string
}

export function encodeCursor(cursor: ThreadCursor): string {
  return `${new Date(cursor.at).getTime()}_${cursor.id}`
}

const CURSOR = new RegExp(`^(\\d{1,15})_(${ID_SOURCE})$`)

export function decodeCursor(value: string | null): ThreadCursor | null {
  const match = value?.match(CURSOR)
  if (!match) return null
  return { at: new Date(Number(match[1])).toISOString(), id: match[2]! }
}

// What a list shows of a thread: never the author's identity when anonymous.
function listColumns(db: DB) {
  return db
    .selectFrom('threads as t')
    .innerJoin('users as u', 'u.id', 't.author_id')
    .select([
      't.id',
      't.title',
      't.category_id',
      't.reply_count',
      't.accepted_post_id',
      't.has_expert_answer',
      't.pinned',
      't.locked_at',
      't.is_anonymous',
      't.author_id',
      't.created_at',
      't.last_activity_at',
      sql<string | null>`case when t.is_anonymous then null else u.pseudonym end`.as('author_pseudonym'),
      sql<string[]>`array(select g.slug from thread_tags tt join tags g on g.id = tt.tag_id where tt.thread_id = t.id order by g.slug)`.as('tags'),
    ])
    .where('t.deleted_at', 'is', null)
    .where('t.hidden_at', 'is', null)
}

export interface ListThreadsOptions {
  categoryId: number
  sort: ThreadSort
  filter: ThreadFilter
  tagId?: number | null
  cursor?: ThreadCursor | null
  limit: number
}

/** The category-list query itself (exported so a test can EXPLAIN it). */
export function threadListQuery(db: DB, o: ListThreadsOptions) {
  const timeColumn = o.sort === 'newest' ? 't.created_at' : 't.last_activity_at'
  let query = listColumns(db).where('t.category_id', '=', o.categoryId).where('t.pinned', '=', false)
  if (o.filter === 'unanswered') query = query.where('t.reply_count', '=', 0)
  if (o.filter === 'solved') query = query.where('t.accepted_post_id', 'is not', null)
  if (o.filter === 'expert') query = query.where('t.has_expert_answer', '=', true)
  if (o.tagId) {
    const tagId = o.tagId
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('thread_tags as f').select('f.tag_id').whereRef('f.thread_id', '=', 't.id').where('f.tag_id', '=', tagId)),
    )
  }
  if (o.cursor) {
    const { at, id } = o.cursor
    query = query.where(sql<boolean>`(${sql.ref(timeColumn)}, t.id) < (${at}::timestamptz, ${id}::bigint)`)
  }
  return query.orderBy(sql.ref(timeColumn), 'desc').orderBy('t.id', 'desc').limit(o.limit + 1)
}

/** One page of a category, newest activity (or newest thread) first, by keyset: no OFFSET scans. */
export async function listThreads(db: DB, o: ListThreadsOptions) {
  const rows = await threadListQuery(db, o).execute()
  const page = rows.slice(0, o.limit)
  const last = page[page.length - 1]
  const next =
    rows.length > o.limit && last
      ? encodeCursor({ at: (o.sort === 'newest' ? last.created_at : last.last_activity_at).toISOString(), id: last.id })
      : null
  return { threads: page, next }
}

export function listPinnedThreads(db: DB, categoryId: number) {
  return listColumns(db).where('t.category_id', '=', categoryId).where('t.pinned', '=', true).orderBy('t.last_activity_at', 'desc').limit(10).execute()
}

/** A thread as its page needs it; hidden or deleted threads come back with their flags for the policy. */
export function findThread(db: DB, threadId: string) {
  return db
    .selectFrom('threads as t')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .select([
      't.id',
      't.title',
      't.category_id',
      't.author_id',
      't.is_anonymous',
      't.reply_count',
      't.accepted_post_id',
      't.has_expert_answer',
      't.pinned',
      't.locked_at',
      't.hidden_at',
      't.deleted_at',
      't.created_at',
      'c.slug as category_slug',
      'c.name_id as category_name_id',
      'c.name_en as category_name_en',
      'c.staff_only as category_staff_only',
      'c.verified_only as category_verified_only',
      sql<string[]>`array(select g.slug from thread_tags tt join tags g on g.id = tt.tag_id where tt.thread_id = t.id order by g.slug)`.as('tags'),
    ])
    .where('t.id', '=', threadId)
    .executeTakeFirst()
}

export function findCategoryBySlug(db: DB, slug: string) {
  return db
    .selectFrom('categories')
    .select(['id', 'slug', 'name_id', 'name_en', 'description_id', 'description_en', 'staff_only', 'verified_only'])
    .where('slug', '=', slug)
    .executeTakeFirst()
}

export function findTagBySlug(db: DB, slug: string) {
  return db.selectFrom('tags').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst()
}

/** Latest activity across the forum (home page), from the activity index. */
export function listLatestThreads(db: DB, limit: number) {
  return listColumns(db).where('t.pinned', '=', false).orderBy('t.last_activity_at', 'desc').orderBy('t.id', 'desc').limit(limit).execute()
}
