import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

export const POSTS_PER_PAGE = 50

/**
 * Full rows of a thread's posts as the page shows them. The author's pseudonym, reputation and
 * badge are withheld in SQL for anonymous posts, so they cannot leak through a later mapping
 * mistake. `viewerId` adds the viewer's own rating.
 */
function postRows(db: DB, threadId: string, categoryId: number, viewerId: string | null) {
  return db
    .selectFrom('posts as p')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .leftJoin('expert_verifications as v', (join) =>
      join.onRef('v.user_id', '=', 'p.author_id').on(sql<boolean>`not p.is_anonymous and v.revoked_at is null and v.expires_at > now()`),
    )
    // The employee badge, like the expert one, never joins an anonymous post.
    .leftJoin('employee_verifications as ev', (join) => join.onRef('ev.user_id', '=', 'p.author_id').on(sql<boolean>`not p.is_anonymous and ev.expires_at > now()`))
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
      'p.helpful_count',
      'p.unhelpful_count',
      sql<string | null>`case when p.is_anonymous then null else u.pseudonym end`.as('author_pseudonym'),
      sql<number | null>`case when p.is_anonymous then null else u.reputation end`.as('author_reputation'),
      // Named posts of a deleted account read "Anggota terhapus"; Anonim ones keep their handle.
      sql<boolean>`(not p.is_anonymous and u.deleted_at is not null)`.as('author_deleted'),
      'v.badge_text',
      'v.areas as badge_areas',
      'v.verified_at as badge_verified_at',
      'v.expires_at as badge_expires_at',
      'ev.expires_at as employee_expires_at',
      sql<string | null>`case when ev.show_institution then ev.institution else null end`.as('employee_institution'),
      sql<boolean>`coalesce(${categoryId} = any(v.areas), false)`.as('category_expert'),
      sql<number | null>`(select r.value from post_ratings r where r.post_id = p.id and r.user_id = ${viewerId ?? '00000000-0000-0000-0000-000000000000'}::uuid)`.as('my_rating'),
    ])
    .where('p.thread_id', '=', threadId)
}

export type PostRow = Awaited<ReturnType<ReturnType<typeof postRows>['execute']>>[number]

/** Posts of a thread after `afterId`, oldest first (keyset on id). */
export async function listThreadPosts(db: DB, threadId: string, categoryId: number, viewerId: string | null, afterId: string | null, limit = POSTS_PER_PAGE) {
  const rows = await listThreadPostsQuery(db, threadId, categoryId, viewerId, afterId, limit).execute()
  return { posts: rows.slice(0, limit), hasMore: rows.length > limit }
}

/** The chronological thread-page query (exported so a test can EXPLAIN it). */
export function listThreadPostsQuery(db: DB, threadId: string, categoryId: number, viewerId: string | null, afterId: string | null, limit = POSTS_PER_PAGE) {
  let query = postRows(db, threadId, categoryId, viewerId)
  if (afterId) query = query.where('p.id', '>', afterId)
  return query.orderBy('p.id').limit(limit + 1)
}

/** Full rows for the given ids (one ranked page). */
export function listPostsByIds(db: DB, threadId: string, categoryId: number, viewerId: string | null, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return postRows(db, threadId, categoryId, viewerId).where('p.id', 'in', ids).execute()
}

/** What ranking needs of every answer in a thread: small rows from the thread index. */
export function listRankingInputs(db: DB, threadId: string, categoryId: number) {
  return db
    .selectFrom('posts as p')
    .leftJoin('expert_verifications as v', (join) =>
      join.onRef('v.user_id', '=', 'p.author_id').on(sql<boolean>`not p.is_anonymous and v.revoked_at is null and v.expires_at > now()`),
    )
    .select(['p.id', 'p.helpful_count', 'p.unhelpful_count', 'p.created_at', 'p.deleted_at', 'p.hidden_at', sql<boolean>`coalesce(${categoryId} = any(v.areas), false)`.as('category_expert')])
    .where('p.thread_id', '=', threadId)
    .where('p.is_opening', '=', false)
    .execute()
}

// A post with what the policies need of it and of its thread.
function postWithThread(db: DB, postId: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .innerJoin('categories as c', 'c.id', 't.category_id')
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
      't.author_id as thread_author_id',
      't.locked_at as thread_locked_at',
      't.hidden_at as thread_hidden_at',
      't.deleted_at as thread_deleted_at',
      'c.staff_only as category_staff_only',
    ])
    .where('p.id', '=', postId)
}

export function findPost(db: DB, postId: string) {
  return postWithThread(db, postId).executeTakeFirst()
}

export function listRevisions(db: DB, postId: string) {
  return db
    .selectFrom('post_revisions')
    .select(['id', 'title', 'body_md', 'reason', 'created_at'])
    .where('post_id', '=', postId)
    .orderBy('id', 'desc')
    .execute()
}

/**
 * The same, with the post and thread rows locked until the transaction ends, so the policy is
 * asked about the rows as they will be written.
 */
export function lockPostForWrite(db: DB, postId: string) {
  return postWithThread(db, postId).forUpdate(['p', 't']).executeTakeFirst()
}

export type PostRecord = NonNullable<Awaited<ReturnType<typeof findPost>>>

/** The policy views of a post and its thread. */
export function postAccessOf(post: PostRecord) {
  return {
    post: { authorId: post.author_id, deletedAt: post.deleted_at, hiddenAt: post.hidden_at, isOpening: post.is_opening },
    thread: {
      authorId: post.thread_author_id,
      lockedAt: post.thread_locked_at,
      hiddenAt: post.thread_hidden_at,
      deletedAt: post.thread_deleted_at,
      categoryStaffOnly: post.category_staff_only,
    },
  }
}
