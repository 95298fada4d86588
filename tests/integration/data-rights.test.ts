import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignedCase, caseCast } from '../fixtures/cases'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs, TEST_PASSWORD } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

describe('every data-rights page, as every role', () => {
  const roles = ['member', 'expert', 'moderator', 'counselor', 'hr', 'admin'] as const
  const pages = ['/me', '/me/export', '/me/edit', '/me/delete']
  test.each(roles)('a signed-in %s reaches their own pages; a visitor is sent to log in', async (role) => {
    const member = await createMember(app.db, { roles: role === 'member' ? [] : [role] })
    const client = await loginAs(app, member)
    for (const path of pages) expect((await client.get(path)).status, path).toBe(200)
    const visitor = new Client(app)
    for (const path of pages) expect((await visitor.get(path)).status, path).toBe(302)
    // The download exists only behind a fresh link of one's own.
    expect((await client.get('/me/export/download')).status).toBe(404)
    expect((await visitor.get('/me/export/download')).status).toBe(302)
  })
  test.each(roles)('the admin reveal page: 404 for a %s unless admin', async (role) => {
    const member = await createMember(app.db, { roles: role === 'member' ? [] : [role] })
    const client = await loginAs(app, member)
    expect((await client.get('/admin/reveals')).status).toBe(role === 'admin' ? 200 : 404)
    expect((await client.post('/admin/reveals', { intent: 'request', pseudonym: 'x', reason: 'alasan yang cukup panjang' })).status).toBe(role === 'admin' ? 400 : 404)
  })
})

test('the export is one JSON file with the account, anonymous posts, ratings, flags and the member side of a case, never counselor notes', async () => {
  const cast = await caseCast(app)
  const other = await createMember(app.db)
  const anon = await createThreadAs(app.db, cast.member, { anonymous: true, body: 'Pertanyaan anonim saya tentang mutasi ke daerah.' })
  const theirs = await createThreadAs(app.db, other)
  const answer = await replyAs(app.db, other, anon.threadId, { body: 'Jawaban dari rekan untuk dinilai bersama.' })
  expect((await cast.memberClient.post(`/p/${answer.postId}/rate`, { choice: 'helpful' })).status).toBeLessThan(400)
  expect((await cast.memberClient.post(`/p/${theirs.postId}/flag`, { reason: 'spam', detail: '' })).status).toBeLessThan(400)
  const caseId = await assignedCase(app, cast, { message: 'Saya butuh teman bicara soal atasan.' })
  expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'note', body: 'CATATAN-RAHASIA-KONSELOR' })).status).toBe(302)
  expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'message', body: 'Halo, saya konselor Anda.' })).status).toBe(302)

  const wrong = await cast.memberClient.post('/me/export', { password: 'bukan-kata-sandinya' })
  expect(wrong.status).toBe(400)
  expect(visibleText(wrong.html)).toContain('Kata sandi salah.')

  const asked = await cast.memberClient.post('/me/export', { password: TEST_PASSWORD })
  expect(asked.status).toBe(302)
  const link = asked.location!
  expect(link).toMatch(/^\/me\/export\/download\?token=/)
  // The link is the owner's alone: another member (or a visitor) gets nothing.
  expect((await (await loginAs(app, other)).get(link)).status).toBe(404)
  expect((await new Client(app).get(link)).status).toBe(302)
  expect((await cast.memberClient.get('/me/export/download?token=1.abc')).status).toBe(404)
  const page = await cast.memberClient.get(link)
  expect(page.status).toBe(200)
  expect(page.response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="teduh-data-\d{4}-\d{2}-\d{2}\.json"$/)
  const file = JSON.parse(page.html)
  expect(file.account.email).toBe(cast.member.email)
  expect(file.consents).toBeInstanceOf(Array)
  expect(file.posts.some((p: { anonymous: boolean; body: string; shownAs: string }) => p.anonymous && p.body.includes('Pertanyaan anonim') && p.shownAs.startsWith('Anonim #'))).toBe(true)
  expect(file.ratingsGiven).toEqual([expect.objectContaining({ postId: answer.postId, value: 'helpful' })])
  expect(file.flagsMade).toEqual([expect.objectContaining({ postId: theirs.postId, reason: 'spam' })])
  const exported = file.cases.find((c: { id: string }) => c.id === caseId)
  expect(exported.messages.map((m: { body: string }) => m.body)).toEqual(expect.arrayContaining(['Saya butuh teman bicara soal atasan.', 'Halo, saya konselor Anda.']))
  expect(page.html).not.toContain('CATATAN-RAHASIA-KONSELOR')
  expect(file.withheld.id).toContain('Pasal 33')
  expect(file.withheld.en).toContain('Article 33')
  // Another member's email never appears in it.
  expect(page.html).not.toContain(cast.counselor.email)
  expect(page.html).not.toContain(other.email)
  const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id', 'reason', 'meta']).where('action', '=', 'account.export').execute()
  expect(audit).toEqual([{ action: 'account.export', actor_id: cast.member.id, reason: null, meta: null }])
})

