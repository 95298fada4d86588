import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { getSearchConfig } from './settings.server'


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
  // Rank every match (cheap, from the GIN index), keep the best few, and only then build the
  // snippets: ts_headline re-parses each body and was the cost that grew with the data.
  let best = db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['p.id', sql<number>`ts_rank_cd(p.search, ${tsquery})`.as('rank')])
    .where(sql<boolean>`p.search @@ ${tsquery}`)
    .where('p.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .where('t.deleted_at', 'is', null)
    .where('t.hidden_at', 'is', null)
  if (o.categoryId) best = best.where('t.category_id', '=', o.categoryId)
  return db
    .with('best', () => best.orderBy('rank', 'desc').orderBy('p.id', 'desc').limit(o.limit ?? 30))
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
