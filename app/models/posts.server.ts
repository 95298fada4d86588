import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

export const POSTS_PER_PAGE = 50

/**
 * Posts of a thread after `afterId`, oldest first. The author's pseudonym and reputation are
 * withheld in SQL for anonymous posts, so they cannot leak through a later mapping mistake.
 */
export async function listThreadPosts(db: DB, threadId: string, afterId: string | null, limit = POSTS_PER_PAGE) {
  const rows = await listThreadPostsQuery(db, threadId, afterId, limit).execute()
  return { posts: rows.slice(0, limit), hasMore: rows.length > limit }
}

/** The thread-page query itself (exported so a test can EXPLAIN it). */
export function listThreadPostsQuery(db: DB, threadId: string, afterId: string | null, limit = POSTS_PER_PAGE) {
  let query = db
    .selectFrom('posts as p')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.author_id',
      'p.is_anonymous',
      'p.is_opening',
      'p.reply_to_post_id',
      'p.body_html',
      'p.created_at',
      'p.edited_at',
      'p.hidden_at',
      'p.hidden_reason',
      'p.deleted_at',
      sql<string | null>`case when p.is_anonymous then null else u.pseudonym end`.as('author_pseudonym'),
      sql<number | null>`case when p.is_anonymous then null else u.reputation end`.as('author_reputation'),
      sql<boolean>`(not p.is_anonymous and exists (select 1 from user_roles r where r.user_id = p.author_id and r.role = 'expert'))`.as('author_is_expert'),
    ])
    .where('p.thread_id', '=', threadId)
  if (afterId) query = query.where('p.id', '>', afterId)
  return query.orderBy('p.id').limit(limit + 1)
}

export function findPost(db: DB, postId: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select([
      'p.id',
      'p.thread_id',
      'p.author_id',
      'p.is_anonymous',
      'p.is_opening',
      'p.body_md',
      'p.created_at',
      'p.deleted_at',
      'p.hidden_at',
      't.title',
      't.locked_at',
      't.deleted_at as thread_deleted_at',
      't.hidden_at as thread_hidden_at',
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst()
}

export function listRevisions(db: DB, postId: string) {
  return db
    .selectFrom('post_revisions')
    .select(['id', 'title', 'body_md', 'reason', 'created_at'])
    .where('post_id', '=', postId)
    .orderBy('id', 'desc')
    .execute()
}