test('exports are rate-limited per account', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const statuses: number[] = []
  for (let i = 0; i < 6; i++) statuses.push((await client.post('/me/export', { password: TEST_PASSWORD })).status)
  expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302])
  expect(statuses[5]).toBe(429)
})

test('a pseudonym change follows the sign-up rules, keeps what was typed, and reserves the old name', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const bad = await client.post('/me/edit', { intent: 'pseudonym', pseudonym: 'Admin_Teduh' })
  expect(bad.status).toBe(400)
  expect(visibleText(bad.html)).toContain('menyerupai nama petugas')
  expect(bad.html).toContain('value="Admin_Teduh"')
  expect(bad.html).toMatch(/aria-invalid="true"/)
  const taken = await createMember(app.db)
  // A look-alike of someone else's name (Cyrillic а) is taken too.
  const lookalike = await client.post('/me/edit', { intent: 'pseudonym', pseudonym: taken.pseudonym.replace('e', 'е') })
  expect(lookalike.status).toBe(400)
  expect(visibleText(lookalike.html)).toContain('sudah dipakai')

  const fresh = `Kijang${Math.random().toString(36).slice(2, 8)}`
  expect((await client.post('/me/edit', { intent: 'pseudonym', pseudonym: fresh })).status).toBe(302)
  expect(visibleText((await client.get('/me')).html)).toContain(fresh)
  // Nobody can sign up with, or switch to, the retired name.
  const someoneElse = await loginAs(app, await createMember(app.db))
  const grab = await someoneElse.post('/me/edit', { intent: 'pseudonym', pseudonym: member.pseudonym })
  expect(visibleText(grab.html)).toContain('sudah dipakai')
  const signup = await new Client(app).post('/signup', { email: `baru${Date.now()}@contoh.go.id`, password: 'frasa-panjang-sekali-9', pseudonym: member.pseudonym, consent: 'on' })
  expect(signup.status).toBe(400)
  // Its owner may take it back.
  expect((await client.post('/me/edit', { intent: 'pseudonym', pseudonym: member.pseudonym })).status).toBe(302)
})

test('an email change waits for the code sent to the new address; the old one works until then', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const newEmail = `pindah${Date.now()}@contoh.go.id`
  const badPassword = await client.post('/me/edit', { intent: 'email', email: newEmail, password: 'salah-sekali' })
  expect(badPassword.status).toBe(400)
  expect(badPassword.html).toContain(`value="${newEmail}"`)
  expect(visibleText(badPassword.html)).toContain('Kata sandi salah.')
  expect((await client.post('/me/edit', { intent: 'email', email: newEmail, password: TEST_PASSWORD })).status).toBe(302)
  const job = await app.db.selectFrom('jobs').select(['kind', 'payload']).where('kind', '=', 'email.confirm').orderBy('id', 'desc').executeTakeFirstOrThrow()
  // The queue holds an id only, never the address or the code.
  expect(JSON.stringify(job.payload)).not.toContain('@')
  const still = await app.db.selectFrom('users').select('email').where('id', '=', member.id).executeTakeFirstOrThrow()
  expect(still.email).toBe(member.email)

  const wrong = await client.post('/me/edit', { intent: 'confirmEmail', code: '00000000' })
  expect(wrong.status).toBe(400)
  expect(visibleText(wrong.html)).toContain('Kode tidak cocok')
  expect(wrong.html).toContain('value="00000000"')

  const { emailChangeCode } = await import('~/services/data-rights/correct.server')
  const change = await app.db.selectFrom('email_changes').select(['id', 'nonce']).where('user_id', '=', member.id).executeTakeFirstOrThrow()
  expect((await client.post('/me/edit', { intent: 'confirmEmail', code: emailChangeCode(change.id, change.nonce) })).status).toBe(302)
  const moved = await app.db.selectFrom('users').select('email').where('id', '=', member.id).executeTakeFirstOrThrow()
  expect(moved.email).toBe(newEmail)
  expect((await new Client(app).post('/login', { email: newEmail, password: TEST_PASSWORD })).status).toBe(302)
})

