// `npx tsx scripts/bench/pglite-memory.ts [--postgres-defaults]`: PGlite's WebAssembly heap
// (it only grows, so its size is the peak) while the queries of the heaviest pages run, on the
// bench folder grown to 200,000 posts (by `npm run bench` or `npm run bench:similar`). With
// --postgres-defaults PGlite runs with PostgreSQL's own settings, for the before/after.
import { PGLITE_SETTINGS, migrateToLatest, openDatabase } from '#db/client.server'
import { listThreads, findCategoryBySlug } from '~/models/threads.server'
import { searchThreads, findSimilarQuestions } from '~/models/search.server'
import { loadThreadView } from '~/services/thread-view.server'
import { growTo, hundredAnswerThread, knowledgeBaseVolume } from './data'
import { dataDir } from './harness'
import { seedCategories } from '~/services/seed.server'
import type { Actor } from '~/policies'

const defaults = process.argv.includes('--postgres-defaults')
const handle = await openDatabase({ dataDir, pgliteSettings: defaults ? [] : PGLITE_SETTINGS })
const { db } = handle
const heapMiB = () => Math.round(handle.heapBytes!() / 2 ** 20)
const rssMiB = () => Math.round(process.memoryUsage().rss / 2 ** 20)
console.log(`PGlite with ${defaults ? "PostgreSQL's default settings" : PGLITE_SETTINGS.join(', ')}; heap at open ${heapMiB()} MiB`)

await migrateToLatest(db)
await seedCategories(db)
await growTo(db, { members: 5000, threads: 10_000, posts: 200_000 })
await knowledgeBaseVolume(db, { entries: 300 })
const threadId = await hundredAnswerThread(db)
console.log(`  data ready: heap ${heapMiB()} MiB`)

const category = (await findCategoryBySlug(db, 'cuti'))!
const member = await db.selectFrom('users').select(['id', 'pseudonym', 'created_at', 'reputation']).where('email', '=', 'bench1@bench.test').executeTakeFirstOrThrow()
const actor: Actor = { id: member.id, pseudonym: member.pseudonym, roles: ['member'], suspendedUntil: null, createdAt: member.created_at, reputation: member.reputation }
let peakRss = rssMiB()
const t0 = Date.now()
for (let round = 0; round < 30; round++) {
  await loadThreadView(db, threadId, { actor, locale: 'id', sort: 'best', afterId: null, page: 1 })
  await listThreads(db, { categoryId: category.id, sort: 'activity', filter: 'all', limit: 20 })
  await searchThreads(db, { query: round % 2 ? 'pangkat' : 'cuti tahunan' })
  await findSimilarQuestions(db, `Bagaimana cuti tahunan untuk pensiun ${round}`)
  peakRss = Math.max(peakRss, rssMiB())
}
console.log(`  after 30 rounds of thread, category, search and similar questions (${Date.now() - t0} ms): heap ${heapMiB()} MiB, peak process RSS ${peakRss} MiB`)
await handle.close()
