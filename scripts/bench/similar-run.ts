// `npm run bench:similar`: only the similar-questions latency run, on the bench database
// (grown to 10,000 threads / 200,000 posts on first use, as `npm run bench` grows it).
import os from 'node:os'
import { migrateToLatest } from '#db/client.server'
import { seedCategories } from '~/services/seed.server'
import { growTo, knowledgeBaseVolume } from './data'
import { databaseUrl, openBenchDb, SECONDS, start, stop } from './harness'
import { similarQuestionsRun } from './similar'

const handle = await openBenchDb(false)
await migrateToLatest(handle.db)
await seedCategories(handle.db)
console.log(`similar questions on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
const t0 = Date.now()
await growTo(handle.db, { members: 5000, threads: 10_000, posts: 200_000 })
await knowledgeBaseVolume(handle.db, { entries: 300 })
console.log(`  data ready (${Math.round((Date.now() - t0) / 1000)} s)`)
await handle.close()

const server = await start(['server.js'], { WEB_CONCURRENCY: process.env.WEB_CONCURRENCY })
await fetch(`${server.url}/similar-questions?q=cuti`) // warm up
await similarQuestionsRun(server.url, SECONDS)
// One connection: what a single request costs when nothing queues in front of it.
await similarQuestionsRun(server.url, 5, 1)
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
await stop(server.child)
process.exit(0)