test('language and time zone are saved; an unknown choice is refused beside the field', async () => {
  const member = await createMember(app.db)
  const client = await loginAs(app, member)
  const bad = await client.post('/me/edit', { intent: 'preferences', locale: 'id', timeZone: 'Europe/Paris' })
  expect(bad.status).toBe(400)
  expect(visibleText(bad.html)).toContain('Pilih salah satu pilihan')
  expect((await client.post('/me/edit', { intent: 'preferences', locale: 'en', timeZone: 'Asia/Makassar' })).status).toBe(302)
  const row = await app.db.selectFrom('users').select(['locale', 'time_zone']).where('id', '=', member.id).executeTakeFirstOrThrow()
  expect(row).toEqual({ locale: 'en', time_zone: 'Asia/Makassar' })
})

test('deleting the account in two steps: password, then confirmation; sessions end; posts stay as "Anggota terhapus"', async () => {
  const member = await createMember(app.db)
  const other = await createMember(app.db)
  const client = await loginAs(app, member)
  const second = await loginAs(app, member)
  const named = await createThreadAs(app.db, member, { title: 'Pertanyaan bernama tentang cuti besar' })
  const anon = await createThreadAs(app.db, member, { anonymous: true, title: 'Pertanyaan anonim tentang cuti sakit' })
  const answer = await replyAs(app.db, other, named.threadId)
  await client.post(`/p/${answer.postId}/rate`, { choice: 'helpful' })
  const before = await app.db.selectFrom('users').select('reputation').where('id', '=', other.id).executeTakeFirstOrThrow()

  const noChoice = await client.post('/me/delete', { intent: 'review', password: TEST_PASSWORD })
  expect(noChoice.status).toBe(400)
  expect(visibleText(noChoice.html)).toContain('Pilih apa yang terjadi')
  const badPassword = await client.post('/me/delete', { intent: 'review', posts: 'keep', password: 'salah' })
  expect(badPassword.status).toBe(400)
  expect(badPassword.html).toMatch(/value="keep"[^>]*checked|checked[^>]*value="keep"/)

  // A visitor's read puts the page in the cache first: the deletion must drop it.
  expect(visibleText((await new Client(app).get(`/t/${named.threadId}`)).html)).toContain(member.pseudonym)
  const review = await client.post('/me/delete', { intent: 'review', posts: 'keep', password: TEST_PASSWORD })
  expect(review.status).toBe(200)
  expect(visibleText(review.html)).toContain('Konfirmasi penghapusan')
  const token = review.html.match(/name="token" value="([^"]+)"/)![1]!
  const unticked = await client.post('/me/delete', { intent: 'delete', posts: 'keep', token })
  expect(unticked.status).toBe(400)
  expect(visibleText(unticked.html)).toContain('Centang kotak ini')
  const tampered = await client.post('/me/delete', { intent: 'delete', posts: 'remove', token, understood: 'on' })
  expect(tampered.status).toBe(400)
  const done = await client.post('/me/delete', { intent: 'delete', posts: 'keep', token, understood: 'on' })
  expect(done.status).toBe(302)
  // Both sessions ended.
  expect((await client.get('/me')).status).toBe(302)
  expect((await second.get('/me')).status).toBe(302)
  expect((await new Client(app).post('/login', { email: member.email, password: TEST_PASSWORD })).status).not.toBe(302)

  const thread = visibleText((await new Client(app).get(`/t/${named.threadId}`)).html)
  expect(thread).toContain('Anggota terhapus')
  expect(thread).not.toContain(member.pseudonym)
  const anonPage = visibleText((await new Client(app).get(`/t/${anon.threadId}`)).html)
  expect(anonPage).toMatch(/Anonim #[0-9A-F]{4}/)
  expect(anonPage).not.toContain('Anggota terhapus')
  const after = await app.db.selectFrom('users').select('reputation').where('id', '=', other.id).executeTakeFirstOrThrow()
  expect(after.reputation).toBeLessThan(before.reputation)
  const audit = await app.db.selectFrom('audit_log').select(['actor_id', 'reason', 'meta']).where('action', '=', 'account.delete').where('target_id', '=', member.id).executeTakeFirstOrThrow()
  expect(JSON.stringify(audit)).not.toContain(member.email)
  expect(JSON.stringify(audit)).not.toContain(member.pseudonym)
})

