import { afterAll, beforeAll, expect, test } from 'vitest'
import { collectAccountData } from '~/services/data-rights/export.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, loginAs, TEST_PASSWORD } from '../fixtures/factories'

// The data rights (issue 14.1–4) reach what later features keep about a member: watches and
// optional-email choices (14.7), profile text (15.7), employee verification (18.4).
let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
}, 120_000)
afterAll(() => app.close())

async function watcherWithDigest() {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  expect((await client.post('/c/cuti/watch', { watching: 'true' })).status).toBe(302)
  expect((await client.post('/me/watching', { intent: 'email', digest: 'daily', language: 'id', replyEmails: 'on' })).status).toBe(302)
  await app.db.updateTable('users').set({ bio: 'Analis kepegawaian, suka membaca.' }).where('id', '=', member.id).execute()
  return { member, client }
}

test('withdrawing email consent on the account page also turns digests and reply emails off', async () => {
  const { member, client } = await watcherWithDigest()
  expect((await client.post('/me', { intent: 'withdrawEmail' })).status).toBe(302)
  const prefs = await app.db.selectFrom('email_preferences').selectAll().where('user_id', '=', member.id).executeTakeFirstOrThrow()
  expect(prefs.digest).toBe('off')
  expect(prefs.reply_emails).toBe(false)
  // Giving consent back does not switch the optional emails on again: they stay opt-in.
  expect((await client.post('/me', { intent: 'giveEmail' })).status).toBe(302)
  expect((await app.db.selectFrom('email_preferences').select('digest').where('user_id', '=', member.id).executeTakeFirstOrThrow()).digest).toBe('off')
})

test('the export holds watches, email choices and the profile', async () => {
  const { member } = await watcherWithDigest()
  const file = (await collectAccountData(app.db, member.id))!
  expect(file.watching).toHaveLength(1)
  expect(file.emailChoices).toMatchObject({ digest: 'daily', replyEmails: true })
  expect(file.profile.bio).toBe('Analis kepegawaian, suka membaca.')
  expect(file.employeeVerification).toBeNull()
})

test('deleting the account removes watches, email choices, outbox rows and profile text', async () => {
  const { member, client } = await watcherWithDigest()
  await app.db.insertInto('employee_verifications').values({ user_id: member.id, address_hash: 'h'.repeat(64), method: 'email', institution: null, verified_at: new Date(), expires_at: new Date(Date.now() + 86_400_000) }).execute()
  const review = await client.post('/me/delete', { intent: 'review', posts: 'keep', password: TEST_PASSWORD })
  const token = review.html.match(/name="token" value="([^"]+)"/)![1]!
  expect((await client.post('/me/delete', { intent: 'delete', posts: 'keep', token, understood: 'on' })).status).toBe(302)
  for (const table of ['watches', 'email_preferences', 'email_outbox', 'employee_verifications'] as const) {
    const rows = await app.db.selectFrom(table).select('user_id').where('user_id', '=', member.id).execute()
    expect(rows, table).toEqual([])
  }
  const user = await app.db.selectFrom('users').select(['bio', 'deleted_at']).where('id', '=', member.id).executeTakeFirstOrThrow()
  expect(user.deleted_at).not.toBeNull()
  expect(user.bio).toBeNull()
  expect((await new Client(app).get(`/u/${member.pseudonym}`)).status).toBe(404)
})
