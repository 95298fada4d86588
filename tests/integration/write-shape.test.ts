import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RATE_RULES, hitRateLimit, pruneRateLimits } from '~/lib/rate-limit.server'
import { findActor } from '~/models/users.server'
import { editPost } from '~/services/posts/edit.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignedCase, caseCast, requestCaseAs } from '../fixtures/cases'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'

// Regression tests for the defects the two write conventions let through (issue 12), each
// through the routes a person uses, and the survivors of the mutation sample.

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const body = async (postId: string) => (await app.db.selectFrom('posts').select('body_md').where('id', '=', postId).executeTakeFirstOrThrow()).body_md
const reputation = async (member: TestMember) => (await app.db.selectFrom('users').select('reputation').where('id', '=', member.id).executeTakeFirstOrThrow()).reputation
const thread = (threadId: string) => app.db.selectFrom('threads').select(['has_expert_answer', 'accepted_post_id', 'reply_count']).where('id', '=', threadId).executeTakeFirstOrThrow()

async function verifyExpert(member: TestMember, slug: string) {
  await app.db
    .insertInto('expert_verifications')
    .values({ user_id: member.id, badge_text: 'Analis Kepegawaian', areas: [await categoryId(app.db, slug)], verified_at: new Date(), expires_at: sql<Date>`now() + interval '300 days'` })
    .execute()
}

describe('edits pass the same gates as new posts', () => {
  test('a brand-new account cannot add an external link by editing: 400 beside the field, text kept, post unchanged', async () => {
    const fresh = await createMember(app.db, { fresh: true })
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    const { postId } = await replyAs(app.db, fresh, threadId, { body: 'Jawaban awal tanpa tautan apa pun di dalamnya.' })
    const client = await loginAs(app, fresh)
    const page = await client.post(`/p/${postId}/edit`, { body: 'Lihat di https://contoh-spam.example/promo untuk info.' })
    expect(page.status).toBe(400)
    expect(visibleText(page.html)).toContain('Akun baru belum boleh memuat tautan')
    expect(page.html).toContain('https://contoh-spam.example/promo')
    expect(await body(postId)).toBe('Jawaban awal tanpa tautan apa pun di dalamnya.')
  })

  test('an established account may add a link by editing, and a new account may keep a link the post already had', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    const { postId } = await replyAs(app.db, member, threadId, { body: 'Aturannya ada di https://jdih.example.go.id/aturan ya.' })
    const client = await loginAs(app, member)
    expect((await client.post(`/p/${postId}/edit`, { body: 'Aturannya ada di https://jdih.example.go.id/aturan pasal 3 ya.' })).status).toBe(302)
    // The same account made brand-new again: the link it already had is not "added".
    await app.db.updateTable('users').set({ created_at: new Date() }).where('id', '=', member.id).execute()
    const fresh = await loginAs(app, member)
    expect((await fresh.post(`/p/${postId}/edit`, { body: 'Aturannya ada di https://jdih.example.go.id/aturan pasal 4 ya.' })).status).toBe(302)
    expect(await body(postId)).toContain('pasal 4')
  })

  test('edits are rate limited like posting: a translated 429 that keeps the text', async () => {
    const member = await createMember(app.db)
    const { postId } = await createThreadAs(app.db, member)
    const client = await loginAs(app, member)
    const token = await client.csrfToken()
    for (let i = 0; i < RATE_RULES.editsPerMember.limit; i++) {
      expect((await client.post(`/p/${postId}/edit`, { body: `Perbaikan ke-${i} dari pertanyaan saya tentang cuti.` }, { csrf: token })).status).toBe(302)
    }
    const limited = await client.post(`/p/${postId}/edit`, { body: 'Perbaikan yang terlalu cepat datangnya.' }, { csrf: token })
    expect(limited.status).toBe(429)
    expect(limited.html).toContain('Perbaikan yang terlalu cepat datangnya.')
  })

  test('editing in a locked thread is refused, also when the lock lands between opening the form and saving', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author, { body: 'Isi pertanyaan sebelum utas dikunci moderator.' })
    const client = await loginAs(app, author)
    expect((await client.get(`/p/${postId}/edit`)).status).toBe(200)
    await app.db.updateTable('threads').set({ locked_at: new Date() }).where('id', '=', threadId).execute()
    expect((await client.post(`/p/${postId}/edit`, { body: 'Perubahan yang seharusnya ditolak karena dikunci.' })).status).toBe(404)
    expect((await client.get(`/p/${postId}/edit`)).status).toBe(404)
    expect(await body(postId)).toBe('Isi pertanyaan sebelum utas dikunci moderator.')
  })

  test('the edit service checks the policy itself, inside its transaction (a script or job meets it too)', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    await app.db.updateTable('threads').set({ locked_at: new Date() }).where('id', '=', threadId).execute()
    const actor = (await findActor(app.db, author.id))!
    const outcome = await editPost(app.db, { actor, postId, body: 'Perubahan langsung lewat layanan, tanpa rute.' })
    expect(outcome).toMatchObject({ ok: false, code: 'notFound' })
    const stranger = (await findActor(app.db, (await createMember(app.db)).id))!
    await app.db.updateTable('threads').set({ locked_at: null }).where('id', '=', threadId).execute()
    expect(await editPost(app.db, { actor: stranger, postId, body: 'Orang lain mencoba mengubah kiriman ini.' })).toMatchObject({ ok: false, code: 'notFound' })
  })
})