test('"remove my posts" erases the words; a question others answered keeps their answers; open cases close and are purged after retention', async () => {
  const cast = await caseCast(app)
  const { member, memberClient: client } = cast
  const answered = await createThreadAs(app.db, member, { title: 'Pertanyaan yang sudah dijawab rekan', body: 'KATA-ASLI-PENANYA soal kenaikan pangkat.' })
  const lonely = await createThreadAs(app.db, member, { title: 'Pertanyaan tanpa jawaban siapa pun', body: 'Isi pertanyaan sepi.' })
  const other = await createMember(app.db)
  await replyAs(app.db, other, answered.threadId, { body: 'JAWABAN-REKAN tetap ada.' })
  const caseId = await assignedCase(app, cast)

  const review = await client.post('/me/delete', { intent: 'review', posts: 'remove', password: TEST_PASSWORD })
  expect(visibleText(review.html)).toContain('Kasus konseling terbuka: 1')
  const token = review.html.match(/name="token" value="([^"]+)"/)![1]!
  expect((await client.post('/me/delete', { intent: 'delete', posts: 'remove', token, understood: 'on' })).status).toBe(302)

  const page = await new Client(app).get(`/t/${answered.threadId}`)
  expect(page.status).toBe(200)
  expect(page.html).toContain('JAWABAN-REKAN')
  expect(page.html).not.toContain('KATA-ASLI-PENANYA')
  expect((await new Client(app).get(`/t/${lonely.threadId}`)).status).toBe(404)
  const stored = await app.db.selectFrom('posts').select('body_md').where('author_id', '=', member.id).execute()
  expect(stored.every((p) => p.body_md === '')).toBe(true)

  const closed = await app.db.selectFrom('cases').select(['status', 'outcome']).where('id', '=', caseId).executeTakeFirstOrThrow()
  expect(closed).toEqual({ status: 'closed', outcome: 'withdrawn' })
  const told = await app.db.selectFrom('notifications').select('kind').where('user_id', '=', cast.counselor.id).where('detail', '=', caseId).execute()
  expect(told.map((n) => n.kind)).toContain('case_update')

  const { purgeDeletedMembersCases } = await import('~/services/data-rights/delete.server')
  expect(await purgeDeletedMembersCases(app.db)).toBe(0)
  await app.db.updateTable('cases').set({ closed_at: new Date(Date.now() - 91 * 86_400_000) }).where('id', '=', caseId).execute()
  expect(await purgeDeletedMembersCases(app.db)).toBe(1)
  expect(await app.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst()).toBeUndefined()
  expect(await app.db.selectFrom('case_messages').select('id').where('case_id', '=', caseId).executeTakeFirst()).toBeUndefined()
})

test('a counselor who deletes their account sends their open cases back to intake, unassigned', async () => {
  const cast = await caseCast(app)
  const caseId = await assignedCase(app, cast)
  const review = await cast.counselorClient.post('/me/delete', { intent: 'review', posts: 'keep', password: TEST_PASSWORD })
  const token = review.html.match(/name="token" value="([^"]+)"/)![1]!
  expect((await cast.counselorClient.post('/me/delete', { intent: 'delete', posts: 'keep', token, understood: 'on' })).status).toBe(302)
  const row = await app.db.selectFrom('cases').select(['status', 'counselor_id']).where('id', '=', caseId).executeTakeFirstOrThrow()
  expect(row).toEqual({ status: 'new', counselor_id: null })
  const events = await app.db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).orderBy('id', 'desc').limit(1).execute()
  expect(events).toEqual([{ kind: 'counselor_left' }])
})
