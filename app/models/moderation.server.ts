import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/**
 * The review queue, one row per flagged post: crisis first (direct before negated/quoted),
 * then the summed weight of flaggers, their number, then the longest waiting. Flaggers are
 * counted, never named.
 */
export function listModerationQueue(db: DB, limit = 100) {
  return db
    .selectFrom('flags as f')
    .innerJoin('posts as p', 'p.id', 'f.post_id')
    .innerJoin('threads as t', 't.id', 'f.thread_id')
    .select([
      'f.post_id',
      't.id as thread_id',
      't.title',
      sql<boolean>`bool_or(f.reason = 'crisis')`.as('crisis'),
      sql<boolean>`bool_or(f.reason = 'crisis' and not f.indirect)`.as('crisis_direct'),
      sql<string>`sum(f.weight)`.as('weight'),
      sql<string>`count(*)`.as('flag_count'),
      sql<Date>`min(f.created_at)`.as('oldest'),
      sql<string[]>`array_agg(distinct f.reason)`.as('reasons'),
    ])
    .where('f.status', '=', 'open')
    .groupBy(['f.post_id', 't.id', 't.title'])
    .orderBy(sql`bool_or(f.reason = 'crisis')`, 'desc')
    .orderBy(sql`bool_or(f.reason = 'crisis' and not f.indirect)`, 'desc')
    .orderBy(sql`sum(f.weight)`, 'desc')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`min(f.created_at)`, 'asc')
    .limit(limit)
    .execute()
}

/** One flagged post in context, for moderators: the author's pseudonym only when the post is not anonymous. */
export function findModerationItem(db: DB, postId: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.thread_id',
      'p.author_id',
      'p.is_anonymous',
      'p.body_html',
      'p.body_md',
      'p.hidden_at',
      'p.deleted_at',
      'p.created_at',
      't.title',
      't.locked_at',
      't.category_id',
      sql<string | null>`case when p.is_anonymous then null else u.pseudonym end`.as('author_pseudonym'),
      // Only a suspension taken through this post's own channel (issue 19: channels never meet).
      sql<Date | null>`(select max(s.until) from suspensions s where s.user_id = p.author_id and s.lifted_at is null and s.until > now()
        and s.through_thread_id is not distinct from (case when p.is_anonymous then p.thread_id end))`.as('suspended_until'),
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst()
}

export function listPostFlags(db: DB, postId: string) {
  return db
    .selectFrom('flags')
    .select(['id', 'reason', 'detail', 'source', 'indirect', 'weight', 'status', 'resolution', 'created_at', sql<boolean>`flagger_id is not null`.as('by_member')])
    .where('post_id', '=', postId)
    .orderBy('created_at', 'desc')
    .execute()
}

/**
 * Earlier moderation actions on a post's author, through the same channel only (issue 19):
 * for a named post, actions taken through the author's named posts; for an anonymous post,
 * actions taken through that thread's handle. An action taken through an anonymous post never
 * shows beside the author's named posts, and the other way round.
 */
export function listActionsOnAuthor(db: DB, author: { authorId: string; anonymousThreadId: string | null }) {
  const channelPosts = db
    .selectFrom('posts')
    .select(sql<string>`id::text`.as('id'))
    .where('author_id', '=', author.authorId)
    .where('is_anonymous', '=', author.anonymousThreadId !== null)
    .$if(author.anonymousThreadId !== null, (qb) => qb.where('thread_id', '=', author.anonymousThreadId!))
  return db
    .selectFrom('audit_log as a')
    .select(['a.id', 'a.action', 'a.reason', 'a.created_at'])
    .where('a.action', 'like', 'moderation.%')
    .where((eb) =>
      author.anonymousThreadId === null
        ? eb.or([
            eb.and([eb('a.target_type', '=', 'post'), eb('a.target_id', 'in', channelPosts)]),
            // Rows written before channels were recorded name the account; keep only those from named posts.
            eb.and([
              eb('a.target_type', '=', 'user'),
              eb('a.target_id', '=', author.authorId),
              eb.not(eb.exists(eb.selectFrom('posts as ap').select('ap.id').where(sql<boolean>`ap.id::text = a.meta->>'postId'`).where('ap.is_anonymous', '=', true))),
            ]),
          ])
        : eb.and([eb('a.target_type', '=', 'post'), eb('a.target_id', 'in', channelPosts)]),
    )
    .orderBy('a.id', 'desc')
    .limit(20)
    .execute()
}

export function listAudit(db: DB, filters: { action?: string; targetId?: string; actorId?: string; postId?: string }, limit = 100) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.action', 'a.target_type', 'a.target_id', 'a.reason', 'a.created_at', 'u.pseudonym as actor'])
  if (filters.action) query = query.where('a.action', 'like', `${filters.action.replace(/[%_]/g, '')}%`)
  if (filters.targetId) query = query.where('a.target_id', '=', filters.targetId)
  if (filters.actorId) query = query.where('a.actor_id', '=', filters.actorId)
  // Everything done through one post: to the post itself, or to its thread or author from it.
  if (filters.postId) {
    const postId = filters.postId
    query = query.where((eb) => eb.or([eb.and([eb('a.target_type', '=', 'post'), eb('a.target_id', '=', postId)]), eb(sql<string>`a.meta->>'postId'`, '=', postId)]))
  }
  return query.orderBy('a.id', 'desc').limit(limit).execute()
}