describe('what depends on a post follows it', () => {
  test('after a moderator redacts a NIK, searching that NIK no longer finds the thread', async () => {
    const nik = '3171234507890012'
    const author = await createMember(app.db)
    const { postId } = await createThreadAs(app.db, author, { title: 'Pertanyaan data kependudukan untuk cuti besar', body: `NIK saya ${nik} ditolak saat mengajukan cuti besar.` })
    expect(visibleText((await new Client(app).get(`/search?q=${nik}`)).html)).toContain('Pertanyaan data kependudukan untuk cuti besar')
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'redact', reason: 'Data pribadi', text: nik })).status).toBe(302)
    expect(await body(postId)).not.toContain(nik)
    expect(visibleText((await new Client(app).get(`/search?q=${nik}`)).html)).not.toContain('Pertanyaan data kependudukan untuk cuti besar')
  })

  test("deleting an answer takes its reputation and the thread's expert mark with it (author's delete)", async () => {
    const expert = await createMember(app.db)
    await verifyExpert(expert, 'cuti')
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, expert, threadId, { body: 'Sebagai analis: cuti besar diajukan lewat atasan.' })
    const rater = await loginAs(app, await createMember(app.db))
    expect((await rater.post(`/p/${postId}/rate`, { choice: 'helpful' })).status).toBe(302)
    expect((await (await loginAs(app, asker)).post(`/t/${threadId}/accept`, { postId })).status).toBe(302)
    expect(await thread(threadId)).toMatchObject({ has_expert_answer: true, accepted_post_id: postId })
    const before = await reputation(expert)
    expect(before).toBeGreaterThanOrEqual(10 + 15)
    expect((await (await loginAs(app, expert)).post(`/p/${postId}/delete`, {})).status).toBe(302)
    expect(await thread(threadId)).toMatchObject({ has_expert_answer: false, accepted_post_id: null })
    expect(await reputation(expert)).toBe(before - 10 - 15)
    const page = visibleText((await new Client(app).get(`/t/${threadId}`)).html)
    expect(page).not.toContain('Dijawab pakar terverifikasi')
  })

  test("a moderator's delete of the only expert answer clears the mark; hiding does too, and showing it again restores it", async () => {
    const expert = await createMember(app.db)
    await verifyExpert(expert, 'cuti')
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    const { postId } = await replyAs(app.db, expert, threadId)
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'hide', reason: 'Periksa dulu' })).status).toBe(302)
    expect((await thread(threadId)).has_expert_answer).toBe(false)
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'unhide', reason: 'Sudah diperiksa' })).status).toBe(302)
    expect((await thread(threadId)).has_expert_answer).toBe(true)
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'delete', reason: 'Salah informasi' })).status).toBe(302)
    expect(await thread(threadId)).toMatchObject({ has_expert_answer: false, reply_count: 0 })
  })
})

