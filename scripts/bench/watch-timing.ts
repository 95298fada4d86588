/**
 * Times the watch fan-out and digest building on an in-memory PGlite: WATCHERS members watch
 * one category and one thread; one new thread and one answer fan out to all of them; then
 * every one of them gets a digest built. `npx tsx scripts/bench/watch-timing.ts [watchers]`.
 */
import { sql } from 'kysely'
import { migrateToLatest, openDatabase } from '#db/client.server'
import { runDueJobs } from '~/lib/job-queue.server'
import { jobHandlers } from '~/services/job-handlers.server'

process.env.TEDUH_SECRET ??= 'bench-secret'
process.env.LOG_LEVEL ??= 'silent'
const watchers = Number(process.argv[2] ?? 2000)
const handle = await openDatabase({})
const db = handle.db
await migrateToLatest(db)
const { seedCategories } = await import('~/services/seed.server')
await seedCategories(db)
const category = (await db.selectFrom('categories').select('id').where('slug', '=', 'cuti').executeTakeFirstOrThrow()).id
await sql`insert into users (email, password_hash, pseudonym, pseudonym_key, created_at)
  select 'w' || g || '@bench.test', 'x', 'Pemantau' || g, 'pemantau' || g, now() - interval '30 days' from generate_series(0, ${watchers}) g`.execute(db)
const writer = (await db.selectFrom('users').select('id').where('email', '=', 'w0@bench.test').executeTakeFirstOrThrow()).id
const thread = await db.insertInto('threads').values({ category_id: category, author_id: writer, title: 'Utas bench' }).returning('id').executeTakeFirstOrThrow()
await sql`insert into watches (user_id, category_id) select id, ${category} from users where email <> 'w0@bench.test'`.execute(db)
await sql`insert into watches (user_id, thread_id) select id, ${thread.id} from users where email <> 'w0@bench.test'`.execute(db)
await sql`insert into email_preferences (user_id, digest, digest_from, updated_at) select id, 'daily', now() - interval '2 days', now() from users where email <> 'w0@bench.test'`.execute(db)

const { createThread, replyToThread } = await import('~/services/posts/publish.server')
const { findActor } = await import('~/models/users.server')
const actor = (await findActor(db, writer))!
const time = async (label: string, run: () => Promise<unknown>) => {
  const start = performance.now()
  await run()
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`)
}
const drain = async () => {
  while ((await runDueJobs(db, jobHandlers, 5000)) > 0) {
    // until the queue is empty
  }
}
await createThread(db, { actor, categorySlug: 'cuti', title: 'Pertanyaan baru untuk bench pantauan', body: 'Isi pertanyaan untuk bench.', tags: [], anonymous: false, piiDecision: 'keep' })
await time(`fan-out of a new thread to ${watchers} category watchers`, drain)
await db.deleteFrom('rate_limits').execute()
await replyToThread(db, { actor, threadId: thread.id, body: 'Jawaban untuk bench pantauan.', anonymous: false, piiDecision: 'keep' })
await time(`fan-out of an answer to ${watchers} thread watchers`, drain)
const { enqueueDueDigests } = await import('~/services/watching/emails.server')
await time(`digests for ${watchers} members (schedule, build, outbox, delivery to the log)`, async () => {
  while ((await enqueueDueDigests(db)) > 0) await drain()
})
const outbox = await db.selectFrom('email_outbox').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
console.log(`outbox rows: ${outbox.n}`)
await handle.close()
