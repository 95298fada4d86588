// `npm run bench`: realistic volume, the production server under autocannon, two baselines,
// ratios, peak RSS, and the scaling check. Not part of the tests. Results: bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { migrateToLatest } from '#db/client.server'
import { seedCategories } from '~/services/seed.server'
import { growTo, hundredAnswerThread, knowledgeBaseVolume } from './data'
import { CONNECTIONS, SECONDS, databaseUrl, login, measure, openBenchDb, peakRss, start, stop } from './harness'
import { similarQuestionsRun } from './similar'

/** A category page N "next" links deep (keyset pagination: deep pages should cost what the first does). */
async function deepCategoryUrl(url: string, hops: number) {
  let path = '/c/cuti'
  for (let i = 0; i < hops; i++) {
    const next = (await (await fetch(`${url}${path}`)).text()).match(/href="(\/c\/cuti\?after=[^"]+)"/)?.[1]
    if (!next) break
    path = next.replace(/&amp;/g, '&')
  }
  return path
}

async function scalingProbe(label: string, rareWord: string) {
  const server = await start(['server.js'], {})
  const session = await login(server.url)
  const member = { cookie: session.cookie }
  const deep = await deepCategoryUrl(server.url, 20)
  const results = [
    await measure(`category list @ ${label}`, { url: `${server.url}/c/cuti`, headers: member }, 5),
    await measure(`category, 20 pages deep @ ${label}`, { url: `${server.url}${deep}`, headers: member }, 5),
    await measure(`search, common word @ ${label}`, { url: `${server.url}/search?q=pangkat`, headers: member }, 5),
    await measure(`search, rare word @ ${label}`, { url: `${server.url}/search?q=${rareWord}`, headers: member }, 5),
    await measure(`thread (member) @ ${label}`, { url: `${server.url}/t/${scalingThreadId}`, headers: member }, 5),
    await measure(`home (member) @ ${label}`, { url: `${server.url}/`, headers: member }, 5),
  ]
  await stop(server.child)
  return results
}

