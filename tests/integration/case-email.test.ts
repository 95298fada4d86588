import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { caseCast, requestCaseAs } from '../fixtures/cases'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// A crisis case reaches on-duty counselors by email too when SMTP is configured: a local SMTP
// server stands in for the real one and records what arrives.
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

test('an on-duty counselor gets a neutral email about a crisis case, sent once by the job queue', async () => {
  const cast = await caseCast(app)
  await cast.counselorClient.post('/cases', { intent: 'duty', onDuty: 'on' })
  await requestCaseAs(cast.memberClient, { urgency: 'crisis', message: 'Saya tidak kuat lagi menghadapi semuanya.' })
  const { runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  await runDueJobs(app.db, jobHandlers)
  await runDueJobs(app.db, jobHandlers)
  const mail = received.filter((m) => m.to.includes(cast.counselor.email))
  expect(mail).toHaveLength(1)
  expect(mail[0]!.data).toContain('Subject: Ada hal mendesak yang menunggu di Teduh')
  // Neutral: no topic, no words from the case, no one's name.
  expect(mail[0]!.data).not.toMatch(/krisis|konseling|kasus|tidak kuat/i)
  expect(mail[0]!.data).not.toContain(cast.member.pseudonym)
  const jobs = await app.db.selectFrom('jobs').select(['kind', 'done_at', 'attempts']).where('kind', '=', 'email').execute()
  expect(jobs.every((j) => j.done_at && j.attempts === 1)).toBe(true)
  // The member who opened their own request gets no email about it.
  expect(received.some((m) => m.to.includes(cast.member.email))).toBe(false)
})
