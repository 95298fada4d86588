import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { getSearchConfig } from './settings.server'


/** Most matches ranked for one query (the newest ones when a word is everywhere). */
export const MATCH_CAP = 1000

export interface SearchOptions {
  query: string
  categoryId?: number | null
  limit?: number
}

/**
 * Full-text search over titles and bodies of visible posts, best match first, with a
 * highlighted snippet. Deleted or hidden posts and threads never appear.
 */
export async function searchPosts(db: DB, o: SearchOptions) {
  const config = await getSearchConfig(db)
  const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${o.query})`
  // Ranking runs over the newest MATCH_CAP matches only, and snippets only for the best few:
  // a very common word would otherwise rank (and ts_headline re-parse) most of the forum.
  let candidates = db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['p.id', 'p.search'])
    .where(sql<boolean>`p.search @@ ${tsquery}`)
    .where('p.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .where('t.deleted_at', 'is', null)
    .where('t.hidden_at', 'is', null)
  if (o.categoryId) candidates = candidates.where('t.category_id', '=', o.categoryId)
  return db
    .with('candidates', () => candidates.orderBy('p.id', 'desc').limit(MATCH_CAP))
    .with('best', (qb) =>
      qb
        .selectFrom('candidates as m')
        .select(['m.id', sql<number>`ts_rank_cd(m.search, ${tsquery})`.as('rank')])
        .orderBy('rank', 'desc')
        .orderBy('m.id', 'desc')
        .limit(o.limit ?? 30),
    )
    .selectFrom('best as b')
    .innerJoin('posts as p', 'p.id', 'b.id')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .select([
      'p.id as post_id',
      'p.is_opening',
      't.id as thread_id',
      't.title',
      'c.slug as category_slug',
      'c.name_id as category_name_id',
      'c.name_en as category_name_en',
      'b.rank',
      sql<string>`ts_headline(${config}::regconfig, p.body_md, ${tsquery}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`.as('snippet'),
    ])
    .orderBy('b.rank', 'desc')
    .orderBy('p.id', 'desc')
    .execute()
}