describe('sessions', () => {
  test('logout with a cookie that only names a session id (wrong secret) ends nothing', async () => {
    const victim = await createMember(app.db)
    const victimClient = await loginAs(app, victim)
    const [cookieName, token] = [...victimClient.cookies].find(([name]) => name.includes('session'))!
    const sessionId = token.split('.')[0]!
    const attacker = new Client(app)
    attacker.cookies.set(cookieName, `${sessionId}.${'a'.repeat(32)}`)
    const csrf = await attacker.csrfToken()
    expect((await attacker.post('/logout', {}, { csrf })).status).toBe(302)
    expect(await app.db.selectFrom('sessions').select('id').where('id', '=', sessionId).executeTakeFirst()).toBeTruthy()
    expect((await victimClient.get('/me')).status).toBe(200)
    // The real cookie does end it.
    expect((await victimClient.post('/logout', {})).status).toBe(302)
    expect(await app.db.selectFrom('sessions').select('id').where('id', '=', sessionId).executeTakeFirst()).toBeUndefined()
  })

  test("the sessions page ends one's other device, never the current one and never someone else's", async () => {
    const member = await createMember(app.db)
    const laptop = await loginAs(app, member)
    const phone = await loginAs(app, member)
    const idOf = (client: Client) => [...client.cookies].find(([name]) => name.includes('session'))![1].split('.')[0]!
    const other = await loginAs(app, await createMember(app.db))
    expect((await laptop.post('/me/sessions', { sessionId: idOf(other) })).status).toBe(404)
    expect((await laptop.post('/me/sessions', { sessionId: idOf(laptop) })).status).toBe(404)
    expect((await other.get('/me')).status).toBe(200)
    expect((await laptop.post('/me/sessions', { sessionId: idOf(phone) })).status).toBe(302)
    expect((await phone.get('/me')).status).toBe(302)
    expect((await laptop.get('/me')).status).toBe(200)
  })
})

describe('thread visibility is one policy', () => {
  test('the author of a thread a moderator deleted no longer sees it, nor can rate, flag, edit or see the history in it', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    const { postId: answerId } = await replyAs(app.db, await createMember(app.db), threadId)
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'delete', reason: 'Melanggar aturan' })).status).toBe(302)
    const client = await loginAs(app, author)
    expect((await client.get(`/t/${threadId}`)).status).toBe(404)
    expect((await client.get(`/events/thread/${threadId}`)).status).toBe(404)
    expect((await client.post(`/p/${answerId}/rate`, { choice: 'helpful' })).status).toBe(404)
    expect((await client.get(`/p/${answerId}/flag`)).status).toBe(404)
    expect((await client.get(`/p/${postId}/edit`)).status).toBe(404)
    expect((await client.post(`/t/${threadId}`, { body: 'Balasan di utas yang sudah dihapus.', intent: 'publish' })).status).toBe(404)
    // Staff still see it, for review.
    expect((await moderator.get(`/t/${threadId}`)).status).toBe(200)
  })

  test('the author still sees their hidden thread with the reason, but nobody rates in it', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    const { postId: answerId } = await replyAs(app.db, await createMember(app.db), threadId)
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'hide', reason: 'Alasan penyembunyian uji' })).status).toBe(302)
    const page = await (await loginAs(app, author)).get(`/t/${threadId}`)
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('Alasan penyembunyian uji')
    expect((await new Client(app).get(`/t/${threadId}`)).status).toBe(404)
    expect((await (await loginAs(app, await createMember(app.db))).post(`/p/${answerId}/rate`, { choice: 'helpful' })).status).toBe(404)
  })
})

