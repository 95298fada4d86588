import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { visibleText } from '../fixtures/client'
import { createMember, loginAs, TEST_PASSWORD } from '../fixtures/factories'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// The real email job handlers against a local SMTP server: consent is read at send time, and the
// confirmation code for a new address goes to that address only.
let app: TestApp
let smtp: Mailbox
let received: Mailbox['received'] = []

beforeAll(async () => {
  smtp = await startMailbox()
  received = smtp.received
  process.env.SMTP_URL = smtp.url
  app = await startTestApp()
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await app?.close()
  await smtp.close()
})

async function runJobs() {
  const { runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  await runDueJobs(app.db, jobHandlers)
}

test('withdrawing email consent on the account page stops an email that was already queued; giving it again lets the next one through', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const { enqueueJob } = await import('~/lib/job-queue.server')
  await enqueueJob(app.db, { kind: 'email', payload: { userId: member.id, template: 'case_update' }, runAt: new Date() })
  expect((await client.post('/me?index', { intent: 'withdrawEmail' })).status).toBe(302)
  // A double submit is still one decision.
  await client.post('/me?index', { intent: 'withdrawEmail' })
  await runJobs()
  expect(received.filter((m) => m.to.includes(member.email))).toHaveLength(0)
  expect(visibleText((await client.get('/me')).html)).toContain('Email pemberitahuan: ditarik')
  const decisions = await app.db.selectFrom('consents').select('decision').where('user_id', '=', member.id).where('kind', '=', 'email_notifications').execute()
  expect(decisions).toEqual([{ decision: 'withdrawn' }])

  expect((await client.post('/me?index', { intent: 'giveEmail' })).status).toBe(302)
  await enqueueJob(app.db, { kind: 'email', payload: { userId: member.id, template: 'case_update' }, runAt: new Date() })
  await runJobs()
  expect(received.filter((m) => m.to.includes(member.email))).toHaveLength(1)
})

test('the confirmation code goes to the new address through the queue; the old address gets nothing and stays until the code is entered', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const newEmail = `baru${Date.now()}@contoh.go.id`
  // Consent to notification emails does not govern a code the member asked for.
  await client.post('/me?index', { intent: 'withdrawEmail' })
  expect((await client.post('/me/edit', { intent: 'email', email: newEmail, password: TEST_PASSWORD })).status).toBe(302)
  await runJobs()
  const mail = received.filter((m) => m.to.includes(newEmail))
  expect(mail).toHaveLength(1)
  expect(received.some((m) => m.to.includes(member.email))).toBe(false)
  const code = mail[0]!.data.match(/\b(\d{8})\b/)![1]!
  expect((await app.db.selectFrom('users').select('email').where('id', '=', member.id).executeTakeFirstOrThrow()).email).toBe(member.email)
  const page = await client.get(`/me/edit?code=${code}`)
  expect(page.html).toContain(`value="${code}"`)
  expect((await client.post('/me/edit', { intent: 'confirmEmail', code })).status).toBe(302)
  expect((await app.db.selectFrom('users').select('email').where('id', '=', member.id).executeTakeFirstOrThrow()).email).toBe(newEmail)
  // Used once: the same code does nothing more.
  expect((await client.post('/me/edit', { intent: 'confirmEmail', code })).status).toBe(400)
})
