import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const nonceOf = (html: string) => /<script nonce="([^"]+)"/.exec(html)?.[1]
const tokenOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1]

test('anonymous readers share one rendered thread page, each with their own nonce and CSRF token', async () => {
  const asker = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, asker)
  const first = new Client(app)
  const miss = await first.get(`/t/${threadId}`)
  expect(miss.response.headers.get('X-Page-Cache')).toBe('miss')
  const hit = await first.get(`/t/${threadId}`)
  expect(hit.response.headers.get('X-Page-Cache')).toBe('hit')
  expect(nonceOf(hit.html)).toBeTruthy()
  expect(nonceOf(hit.html)).not.toBe(nonceOf(miss.html))
  expect(hit.html).not.toContain('\u0000')
  const second = new Client(app)
  const other = await second.get(`/t/${threadId}`)
  expect(other.response.headers.get('X-Page-Cache')).toBe('hit')
  expect(tokenOf(other.html)).not.toBe(tokenOf(hit.html))
  expect(other.response.headers.getSetCookie().some((c) => c.includes('csrf'))).toBe(true)
  // Each token works for its own reader (the language switch is a CSRF-checked form).
  for (const [client, page] of [[first, hit], [second, other]] as const) {
    const switched = await client.post('/language', { lng: 'en', redirectTo: `/t/${threadId}` }, { csrf: tokenOf(page.html)! })
    expect(switched.status).toBe(302)
  }
})

test('a new answer reaches the next anonymous reader at once', async () => {
  const asker = await createMember(app.db)
  const helper = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, asker)
  const reader = new Client(app)
  await reader.get(`/t/${threadId}`)
  expect((await reader.get(`/t/${threadId}`)).response.headers.get('X-Page-Cache')).toBe('hit')
  await replyAs(app.db, helper, threadId, { body: 'Jawaban baru yang harus langsung terlihat oleh pembaca.' })
  const after = await reader.get(`/t/${threadId}`)
  expect(after.response.headers.get('X-Page-Cache')).toBe('miss')
  expect(visibleText(after.html)).toContain('Jawaban baru yang harus langsung terlihat oleh pembaca.')
})

test('a signed-in member never gets the shared page', async () => {
  const asker = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, asker)
  await new Client(app).get(`/t/${threadId}`)
  const member = await loginAs(app, asker)
  const page = await member.get(`/t/${threadId}`)
  expect(page.response.headers.get('X-Page-Cache')).toBeNull()
  expect(visibleText(page.html)).toContain(asker.pseudonym)
  expect(page.html).toContain('action="/logout"')
})
