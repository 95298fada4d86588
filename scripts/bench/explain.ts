// `DATABASE_URL=postgres://… npx tsx scripts/bench/explain.ts`, after `npm run bench` on PostgreSQL
// grew the `bench` schema to 200,000 posts: EXPLAIN (ANALYZE, BUFFERS) of every query the
// category list (first and a deep page), search (a common and a rare word), the member thread
// page and the home page run, captured from the app's own model and service functions.
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely'
import pg from 'pg'
import type { Database } from '#db/schema'
import { listCategories } from '~/models/categories.server'
import { searchThreads } from '~/models/search.server'
import { decodeCursor, findCategoryBySlug, listLatestThreads, listPinnedThreads, listThreads } from '~/models/threads.server'
import { loadThreadView } from '~/services/thread-view.server'
import type { Actor } from '~/policies'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('EXPLAIN needs DATABASE_URL (a PostgreSQL server with the bench schema)')
const pool = new pg.Pool({ connectionString: databaseUrl, options: '-c search_path=bench', max: 1 })
let captured: CompiledQuery[] = []
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query') captured.push(event.query)
  },
})

async function explainEach(title: string, run: () => Promise<unknown>) {
  captured = []
  await run()
  const queries = captured
  console.log(`\n### ${title}\n`)
  for (const query of queries) {
    const plan = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${query.sql}`, query.parameters as unknown[])
    const lines = plan.rows.map((r) => r['QUERY PLAN'])
    const time = lines.find((l) => l.startsWith('Execution Time'))
    console.log(`- \`${query.sql.replace(/\s+/g, ' ').slice(0, 110)}…\` — ${time}`)
    console.log('  ```')
    for (const line of lines.filter((l) => !/^(Planning|Execution) Time/.test(l)).slice(0, 14)) console.log(`  ${line}`)
    console.log('  ```')
  }
}

const { value: threadId } = await db.selectFrom('app_settings').select('value').where('key', '=', 'bench_thread').executeTakeFirstOrThrow()
const category = (await findCategoryBySlug(db, 'cuti'))!
const member = await db.selectFrom('users').select(['id', 'pseudonym', 'created_at', 'reputation']).where('email', '=', 'bench1@bench.test').executeTakeFirstOrThrow()
const actor: Actor = { id: member.id, pseudonym: member.pseudonym, roles: ['member'], suspendedUntil: null, createdAt: member.created_at, reputation: member.reputation }
const posts = await db.selectFrom('posts').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()
console.log(`bench schema: ${posts.n} posts`)

await explainEach('category list, first page', () =>
  Promise.all([listThreads(db, { categoryId: category.id, sort: 'activity', filter: 'all', limit: 20 }), listPinnedThreads(db, category.id)]),
)
let cursor: string | null = null
for (let i = 0; i < 20; i++) cursor = (await listThreads(db, { categoryId: category.id, sort: 'activity', filter: 'all', limit: 20, cursor: decodeCursor(cursor) })).next
await explainEach('category list, 20 pages deep', () => listThreads(db, { categoryId: category.id, sort: 'activity', filter: 'all', limit: 20, cursor: decodeCursor(cursor) }))
await explainEach('search, common word ("pangkat")', () => searchThreads(db, { query: 'pangkat' }))
await explainEach('search, rare word ("777")', () => searchThreads(db, { query: '777' }))
await explainEach('thread page, 100 answers, as a member', () => loadThreadView(db, threadId, { actor, locale: 'id', sort: 'best', afterId: null, page: 1 }))
await explainEach('home page', () => Promise.all([listCategories(db, 'id'), listLatestThreads(db, 10)]))
await db.destroy()