describe('rate limits', () => {
  test('a window ends: after it, the same subject is allowed again', async () => {
    const rule = { name: 'test:window', limit: 2, windowSeconds: 60 }
    const hits = [await hitRateLimit(app.db, rule, 's'), await hitRateLimit(app.db, rule, 's'), await hitRateLimit(app.db, rule, 's')]
    expect(hits.map((h) => h.allowed)).toEqual([true, true, false])
    expect(hits[2]!.retryAfterSeconds).toBeGreaterThan(0)
    expect(hits[2]!.retryAfterSeconds).toBeLessThanOrEqual(60)
    await app.db.updateTable('rate_limits').set({ window_start: sql`now() - interval '61 seconds'` }).where('key', 'like', 'test:window:%').execute()
    expect((await hitRateLimit(app.db, rule, 's')).allowed).toBe(true)
    expect((await hitRateLimit(app.db, rule, 'another')).allowed).toBe(true)
  })

  test('ended windows are pruned; live ones stay', async () => {
    const rule = { name: 'test:prune', limit: 5, windowSeconds: 60 }
    await hitRateLimit(app.db, rule, 'old')
    await hitRateLimit(app.db, rule, 'new')
    const keys = await app.db.selectFrom('rate_limits').select('key').where('key', 'like', 'test:prune:%').execute()
    await app.db.updateTable('rate_limits').set({ window_start: sql`now() - interval '2 days'` }).where('key', '=', keys[0]!.key).execute()
    await pruneRateLimits(app.db)
    expect(await app.db.selectFrom('rate_limits').select('key').where('key', 'like', 'test:prune:%').execute()).toEqual([keys[1]])
  })
})

describe('cross-site requests', () => {
  test('a post with Origin: null (sandboxed frames, data: URLs) is refused before any action runs', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const client = await loginAs(app, member)
    const csrf = await client.csrfToken()
    const page = await client.post(`/t/${threadId}`, { body: 'Balasan dari bingkai tanpa asal yang jelas.', intent: 'publish' }, { csrf, headers: { Origin: 'null' } })
    expect(page.status).toBe(403)
    const other = await client.post(`/t/${threadId}`, { body: 'Balasan dari situs lain yang menyamar.', intent: 'publish' }, { csrf, headers: { Origin: 'https://evil.example' } })
    expect(other.status).toBe(403)
    expect((await thread(threadId)).reply_count).toBe(0)
  })
})

describe('cases', () => {
  test("counselor notes never reach the member's page, in its HTML or its data", async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const note = 'Catatan rahasia konselor: kemungkinan kelelahan kerja berat'
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'note', body: note })).status).toBe(302)
    expect((await cast.counselorClient.get(`/cases/${caseId}`)).html).toContain(note)
    const memberPage = await cast.memberClient.get(`/cases/${caseId}`)
    expect(memberPage.status).toBe(200)
    expect(memberPage.html).not.toContain('Catatan rahasia konselor')
    const data = await cast.memberClient.get(`/cases/${caseId}.data`)
    expect(data.status).toBe(200)
    expect(data.html).toContain(caseId)
    expect(data.html).not.toContain('Catatan rahasia konselor')
  })

  test('assignment, reassignment, a claim and duty changes are in the audit log (who and which case, nothing about it)', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const second = await createMember(app.db, { roles: ['counselor'] })
    expect((await cast.intakeClient.post('/cases/intake', { caseId, counselorId: second.id, reason: 'Beban kerja dibagi ulang' })).status).toBe(302)
    expect((await cast.counselorClient.post('/cases', { intent: 'duty', onDuty: 'on' })).status).toBe(302)
    const crisisCase = await requestCaseAs(await loginAs(app, await createMember(app.db)), { urgency: 'crisis' })
    expect((await cast.counselorClient.post('/cases', { intent: 'claim', caseId: crisisCase })).status).toBe(302)
    expect((await cast.counselorClient.post('/cases', { intent: 'duty' })).status).toBe(302)
    const rows = await app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'target_id', 'reason'])
      .where('action', 'in', ['case.assign', 'case.reassign', 'case.claim', 'duty.on', 'duty.off'])
      .where((eb) => eb.or([eb('target_id', 'in', [caseId, crisisCase]), eb('actor_id', '=', cast.counselor.id)]))
      .orderBy('id')
      .execute()
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['case.assign', cast.intake.id],
      ['case.reassign', cast.intake.id],
      ['duty.on', cast.counselor.id],
      ['case.claim', cast.counselor.id],
      ['duty.off', cast.counselor.id],
    ])
    expect(rows.every((r) => r.reason === null)).toBe(true)
  })
})
