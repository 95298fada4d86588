import { afterAll, beforeAll, expect, test } from 'vitest'
import { openDatabase, type DbHandle } from '#db/client.server'
import { createMember, createThreadAs } from '../fixtures/factories'
import { startPgProxy, type PgProxy } from '../fixtures/pg-proxy'
import { createPgSchema, terminateBackends, withApplicationName } from '../fixtures/pg-schema'
import { startServerProcess, type RunningServer } from '../fixtures/server-process'

// The database goes away under a running server: every backend terminated mid-load, then the
// server unreachable as in a restart. The process must live through both, answer 503 (a
// translated page, /healthz too) while it lasts, and serve again within 5 s without a restart.
// PostgreSQL only: PGlite runs inside the process and cannot go away on its own.
const databaseUrl = process.env.DATABASE_URL
const appName = `teduh_outage_${process.pid}`
let schema: Awaited<ReturnType<typeof createPgSchema>> | undefined
let proxy: PgProxy | undefined
let server: RunningServer | undefined
let handle: DbHandle | undefined
const pages = ['/search?q=cuti', '/c/cuti', '/healthz']

beforeAll(async () => {
  if (!databaseUrl) return
  schema = await createPgSchema(databaseUrl, 'outage')
  const target = new URL(databaseUrl)
  proxy = await startPgProxy({ host: target.hostname, port: Number(target.port || 5432) })
  const proxied = new URL(withApplicationName(databaseUrl, appName))
  proxied.hostname = '127.0.0.1'
  proxied.port = String(proxy.port)
  server = await startServerProcess({ DATABASE_URL: proxied.toString(), DATABASE_SCHEMA: schema.schema, LOG_LEVEL: 'error' })
  handle = await openDatabase({ databaseUrl, schema: schema.schema })
  const { seedCategories } = await import('~/services/seed.server')
  await seedCategories(handle.db)
  const author = await createMember(handle.db)
  await createThreadAs(handle.db, author, { title: 'Cuti tahunan yang belum diambil', body: 'Bagaimana aturan cuti tahunan yang belum diambil?' })
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await handle?.close()
  await proxy?.close()
  await schema?.drop()
})

/** Requests `paths` round-robin from several workers until `until` resolves; tallies what came back. */
async function load(until: Promise<unknown>, workers = 6) {
  const statuses = new Map<number, number>()
  const failures: string[] = []
  let done = false
  void until.then(() => (done = true))
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; !done; i++) {
        try {
          const response = await fetch(server!.url + pages[i % pages.length])
          await response.arrayBuffer()
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        } catch (error) {
          failures.push((error as Error).cause ? String((error as Error).cause) : String(error))
        }
      }
    }),
  )
  return { statuses, failures }
}

async function timeUntilServing(path: string, limitMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const response = await fetch(server!.url + path).catch(() => null)
    if (response?.status === 200) return Date.now() - started
    await new Promise((r) => setTimeout(r, 50))
  }
  return Infinity
}

test.runIf(!!databaseUrl)('every backend terminated mid-load: no 500, no dropped socket, the same process serves again', async () => {
  let terminated = 0
  const terminations = (async () => {
    for (let round = 0; round < 8; round++) {
      await new Promise((r) => setTimeout(r, 400))
      terminated += await terminateBackends(databaseUrl!, appName)
      terminated += await terminateBackends(databaseUrl!, `${appName}:listen`)
    }
  })()
  const { statuses, failures } = await load(terminations)
  console.log(`pg_terminate_backend mid-load: ${terminated} backends terminated; answers ${JSON.stringify(Object.fromEntries(statuses))}`)
  expect(terminated).toBeGreaterThan(8)
  expect(failures).toEqual([])
  expect(statuses.get(500) ?? 0).toBe(0)
  expect([...statuses.keys()].every((s) => s === 200 || s === 503)).toBe(true)
  expect(server!.process.exitCode).toBeNull()
  const recovery = await timeUntilServing('/search?q=cuti', 5_000)
  console.log(`serving again ${recovery} ms after the last termination`)
  expect(recovery).toBeLessThan(5_000)
  expect(await timeUntilServing('/healthz', 5_000)).toBeLessThan(5_000)
}, 60_000)

test.runIf(!!databaseUrl)('while the database is unreachable: /healthz and pages answer 503, translated; back within 5 s', async () => {
  await proxy!.down()
  const health = await fetch(`${server!.url}/healthz`)
  expect(health.status).toBe(503)
  expect(await health.json()).toMatchObject({ status: 'database unavailable' })

  const page = await fetch(`${server!.url}/search?q=cuti`)
  expect(page.status).toBe(503)
  expect(page.headers.get('Content-Type')).toContain('text/html')
  expect(page.headers.get('Retry-After')).toBe('5')
  const html = await page.text()
  expect(html).toContain('<html lang="id"')
  expect(html).toContain('Layanan sedang tidak tersedia')
  const english = await (await fetch(`${server!.url}/search?q=cuti`, { headers: { 'Accept-Language': 'en' } })).text()
  expect(english).toContain('Service temporarily unavailable')
  // A signed-in request (the session is read from the database) gets the same page, not a 500.
  expect((await fetch(`${server!.url}/me`, { headers: { Cookie: '__Host-teduh_session=abcdef.ghijkl' }, redirect: 'manual' })).status).toBe(503)
  const form = await fetch(`${server!.url}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.c&password=x' })
  expect(form.status).not.toBe(500)

  await new Promise((r) => setTimeout(r, 2_000))
  expect(server!.process.exitCode).toBeNull()
  await proxy!.up()
  const recovery = await timeUntilServing('/search?q=cuti', 5_000)
  const healthy = await timeUntilServing('/healthz', 5_000)
  console.log(`database back: pages served after ${recovery} ms, /healthz (live updates included) 200 after ${healthy} ms`)
  expect(recovery).toBeLessThan(5_000)
  expect(healthy).toBeLessThan(5_000)
}, 60_000)
