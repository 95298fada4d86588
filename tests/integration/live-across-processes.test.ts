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
