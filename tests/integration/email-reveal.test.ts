import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { visibleText } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const REASON = 'Permintaan tertulis dari inspektorat nomor 12/2026.'

test('an admin needs a second admin’s approval, then sees the email once; both steps are audited and the member is told why', async () => {
  const [first, second, member] = await Promise.all([createMember(app.db, { roles: ['admin'] }), createMember(app.db, { roles: ['admin'] }), createMember(app.db)])
  const requester = await loginAs(app, first)
  const approver = await loginAs(app, second)

  const short = await requester.post('/admin/reveals', { intent: 'request', pseudonym: member.pseudonym, reason: 'singkat' })
  expect(short.status).toBe(400)
  expect(visibleText(short.html)).toContain('Tulis alasan minimal 15 karakter')
  expect(short.html).toContain(`value="${member.pseudonym}"`)
  const unknown = await requester.post('/admin/reveals', { intent: 'request', pseudonym: 'TidakAdaSiapa99', reason: REASON })
  expect(unknown.status).toBe(400)
  expect(visibleText(unknown.html)).toContain('Tidak ada anggota lain')
  expect(unknown.html).toContain(REASON)
  const self = await requester.post('/admin/reveals', { intent: 'request', pseudonym: first.pseudonym, reason: REASON })
  expect(self.status).toBe(400)

  expect((await requester.post('/admin/reveals', { intent: 'request', pseudonym: member.pseudonym, reason: REASON })).status).toBe(302)
  const reveal = await app.db.selectFrom('email_reveals').select('id').where('target_user_id', '=', member.id).executeTakeFirstOrThrow()
  // The requester can neither approve their own request nor see the email before approval.
  expect((await requester.post('/admin/reveals', { intent: 'approve', revealId: reveal.id })).status).toBe(404)
  const early = await requester.post('/admin/reveals', { intent: 'show', revealId: reveal.id })
  expect(early.status).toBe(404)
  expect(early.html).not.toContain(member.email)
  // The approver does not see it either.
  expect((await approver.post('/admin/reveals', { intent: 'approve', revealId: reveal.id })).status).toBe(302)
  const approverPage = await approver.get('/admin/reveals')
  expect(approverPage.html).not.toContain(member.email)
  expect((await approver.post('/admin/reveals', { intent: 'show', revealId: reveal.id })).status).toBe(404)

  const shown = await requester.post('/admin/reveals', { intent: 'show', revealId: reveal.id })
  expect(shown.status).toBe(200)
  expect(shown.html).toContain(member.email)
  // Once: the request is spent.
  const again = await requester.post('/admin/reveals', { intent: 'show', revealId: reveal.id })
  expect(again.status).toBe(409)
  expect(again.html).not.toContain(member.email)
  expect((await requester.get('/admin/reveals')).html).not.toContain(member.email)

  const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id', 'reason']).where('target_id', '=', member.id).orderBy('id').execute()
  expect(audit).toEqual([
    { action: 'email_reveal.request', actor_id: first.id, reason: REASON },
    { action: 'email_reveal.approve', actor_id: second.id, reason: null },
    { action: 'email_reveal.show', actor_id: first.id, reason: null },
  ])
  expect(JSON.stringify(await app.db.selectFrom('audit_log').select(['meta', 'reason']).execute())).not.toContain(member.email)

  const memberClient = await loginAs(app, member)
  const bell = visibleText((await memberClient.get('/me/notifications')).html)
  expect(bell).toContain('membuka alamat email akun Anda')
  expect(bell).toContain(REASON)
  // Neutral: it does not say who.
  expect(bell).not.toContain(first.pseudonym)
})

test('a declined request never shows the email', async () => {
  const [first, second, member] = await Promise.all([createMember(app.db, { roles: ['admin'] }), createMember(app.db, { roles: ['admin'] }), createMember(app.db)])
  const requester = await loginAs(app, first)
  await requester.post('/admin/reveals', { intent: 'request', pseudonym: member.pseudonym, reason: REASON })
  const reveal = await app.db.selectFrom('email_reveals').select('id').where('target_user_id', '=', member.id).executeTakeFirstOrThrow()
  expect((await (await loginAs(app, second)).post('/admin/reveals', { intent: 'decline', revealId: reveal.id })).status).toBe(302)
  expect((await requester.post('/admin/reveals', { intent: 'show', revealId: reveal.id })).status).toBe(404)
})

test('the target member, even as an admin, cannot approve a request about themselves', async () => {
  const [first, targetAdmin] = await Promise.all([createMember(app.db, { roles: ['admin'] }), createMember(app.db, { roles: ['admin'] })])
  const requester = await loginAs(app, first)
  await requester.post('/admin/reveals', { intent: 'request', pseudonym: targetAdmin.pseudonym, reason: REASON })
  const reveal = await app.db.selectFrom('email_reveals').select('id').where('target_user_id', '=', targetAdmin.id).executeTakeFirstOrThrow()
  expect((await (await loginAs(app, targetAdmin)).post('/admin/reveals', { intent: 'approve', revealId: reveal.id })).status).toBe(404)
})
