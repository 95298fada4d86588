import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  process.env.NEW_ACCOUNT_REVIEW_DAYS = '7'
  app = await startTestApp()
})
afterAll(async () => {
  delete process.env.NEW_ACCOUNT_REVIEW_DAYS
  await app?.close()
})

test('with new-account review on, a new account’s thread waits for a moderator; established ones do not', async () => {
  const fresh = await createMember(app.db, { fresh: true })
  const client = await loginAs(app, fresh)
  const posted = await client.post('/new', { category: 'cuti', title: 'Pertanyaan pertama dari akun baru', body: 'Bagaimana cara mengajukan cuti sakit?', intent: 'publish' })
  expect(posted.status).toBe(302)
  const threadPath = posted.location!
  expect((await new Client(app).get(threadPath)).status).toBe(404)
  expect(visibleText((await client.get(threadPath)).html)).toContain('menunggu tinjauan moderator')
  expect(visibleText((await new Client(app).get('/c/cuti')).html)).not.toContain('Pertanyaan pertama dari akun baru')
  const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
  const queue = await moderator.get('/mod')
  expect(visibleText(queue.html)).toContain('Akun baru (tinjauan awal)')
  const postId = queue.html.match(/href="\/mod\/p\/(\d+)"/)![1]!
  expect((await moderator.post(`/mod/p/${postId}`, { action: 'unhide', reason: 'Aman' })).status).toBe(302)
  expect((await new Client(app).get(threadPath)).status).toBe(200)

  const established = await loginAs(app, await createMember(app.db))
  const ok = await established.post('/new', { category: 'cuti', title: 'Pertanyaan dari anggota lama', body: 'Apakah cuti tahunan bisa dipecah?', intent: 'publish' })
  expect((await new Client(app).get(ok.location!)).status).toBe(200)
})
