import { sql, type RawBuilder } from 'kysely'
import type { DB } from '~/lib/db.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { similarQueryText } from '~/lib/search-terms'
import { similarEntriesQuery } from './kb.server'
import { getSearchConfig } from './settings.server'

/** Most matches ranked for one query (the newest ones when a word is everywhere). */
export const MATCH_CAP = 1000

export type SearchSince = 'any' | '30d' | '1y'

export interface SearchOptions {
  query: string
  categoryId?: number | null
  tagId?: number | null
  /** Only threads with an accepted answer. */
  solved?: boolean
  /** Only threads answered by a verified expert of their category. */
  expert?: boolean
  since?: SearchSince
  limit?: number
}

const SINCE: Record<Exclude<SearchSince, 'any'>, string> = { '30d': '30 days', '1y': '1 year' }

/**
 * Full-text search over titles and bodies of visible posts, grouped by thread: one result per
 * thread, ranked by its best-matching post, with that post as a highlighted plain-text snippet
 * and the number of matching posts. Deleted or hidden posts and threads never appear.
 */
export async function searchThreads(db: DB, o: SearchOptions) {
  const config = await getSearchConfig(db)
  const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${o.query})`
  // Ranking runs over the newest MATCH_CAP matching posts only, and snippets only for the best
  // threads: a very common word would otherwise rank (and ts_headline re-parse) most of the forum.
  // The thread's conditions are asked per matching post (an index probe each) rather than
  // joined: for a rare word the planner hashed every thread to keep one post (5.9 → 1.1 ms at
  // 10,000 threads), and for a common word it probes the newest posts' threads either way.
  let threadOk = db
    .selectFrom('threads as t')
    .select(sql<boolean>`true`.as('ok'))
    .where(sql<boolean>`t.id = p.thread_id`)
    .where('t.deleted_at', 'is', null)
    .where('t.hidden_at', 'is', null)
  if (o.categoryId) threadOk = threadOk.where('t.category_id', '=', o.categoryId)
  if (o.solved) threadOk = threadOk.where('t.accepted_post_id', 'is not', null)
  if (o.expert) threadOk = threadOk.where('t.has_expert_answer', '=', true)
  if (o.since && o.since !== 'any') threadOk = threadOk.where(sql<boolean>`t.last_activity_at >= now() - ${SINCE[o.since]}::interval`)
  if (o.tagId) {
    const tagId = o.tagId
    threadOk = threadOk.where(({ exists, selectFrom }) => exists(selectFrom('thread_tags as f').select('f.tag_id').whereRef('f.thread_id', '=', 't.id').where('f.tag_id', '=', tagId)))
  }
  const candidates = db
    .selectFrom('posts as p')
    .select(['p.id', 'p.thread_id', 'p.search'])
    .where(sql<boolean>`p.search @@ ${tsquery}`)
    .where('p.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .where(sql<boolean>`coalesce(${threadOk}, false)`)
  return db
    .with('candidates', () => candidates.orderBy('p.id', 'desc').limit(MATCH_CAP))
    .with('ranked', (qb) => qb.selectFrom('candidates as m').select(['m.id', 'm.thread_id', sql<number>`ts_rank_cd(m.search, ${tsquery})`.as('rank')]))
    .with('best', (qb) =>
      qb
        .selectFrom('ranked as r')
        .select([
          'r.thread_id',
          sql<string>`(array_agg(r.id order by r.rank desc, r.id))[1]`.as('post_id'),
          sql<number>`max(r.rank)`.as('rank'),
          sql<string>`count(*)`.as('matches'),
        ])
        .groupBy('r.thread_id')
        .orderBy('rank', 'desc')
        .orderBy('r.thread_id', 'desc')
        .limit(o.limit ?? 30),
    )
    .selectFrom('best as b')
    .innerJoin('posts as p', 'p.id', 'b.post_id')
    .innerJoin('threads as t', 't.id', 'b.thread_id')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .select([
      'p.id as post_id',
      'p.is_opening',
      't.id as thread_id',
      't.title',
      't.reply_count',
      't.last_activity_at',
      sql<boolean>`t.accepted_post_id is not null`.as('solved'),
      't.has_expert_answer',
      'c.slug as category_slug',
      'c.name_id as category_name_id',
      'c.name_en as category_name_en',
      'b.rank',
      'b.matches',
      sql<string[]>`array(select g.slug from thread_tags tt join tags g on g.id = tt.tag_id where tt.thread_id = t.id order by g.slug)`.as('tags'),
      sql<string>`ts_headline(${config}::regconfig, coalesce(p.body_text, p.body_md), ${tsquery}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`.as('snippet'),
    ])
    .orderBy('b.rank', 'desc')
    .orderBy('t.id', 'desc')
    .execute()
}

/** How many of the newest matching solved threads are ranked for "similar questions". */
export const SIMILAR_CANDIDATES = 100

/**
 * Questions like the one being written: solved, visible threads whose title shares its topic
 * words (any of them, prefixes included while a word is still being typed), best match first.
 * Titles against titles, over their stored vector and its index (migration 2026_12_05_0101), so a
 * key press never reads the posts nor rebuilds a vector. Titles and flags only.
 */
function similarThreadsQuery(db: DB, tsquery: RawBuilder<unknown>, limit: number) {
  // A common word matches thousands of solved threads: only the newest SIMILAR_CANDIDATES are
  // ranked. OFFSET 0 keeps the match on the title index (not a backward scan of every thread).
  const matching = db
    .selectFrom('threads as c')
    .select(['c.id', 'c.title', 'c.title_search', 'c.has_expert_answer', 'c.reply_count'])
    .where(sql<boolean>`c.title_search @@ ${tsquery}`)
    .where('c.deleted_at', 'is', null)
    .where('c.hidden_at', 'is', null)
    .where('c.accepted_post_id', 'is not', null)
    .offset(0)
  const candidates = db.selectFrom(matching.as('m')).selectAll('m').orderBy('m.id', 'desc').limit(SIMILAR_CANDIDATES)
  // Ranked after the cut, so only the candidates are scored.
  const ranked = db
    .selectFrom(candidates.as('t'))
    .select(['t.id', 't.title', 't.has_expert_answer', 't.reply_count', sql<number>`ts_rank_cd(t.title_search, ${tsquery}, 1)`.as('rank')])
    .orderBy('rank', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit * 2)
  // A thread written up as a knowledge-base entry is offered as that entry (found alongside).
  // Checked on the best few only: one index probe each, not a pass over every entry.
  return db
    .selectFrom(ranked.as('r'))
    .selectAll('r')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('kb_entries as e').select('e.id').whereRef('e.source_thread_id', '=', 'r.id').where('e.withdrawn_at', 'is', null))))
    .orderBy('r.rank', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
}

export interface SimilarQuestion {
  kind: 'entry' | 'thread'
  id: string
  title: string
  solved: boolean
  expert: boolean
  replies: number
}

/**
 * What a member writing a new question is offered: knowledge-base entries first (reviewed
 * answers), then solved threads, up to `limit` in all. One statement, as it runs on every key press.
 */
export async function findSimilarQuestions(db: DB, text: string, limit = 5): Promise<SimilarQuestion[]> {
  const terms = similarQueryText(text)
  if (!terms) return []
  const config = await getSearchConfig(db)
  const tsquery = sql`to_tsquery(${config}::regconfig, ${terms})`
  const entries = db
    .selectFrom(similarEntriesQuery(db, tsquery, limit).as('e'))
    .select([sql<SimilarQuestion['kind']>`'entry'`.as('kind'), 'e.id', 'e.title', sql<boolean>`false`.as('expert'), sql<number>`0`.as('replies'), 'e.rank', sql<number>`0`.as('list')])
  const threads = db
    .selectFrom(similarThreadsQuery(db, tsquery, limit).as('t'))
    .select([sql<SimilarQuestion['kind']>`'thread'`.as('kind'), 't.id', 't.title', 't.has_expert_answer as expert', 't.reply_count as replies', 't.rank', sql<number>`1`.as('list')])
  const rows = await db
    .selectFrom(entries.unionAll(threads).as('u'))
    .select(['u.kind', 'u.id', 'u.title', 'u.expert', 'u.replies'])
    .orderBy('u.list')
    .orderBy('u.rank', 'desc')
    .orderBy('u.id', 'desc')
    .limit(limit)
    .execute()
  // Entries and the threads offered are all answered: both lists hold solved questions only.
  return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, solved: true, expert: r.expert, replies: Number(r.replies) }))
}
