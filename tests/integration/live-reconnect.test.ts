import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openDatabase, type DbHandle } from '#db/client.server'
import type { TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, type TestMember } from '../fixtures/factories'
import { createPgSchema, terminateBackends, withApplicationName } from '../fixtures/pg-schema'
import { httpApp, startServerProcess, type RunningServer } from '../fixtures/server-process'

// Live updates survive an outage of the LISTEN connection: its backend is killed again and again
// for 5 s, /healthz says so meanwhile, and afterwards a crisis post still reaches an open /mod
// stream, exactly once (one listener, not two). PostgreSQL only (pg_terminate_backend).
const databaseUrl = process.env.DATABASE_URL
const appName = `teduh_live_${process.pid}`
let schema: Awaited<ReturnType<typeof createPgSchema>> | undefined
let server: RunningServer | undefined
let handle: DbHandle | undefined

beforeAll(async () => {
  if (!databaseUrl) return
  schema = await createPgSchema(databaseUrl, 'relive')
  server = await startServerProcess({ DATABASE_URL: withApplicationName(databaseUrl, appName), DATABASE_SCHEMA: schema.schema, LOG_LEVEL: 'error' })
  handle = await openDatabase({ databaseUrl, schema: schema.schema })
  const { seedCategories } = await import('~/services/seed.server')
  await seedCategories(handle.db)
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await handle?.close()
  await schema?.drop()
})

async function login(who: TestMember) {
  const client = new Client(httpApp(server!.url) as unknown as TestApp)
  expect((await client.post('/login', { email: who.email, password: who.password })).status).toBe(302)
  return client
}

async function listenerBackends(): Promise<number> {
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  const { rows } = await admin.query<{ n: string }>('select count(*) as n from pg_stat_activity where application_name = $1', [`${appName}:listen`])
  await admin.end()
  return Number(rows[0]!.n)
}

test.runIf(!!databaseUrl)('after 5 s without its LISTEN connection, a crisis post reaches an open /mod stream exactly once', async () => {
  const moderator = await createMember(handle!.db, { roles: ['moderator'] })
  const writer = await createMember(handle!.db)
  const modClient = await login(moderator)
  const writerClient = await login(writer)
  const cookie = [...modClient.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  expect(await listenerBackends()).toBe(1)

  const stream = await fetch(`${server!.url}/events/mod`, { headers: { Cookie: cookie } })
  expect(stream.status).toBe(200)
  const reader = stream.body!.getReader()
  const decoder = new TextDecoder()
  let received = ''
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (chunk.done) break
      received += decoder.decode(chunk.value)
    }
  })()

  // The outage: whenever the listener is back, its backend is killed again, for 5 s.
  let killed = 0
  const unhealthy = new Set<string>()
  const started = Date.now()
  while (Date.now() - started < 5_000) {
    killed += await terminateBackends(databaseUrl!, `${appName}:listen`)
    const health = await fetch(`${server!.url}/healthz`)
    if (health.status === 503) unhealthy.add((await health.json()).status)
    else await health.arrayBuffer()
    await new Promise((r) => setTimeout(r, 100))
  }
  expect(killed).toBeGreaterThan(1)
  expect(unhealthy).toContain('live updates unavailable')

  // Back within 5 s, with one listener.
  const back = Date.now()
  while ((await fetch(`${server!.url}/healthz`)).status !== 200 && Date.now() - back < 5_000) await new Promise((r) => setTimeout(r, 100))
  console.log(`listener killed ${killed} times over 5 s; /healthz 200 again ${Date.now() - back} ms later`)
  expect(Date.now() - back).toBeLessThan(5_000)
  expect(await listenerBackends()).toBe(1)

  const posted = await writerClient.post('/new', { category: 'kesejahteraan', title: 'Saya sudah tidak sanggup lagi', body: 'Rasanya saya ingin mengakhiri hidup saja, saya tidak kuat lagi.', intent: 'publish' })
  expect(posted.location).toMatch(/^\/support\?post=\d+$/)
  const deadline = Date.now() + 10_000
  while (!/event: queue\ndata: crisis:/.test(received) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  await new Promise((r) => setTimeout(r, 1_000)) // a duplicate would arrive right behind it
  await reader.cancel().catch(() => {})
  await reading
  expect(received.match(/event: queue\ndata: crisis:/g) ?? []).toHaveLength(1)
  // The open page was told to reload once, for whatever it missed meanwhile.
  expect(received).toContain('event: resync')
  expect(server!.process.exitCode).toBeNull()
}, 60_000)
