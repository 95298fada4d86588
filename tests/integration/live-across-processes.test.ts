import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openDatabase, type DbHandle } from '#db/client.server'
import type { TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, createThreadAs } from '../fixtures/factories'
import { httpApp, startServerProcess, type RunningServer } from '../fixtures/server-process'

// Several app processes on one PostgreSQL: an event published by one reaches readers on the other
// through LISTEN/NOTIFY. Needs a PostgreSQL server (CI's second pass sets DATABASE_URL).
const databaseUrl = process.env.DATABASE_URL
const schema = `live_${randomBytes(5).toString('hex')}`
let first: RunningServer | undefined
let second: RunningServer | undefined
let handle: DbHandle | undefined

beforeAll(async () => {
  if (!databaseUrl) return
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const env = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema, TEDUH_SECRET: 'live-test-secret' }
  first = await startServerProcess(env)
  second = await startServerProcess(env)
  handle = await openDatabase({ databaseUrl, schema })
  const { seedCategories } = await import('~/services/seed.server')
  await seedCategories(handle.db)
}, 120_000)

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()])
  await handle?.close()
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`drop schema if exists ${schema} cascade`)
    await admin.end()
  }
})

test.runIf(!!databaseUrl)('a reply posted through one process reaches a reader connected to another', async () => {
  const asker = await createMember(handle!.db)
  const helper = await createMember(handle!.db)
  const { threadId } = await createThreadAs(handle!.db, asker)
  const reader = await fetch(`${second!.url}/events/thread/${threadId}`)
  expect(reader.headers.get('Content-Type')).toContain('text/event-stream')
  const body = reader.body!.getReader()
  const decoder = new TextDecoder()
  let received = ''
  const done = (async () => {
    const deadline = Date.now() + 10_000
    while (!/post\.created:\d+/.test(received) && Date.now() < deadline) {
      const chunk = await body.read()
      if (chunk.done) break
      received += decoder.decode(chunk.value)
    }
  })()
  const client = new Client(httpApp(first!.url) as unknown as TestApp)
  const login = await client.post('/login', { email: helper.email, password: helper.password })
  expect(login.status).toBe(302)
  const posted = await client.post(`/t/${threadId}`, { body: 'Dikirim lewat proses pertama, dibaca di proses kedua.', intent: 'publish' })
  expect(posted.status).toBe(302)
  const postId = posted.location!.split('#p')[1]
  await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))])
  await body.cancel().catch(() => {})
  expect(received).toContain(`event: thread\ndata: post.created:${postId}`)
}, 60_000)

test.runIf(!!databaseUrl)('a counselor’s chat message sent through one process reaches the member’s open case page on another', async () => {
  const member = await createMember(handle!.db)
  const counselor = await createMember(handle!.db, { roles: ['counselor'] })
  const intake = await createMember(handle!.db, { roles: ['intake'] })
  const on = (server: RunningServer) => httpApp(server.url) as unknown as TestApp
  const login = async (server: RunningServer, who: typeof member) => {
    const client = new Client(on(server))
    expect((await client.post('/login', { email: who.email, password: who.password })).status).toBe(302)
    return client
  }
  const memberOnSecond = await login(second!, member)
  const requested = await memberOnSecond.post('/cases/new', { type: 'wellbeing', urgency: 'normal', message: '' })
  const caseId = requested.location!.split('/').pop()!
  expect((await (await login(first!, intake)).post('/cases/intake', { caseId, counselorId: counselor.id, reason: '' })).status).toBe(302)

  const cookie = [...memberOnSecond.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const stream = await fetch(`${second!.url}/events/case/${caseId}`, { headers: { Cookie: cookie } })
  expect(stream.status).toBe(200)
  const body = stream.body!.getReader()
  const decoder = new TextDecoder()
  let received = ''
  const done = (async () => {
    const deadline = Date.now() + 10_000
    while (!/event: case\ndata: message:/.test(received) && Date.now() < deadline) {
      const chunk = await body.read()
      if (chunk.done) break
      received += decoder.decode(chunk.value)
    }
  })()
  const counselorOnFirst = await login(first!, counselor)
  const sent = await counselorOnFirst.post(`/cases/${caseId}`, { intent: 'message', body: 'Halo, saya konselor Anda. Pesan ini lewat proses pertama.' })
  expect(sent.status).toBe(302)
  await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))])
  await body.cancel().catch(() => {})
  expect(received).toMatch(/event: case\ndata: message:\d+/)
  // The stream says only that something changed; the words come with the page.
  expect(received).not.toContain('Halo, saya konselor Anda')
  expect((await memberOnSecond.get(`/cases/${caseId}`)).html).toContain('Halo, saya konselor Anda. Pesan ini lewat proses pertama.')
}, 60_000)
