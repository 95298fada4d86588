// `npm run bench`: realistic volume, the production server under autocannon, two baselines,
// ratios, peak RSS, and the scaling check. Not part of the tests. Results: bench-results/.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { migrateToLatest, openDatabase, type DbHandle } from '#db/client.server'
import { seedCategories } from '~/services/seed.server'
import { freePort } from '../../tests/fixtures/server-process'
import { growTo, hundredAnswerThread, knowledgeBaseVolume } from './data'
import { similarQuestionsRun } from './similar'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 50
const databaseUrl = process.env.DATABASE_URL || undefined
const schema = databaseUrl ? 'bench' : undefined
const dataDir = path.resolve('.cache/bench-pglite')
const serverEnv = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  TEDUH_SECRET: 'bench-secret',
  RATE_LIMIT_MULTIPLIER: '100000',
  INSECURE_COOKIES: '1',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir, DATABASE_URL: '' }),
}

async function openBenchDb(fresh: boolean): Promise<DbHandle> {
  if (databaseUrl) {
    if (fresh) {
      const admin = new pg.Client({ connectionString: databaseUrl })
      await admin.connect()
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`)
      await admin.end()
    }
    return openDatabase({ databaseUrl, schema })
  }
  if (fresh) rmSync(dataDir, { recursive: true, force: true })
  return openDatabase({ dataDir })
}

function start(args: string[], env: Record<string, string | undefined>): Promise<{ child: ChildProcess; url: string }> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { env: { ...serverEnv, ...env, PORT: String(port) } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        const onData = (d: Buffer) => {
          output += d
          if (/ready|running at/.test(output)) resolve({ child, url: `http://127.0.0.1:${port}` })
        }
        child.stdout!.on('data', onData)
        child.stderr!.on('data', (d) => (output += d))
        child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
      }),
  )
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

const peakRss = (child: ChildProcess) => {
  try {
    const kb = Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1])
    return Math.round(kb / 1024)
  } catch {
    return null
  }
}

interface Measure {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

async function measure(name: string, options: autocannon.Options, seconds = SECONDS): Promise<Measure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options })
  // A form post answers 302 (redirect to the new post): counted as success for that run.
  const failures = options.method === 'POST' ? result.errors + result.timeouts + (result['5xx'] ?? 0) + (result['4xx'] ?? 0) : result.errors + result.timeouts + result.non2xx
  const m = { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: failures, non2xx: result.non2xx }
  console.log(`  ${name.padEnd(34)} ${String(m.rps).padStart(7)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}`)
  return m
}

async function login(url: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>()
  const keep = (r: Response) => r.headers.getSetCookie().forEach((c) => {
    const [pair] = c.split(';')
    const [k, ...v] = pair!.split('=')
    jar.set(k!, v.join('='))
  })
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const page = await fetch(`${url}/login`)
  keep(page)
  const token = (await page.text()).match(/name="csrf" value="([^"]+)"/)![1]!
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie() },
    body: new URLSearchParams({ csrf: token, email: 'bench1@bench.test', password: 'bench-password-1' }),
  })
  keep(res)
  const home = await fetch(`${url}/`, { headers: { Cookie: cookie() } })
  keep(home)
  const csrf = (await home.text()).match(/name="csrf" value="([^"]+)"/)![1]!
  return { cookie: cookie(), csrf }
}

async function scalingProbe(label: string, threadCategory = 'cuti') {
  const server = await start(['server.js'], {})
  const results = [
    await measure(`category list @ ${label}`, { url: `${server.url}/c/${threadCategory}` }, 5),
    await measure(`search @ ${label}`, { url: `${server.url}/search?q=pangkat` }, 5),
  ]
  await stop(server.child)
  return results
}

console.log(`Teduh bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${CONNECTIONS} connections, ${SECONDS} s per run`)

// 1. 10k posts, the scaling probe.
let handle = await openBenchDb(true)
await migrateToLatest(handle.db)
await seedCategories(handle.db)
console.log('preparing 500 members, 1,000 threads, 10,000 posts…')
await growTo(handle.db, { members: 500, threads: 1000, posts: 10_000 })
const threadId = await hundredAnswerThread(handle.db)
const postThreadId = (await handle.db.selectFrom('threads').select('id').where('id', '!=', threadId).orderBy('id').limit(1).executeTakeFirstOrThrow()).id
await handle.close()
const small = await scalingProbe('10k posts')

