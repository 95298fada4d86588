// `npm run bench:similar`: only the similar-questions latency run, on the bench database
// (grown to 10,000 threads / 200,000 posts on first use, as `npm run bench` grows it).
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { migrateToLatest, openDatabase } from '#db/client.server'
import { seedCategories } from '~/services/seed.server'
import { freePort } from '../../tests/fixtures/server-process'
import { growTo, knowledgeBaseVolume } from './data'
import { similarQuestionsRun } from './similar'

const dataDir = path.resolve('.cache/bench-pglite')
const databaseUrl = process.env.DATABASE_URL || undefined
// Its own schema on PostgreSQL, so a full `npm run bench` (which drops 'bench') cannot pull it away.
const SCHEMA = 'bench_similar'
if (databaseUrl) {
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`create schema if not exists ${SCHEMA}`)
  await admin.end()
}
const handle = databaseUrl ? await openDatabase({ databaseUrl, schema: SCHEMA }) : await openDatabase({ dataDir })
await migrateToLatest(handle.db)
await seedCategories(handle.db)
console.log(`similar questions on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
const t0 = Date.now()
await growTo(handle.db, { members: 5000, threads: 10_000, posts: 200_000 })
await knowledgeBaseVolume(handle.db, { entries: 300 })
console.log(`  data ready (${Math.round((Date.now() - t0) / 1000)} s)`)
await handle.close()

const port = await freePort()
const env = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'warn', TEDUH_SECRET: 'bench-secret', RATE_LIMIT_MULTIPLIER: '100000', PORT: String(port), ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: SCHEMA } : { DATA_DIR: dataDir, DATABASE_URL: '' }) }
const child = spawn(process.execPath, ['server.js'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
await new Promise<void>((resolve, reject) => {
  let out = ''
  const on = (d: Buffer) => {
    out += d
    if (/ready|running at/.test(out)) resolve()
  }
  child.stdout!.on('data', on)
  child.stderr!.on('data', on)
  child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
})
const url = `http://127.0.0.1:${port}`
await fetch(`${url}/similar-questions?q=cuti`) // warm up
await similarQuestionsRun(url, Number(process.env.BENCH_SECONDS ?? 10))
// One connection: what a single request costs when nothing queues in front of it.
await similarQuestionsRun(url, 5, 1)
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
child.removeAllListeners('exit')
child.kill('SIGTERM')
process.exit(0)