/** The pages that cannot be shared, and posting, on one app (WEB_CONCURRENCY workers on PostgreSQL). */
async function memberRuns(url: string, session: { cookie: string; csrf: string }, suffix: string) {
  return [
    await measure(`thread, 100 answers, member${suffix}`, { url: `${url}/t/${threadId}`, headers: { cookie: session.cookie } }),
    await measure(`category list, member${suffix}`, { url: `${url}/c/cuti`, headers: { cookie: session.cookie } }),
    await measure(`search, member${suffix}`, { url: `${url}/search?q=pangkat`, headers: { cookie: session.cookie } }),
    // Replies go to another thread, so the 100-answer thread stays at 100 for the baselines.
    await measure(`post a reply (302 = success)${suffix}`, {
      url: `${url}/t/${postThreadId}`,
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: url },
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
  ]
}

/**
 * Replies posted one after another through `writer`, read on an open thread stream of `reader`
 * (another process on PostgreSQL): milliseconds from the POST's answer to the event's arrival.
 */
async function liveLatency(reader: string, writer: string, count: number) {
  const session = await login(writer)
  const stream = await fetch(`${reader}/events/thread/${postThreadId}`)
  const body = stream.body!.getReader()
  const arrived = new Map<string, number>()
  let buffer = ''
  const pump = (async () => {
    for (;;) {
      const chunk = await body.read().catch(() => ({ done: true as const, value: undefined }))
      if (chunk.done) return
      buffer += new TextDecoder().decode(chunk.value)
      for (const m of buffer.matchAll(/data: post\.created:(\d+)/g)) if (!arrived.has(m[1]!)) arrived.set(m[1]!, performance.now())
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1)
    }
  })()
  await new Promise((r) => setTimeout(r, 500))
  const acknowledged = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${writer}/t/${postThreadId}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: writer },
      body: new URLSearchParams({ csrf: session.csrf, intent: 'publish', body: `Balasan langsung ${i} ${Math.random().toString(36).slice(2)} tentang mutasi.` }),
    })
    const id = res.headers.get('location')?.split('#p')[1]
    if (id) acknowledged.set(id, performance.now())
  }
  const deadline = Date.now() + 5_000
  while ([...acknowledged.keys()].some((id) => !arrived.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  await body.cancel().catch(() => {})
  await pump
  const delays = [...acknowledged].filter(([id]) => arrived.has(id)).map(([id, at]) => Math.max(0, arrived.get(id)! - at)).sort((x, y) => x - y)
  const pct = (q: number) => Math.round(delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? NaN)
  return { posted: acknowledged.size, arrived: delays.length, p50: pct(0.5), p99: pct(0.99) }
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
const scalingThreadId = postThreadId
const small = await scalingProbe('10k posts', '777')

// 2. 200k posts.
handle = await openBenchDb(false)
console.log('growing to 5,000 members, 10,000 threads, 200,000 posts…')
const t0 = Date.now()
await growTo(handle.db, { members: 5000, threads: 10_000, posts: 200_000 })
await knowledgeBaseVolume(handle.db, { entries: 300 })
console.log(`  (${Math.round((Date.now() - t0) / 1000)} s)`)
await handle.close()
const large = await scalingProbe('200k posts', '777')

// 3. The app under load.
console.log('app (production build):')
const app = await start(['server.js'], {})
const page = await (await fetch(`${app.url}/t/${threadId}`)).text()
const session = await login(app.url)
const appResults = [
  await measure('thread, 100 answers, anonymous', { url: `${app.url}/t/${threadId}` }),
  ...(await memberRuns(app.url, session, '')),
  // What typing a new question's title calls (issue 18.3): goal p99 < 100 ms at 20 connections.
  await similarQuestionsRun(app.url, SECONDS),
]
const appRss = peakRss(app.child)

// 3b. Live updates: on PostgreSQL written through one process and read on another; on PGlite both in the one.
let live: Awaited<ReturnType<typeof liveLatency>>
if (databaseUrl) {
  await stop(app.child)
  const [reader, writer] = [await start(['server.js'], {}), await start(['server.js'], {})]
  live = await liveLatency(reader.url, writer.url, 200)
  await Promise.all([stop(reader.child), stop(writer.child)])
} else {
  live = await liveLatency(app.url, app.url, 200)
  await stop(app.child)
}
const pgliteHeap = Number(app.output().match(/PGlite heap at shutdown: (\d+) MiB/)?.[1] ?? NaN)
console.log(`  live: ${live.arrived}/${live.posted} replies arrived; POST answered → event: p50 ${live.p50} ms, p99 ${live.p99} ms`)

// 3c. Two workers (PostgreSQL only: PGlite is one process).
let twoWorkers: Awaited<ReturnType<typeof memberRuns>> = []
if (databaseUrl) {
  const cluster = await start(['server.js'], { WEB_CONCURRENCY: '2' })
  twoWorkers = await memberRuns(cluster.url, await login(cluster.url), ' (2 workers)')
  await stop(cluster.child)
}

// 4. Baselines.
console.log('baselines:')
const ceiling = await start(['node_modules/tsx/dist/cli.mjs', 'scripts/bench/baselines.ts', 'ceiling'], { SIZE: String(Buffer.byteLength(page)) })
const ceilingResult = await measure('ceiling: node:http fixed page', { url: ceiling.url })
await stop(ceiling.child)
const lean = await start(['node_modules/tsx/dist/cli.mjs', 'scripts/bench/baselines.ts', 'lean'], { THREAD_ID: threadId })
const leanResult = await measure(`lean: 1 query + template (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`, { url: lean.url })
const leanRss = peakRss(lean.child)
await stop(lean.child)

const rows = [...appResults, ...twoWorkers, ceilingResult, leanResult].map((m) => ({
  ...m,
  ofCeiling: +(m.rps / ceilingResult.rps).toFixed(3),
  ofLean: +(m.rps / leanResult.rps).toFixed(3),
}))
console.log('\n| measurement | req/s | p50 ms | p99 ms | errors | × ceiling | × lean |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) console.log(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ofCeiling} | ${r.ofLean} |`)
console.log(`\npeak RSS: app ${appRss} MiB, lean ${leanRss} MiB; thread page ${Math.round(Buffer.byteLength(page) / 1024)} KiB HTML`)
if (databaseUrl) console.log(`goal: app process peak RSS ${appRss} MiB (< 250 MiB)`)
else console.log(`goal: PGlite heap ${pgliteHeap} MiB at the end of the run, its peak (< 300 MiB); process peak RSS ${appRss} MiB`)
console.log('\nscaling, p50 ms at 10k → 200k posts (goal: within 1.5×):')
small.forEach((m, i) => {
  const big = large[i]!
  console.log(`  ${m.name.split(' @ ')[0]!.padEnd(28)} ${m.p50} → ${big.p50}  (${(big.p50 / Math.max(1, m.p50)).toFixed(2)}×)`)
})
const row = (name: string) => rows.find((r) => r.name === name)
const goal = (name: string, minLean: number, maxP99: number) => {
  const r = row(name)
  if (r) console.log(`goal: ${name}: ${r.ofLean} × lean (≥ ${minLean}), p99 ${r.p99} ms (< ${maxP99} ms), errors ${r.errors}`)
}
console.log('')
goal('thread, 100 answers, anonymous', 0.3, 200)
for (const suffix of databaseUrl ? ['', ' (2 workers)'] : ['']) {
  goal(`thread, 100 answers, member${suffix}`, 0.5, databaseUrl ? 300 : 1000)
  goal(`category list, member${suffix}`, 0.5, databaseUrl ? 300 : 1000)
  goal(`search, member${suffix}`, 0.5, databaseUrl ? 300 : 1000)
  goal(`post a reply (302 = success)${suffix}`, 0, databaseUrl ? 500 : 1000)
}
console.log(`goal: live p99 ${live.p99} ms (< 250 ms)`)

mkdirSync('bench-results', { recursive: true })
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
writeFileSync(
  file,
  JSON.stringify({ engine: databaseUrl ? 'postgres' : 'pglite', cpus: os.cpus().length, connections: CONNECTIONS, seconds: SECONDS, rows, live, peakRssMiB: { app: appRss, lean: leanRss }, pgliteHeapMiB: databaseUrl ? null : pgliteHeap, pageBytes: Buffer.byteLength(page), scaling: { small, large } }, null, 2),
)
console.log(`written: ${file}`)
process.exit(0)