// 2. 200k posts.
handle = await openBenchDb(false)
console.log('growing to 5,000 members, 10,000 threads, 200,000 posts…')
const t0 = Date.now()
await growTo(handle.db, { members: 5000, threads: 10_000, posts: 200_000 })
await knowledgeBaseVolume(handle.db, { entries: 300 })
console.log(`  (${Math.round((Date.now() - t0) / 1000)} s)`)
await handle.close()
const large = await scalingProbe('200k posts')

// 3. The app under load.
console.log('app (production build):')
const app = await start(['server.js'], {})
const page = await (await fetch(`${app.url}/t/${threadId}`)).text()
const session = await login(app.url)
const appResults = [
  await measure('thread, 100 answers, anonymous', { url: `${app.url}/t/${threadId}` }),
  await measure('thread, 100 answers, member', { url: `${app.url}/t/${threadId}`, headers: { cookie: session.cookie } }),
  await measure('category list', { url: `${app.url}/c/cuti` }),
  await measure('search', { url: `${app.url}/search?q=pangkat` }),
  // Replies go to another thread, so the 100-answer thread stays at 100 for the baselines.
  await measure('post a reply (302 = success)', {
    url: `${app.url}/t/${postThreadId}`,
    method: 'POST',
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
    requests: [
      {
        method: 'POST',
        path: `/t/${postThreadId}`,
        setupRequest: (req) => ({
          ...req,
          body: new URLSearchParams({ csrf: session.csrf, intent: 'publish', body: `Balasan uji beban ${Math.random().toString(36).slice(2)} tentang cuti.` }).toString(),
        }),
      },
    ],
  }),
  // What typing a new question's title calls (issue 18.3): goal p99 < 100 ms at 20 connections.
  await similarQuestionsRun(app.url, SECONDS),
]
const appRss = peakRss(app.child)
await stop(app.child)

// 4. Baselines.
console.log('baselines:')
const ceiling = await start(['node_modules/tsx/dist/cli.mjs', 'scripts/bench/baselines.ts', 'ceiling'], { SIZE: String(Buffer.byteLength(page)) })
const ceilingResult = await measure('ceiling: node:http fixed page', { url: ceiling.url })
await stop(ceiling.child)
const lean = await start(['node_modules/tsx/dist/cli.mjs', 'scripts/bench/baselines.ts', 'lean'], { THREAD_ID: threadId })
const leanResult = await measure('lean: 1 query + template', { url: lean.url })
const leanRss = peakRss(lean.child)
await stop(lean.child)

const rows = [...appResults, ceilingResult, leanResult].map((m) => ({
  ...m,
  ofCeiling: +(m.rps / ceilingResult.rps).toFixed(3),
  ofLean: +(m.rps / leanResult.rps).toFixed(3),
}))
console.log('\n| measurement | req/s | p50 ms | p99 ms | errors | × ceiling | × lean |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) console.log(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ofCeiling} | ${r.ofLean} |`)
console.log(`\npeak RSS: app ${appRss} MiB, lean ${leanRss} MiB; thread page ${Math.round(Buffer.byteLength(page) / 1024)} KiB HTML`)
console.log('\nscaling (p50 ms): ' + ['category list', 'search'].map((n, i) => `${n} ${small[i]!.p50} → ${large[i]!.p50}`).join('; '))
const target = rows[0]!
console.log(`target: anonymous 100-answer thread at ${target.ofLean} of the lean limit (goal ≥ 0.3), p99 ${target.p99} ms (goal < 200 ms)`)

mkdirSync('bench-results', { recursive: true })
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
writeFileSync(
  file,
  JSON.stringify({ engine: databaseUrl ? 'postgres' : 'pglite', cpus: os.cpus().length, connections: CONNECTIONS, seconds: SECONDS, rows, peakRssMiB: { app: appRss, lean: leanRss }, pageBytes: Buffer.byteLength(page), scaling: { small, large } }, null, 2),
)
console.log(`written: ${file}`)
process.exit(0)
