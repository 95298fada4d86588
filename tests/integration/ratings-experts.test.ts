import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runVerificationMaintenance } from '~/services/experts.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const counts = (postId: string) =>
  app.db.selectFrom('posts').select(['helpful_count', 'unhelpful_count']).where('id', '=', postId).executeTakeFirstOrThrow()
const reputation = async (member: TestMember) =>
  (await app.db.selectFrom('users').select('reputation').where('id', '=', member.id).executeTakeFirstOrThrow()).reputation

async function verify(member: TestMember, areas: string[], expiresInDays = 365) {
  const ids = await Promise.all(areas.map((slug) => categoryId(app.db, slug)))
  await app.db
    .insertInto('expert_verifications')
    .values({ user_id: member.id, badge_text: 'Analis Kepegawaian — terverifikasi', areas: ids, verified_at: new Date(), expires_at: sql<Date>`now() + make_interval(days => ${expiresInDays})` })
    .execute()
}

describe('ratings', () => {
  test('a member rates an answer once, can change and withdraw it; counts and reputation follow', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const rater = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId)
    const client = await loginAs(app, rater)
    expect((await client.post(`/p/${postId}/rate`, { choice: 'helpful' })).status).toBe(302)
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
    expect(await reputation(helper)).toBe(10)
    expect((await client.post(`/p/${postId}/rate`, { choice: 'helpful' })).status).toBe(302)
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
    await client.post(`/p/${postId}/rate`, { choice: 'unhelpful' })
    expect(await counts(postId)).toEqual({ helpful_count: 0, unhelpful_count: 1 })
    expect(await reputation(helper)).toBe(0)
    await client.post(`/p/${postId}/rate`, { choice: 'withdraw' })
    expect(await counts(postId)).toEqual({ helpful_count: 0, unhelpful_count: 0 })
    const page = await client.get(`/t/${threadId}`)
    expect(page.html).toContain('Membantu (0)')
    expect(page.html).toContain('aria-pressed="false"')
  })

  test('my own answers cannot be rated by me, also when posted as Anonim; questions cannot be rated', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId, postId: questionId } = await createThreadAs(app.db, asker)
    const named = await replyAs(app.db, helper, threadId)
    const anonymous = await replyAs(app.db, helper, threadId, { anonymous: true })
    const client = await loginAs(app, helper)
    expect((await client.post(`/p/${named.postId}/rate`, { choice: 'helpful' })).status).toBe(404)
    expect((await client.post(`/p/${anonymous.postId}/rate`, { choice: 'helpful' })).status).toBe(404)
    const askerClient = await loginAs(app, asker)
    expect((await askerClient.post(`/p/${questionId}/rate`, { choice: 'helpful' })).status).toBe(404)
    expect(await app.db.selectFrom('post_ratings').select('post_id').where('user_id', 'in', [helper.id, asker.id]).execute()).toEqual([])
    expect((await client.get(`/t/${threadId}`)).html).not.toMatch(new RegExp(`action="/p/${named.postId}/rate"`))
  })

  test('concurrent double ratings leave exactly one rating', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const rater = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId)
    const client = await loginAs(app, rater)
    const token = await client.csrfToken()
    const results = await Promise.all(Array.from({ length: 6 }, () => client.post(`/p/${postId}/rate`, { choice: 'helpful' }, { csrf: token })))
    expect(results.every((r) => r.status === 302)).toBe(true)
    const rows = await app.db.selectFrom('post_ratings').select('value').where('post_id', '=', postId).execute()
    expect(rows).toEqual([{ value: 1 }])
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
  })

  test('ratings from brand-new or suspended accounts are recorded but do not count', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const fresh = await createMember(app.db, { fresh: true })
    const suspended = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId)
    await (await loginAs(app, fresh)).post(`/p/${postId}/rate`, { choice: 'helpful' })
    const suspendedClient = await loginAs(app, suspended)
    await suspendedClient.post(`/p/${postId}/rate`, { choice: 'helpful' })
    await app.db.updateTable('users').set({ suspended_until: sql`now() + interval '1 day'` }).where('id', '=', suspended.id).execute()
    // The suspended member can no longer rate at all; the earlier rating stops counting at the next recount.
    expect((await suspendedClient.post(`/p/${postId}/rate`, { choice: 'unhelpful' })).status).toBe(404)
    await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/rate`, { choice: 'helpful' })
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
    expect(await app.db.selectFrom('post_ratings').select('user_id').where('post_id', '=', postId).execute()).toHaveLength(3)
  })

  test('the answer author is told about ratings in one batched notification', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId)
    for (let i = 0; i < 3; i++) await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/rate`, { choice: 'helpful' })
    const notes = await app.db.selectFrom('notifications').select(['kind', 'count']).where('user_id', '=', helper.id).where('kind', '=', 'answer_rated').execute()
    expect(notes).toEqual([{ kind: 'answer_rated', count: 3 }])
    expect(visibleText((await (await loginAs(app, helper)).get('/me/notifications')).html)).toContain('mendapat 3 penilaian baru')
  })

  test('reputation never comes from anonymous answers, and is not shown on them', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId, { anonymous: true })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/rate`, { choice: 'helpful' })
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
    expect(await reputation(helper)).toBe(0)
  })
})

describe('accepted answers', () => {
  test('only the asker accepts (also as Anonim); the thread is solved and the answer comes first; it can change', async () => {
    const asker = await createMember(app.db)
    const first = await createMember(app.db)
    const second = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker, { anonymous: true })
    const a = await replyAs(app.db, first, threadId, { body: 'Jawaban pertama yang cukup membantu untuk penanya.' })
    const b = await replyAs(app.db, second, threadId, { body: 'Jawaban kedua yang akhirnya diterima penanya.' })
    expect((await (await loginAs(app, first)).post(`/t/${threadId}/accept`, { postId: a.postId })).status).toBe(404)
    const askerClient = await loginAs(app, asker)
    expect((await askerClient.post(`/t/${threadId}/accept`, { postId: a.postId })).status).toBe(302)
    expect(await reputation(first)).toBe(15)
    expect((await askerClient.post(`/t/${threadId}/accept`, { postId: b.postId })).status).toBe(302)
    expect(await reputation(first)).toBe(0)
    expect(await reputation(second)).toBe(15)
    const page = visibleText((await new Client(app).get(`/t/${threadId}`)).html)
    expect(page).toContain('Terjawab')
    const answers = page.slice(page.indexOf('Jawaban ('))
    expect(answers.indexOf('Jawaban kedua yang akhirnya diterima')).toBeLessThan(answers.indexOf('Jawaban pertama yang cukup'))
    expect(page).toContain('Jawaban diterima')
    const note = await app.db.selectFrom('notifications').select(['kind', 'actor_label']).where('user_id', '=', second.id).where('kind', '=', 'answer_accepted').executeTakeFirstOrThrow()
    expect(note.actor_label).toMatch(/^Anonim #[0-9A-F]{4}$/)
    expect((await askerClient.post(`/t/${threadId}/accept`, { postId: '' })).status).toBe(302)
    expect(visibleText((await new Client(app).get('/c/cuti?filter=solved')).html)).not.toContain(page.match(/Pertanyaan uji \w+/)![0])
  })
})

describe('verified experts', () => {
  test('a member applies once at a time; the admin approves; the badge shows on answers, lists and the directory', async () => {
    const applicant = await createMember(app.db)
    const client = await loginAs(app, applicant)
    expect((await client.get('/me/expert')).status).toBe(200)
    const bad = await client.post('/me/expert', { organisation: '', position: 'Analis', evidence: 'x' })
    expect(bad.status).toBe(400)
    expect(visibleText(bad.html)).toContain('Pilih setidaknya satu bidang.')
    const cuti = String(await categoryId(app.db, 'cuti'))
    const fields = { areas: [cuti], organisation: 'Pemerintah Kota Contoh', position: 'Analis SDM Aparatur', evidence: 'Sertifikat analis kepegawaian, 8 tahun di bagian kepegawaian.' }
    expect((await client.post('/me/expert', fields)).status).toBe(302)
    expect(visibleText((await client.get('/me/expert')).html)).toContain('Sedang ditinjau')
    const again = await client.post('/me/expert', fields)
    expect(again.status).toBe(409)
    expect(visibleText(again.html)).toContain('masih memiliki pengajuan')
    // Non-admins never see the queue.
    for (const role of [[], ['moderator'], ['counselor'], ['expert']] as const) {
      const other = await loginAs(app, await createMember(app.db, { roles: [...role] }))
      expect((await other.get('/admin/experts')).status, role.join()).toBe(404)
      expect((await other.post('/admin/experts', { intent: 'reject', applicationId: '1', reason: 'x' })).status, role.join()).toBe(404)
    }
    expect((await new Client(app).get('/admin/experts')).status).toBe(302)
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    const queue = await admin.get('/admin/experts')
    expect(visibleText(queue.html)).toContain('Pemerintah Kota Contoh')
    expect(queue.html).not.toContain(applicant.email)
    const applicationId = queue.html.match(/name="applicationId" value="(\d+)"/)![1]!
    const approved = await admin.post('/admin/experts', { intent: 'approve', applicationId, badgeText: 'Analis Kepegawaian — terverifikasi', areas: [cuti], expiresAt: '2027-11-25' })
    expect(approved.status).toBe(302)
    const audit = await app.db.selectFrom('audit_log').select('action').where('target_id', '=', applicant.id).execute()
    expect(audit.map((a) => a.action)).toContain('expert.approve')
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker, { category: 'cuti' })
    await replyAs(app.db, applicant, threadId, { body: 'Sesuai ketentuan, cuti tahunan diajukan lewat atasan langsung.' })
    const page = visibleText((await new Client(app).get(`/t/${threadId}`)).html)
    expect(page).toContain('Analis Kepegawaian — terverifikasi')
    // Its only answer leads the list with the badge: no highlight repeats it.
    expect(page.split('Sesuai ketentuan, cuti tahunan diajukan lewat atasan langsung.')).toHaveLength(2)
    expect(visibleText((await new Client(app).get('/c/cuti?filter=expert')).html)).toContain('Dijawab pakar terverifikasi')
    expect(visibleText((await new Client(app).get('/experts?area=cuti')).html)).toContain(applicant.pseudonym)
    // Never on an anonymous answer.
    await replyAs(app.db, applicant, threadId, { anonymous: true, body: 'Jawaban anonim dari pakar yang sama.' })
    const html = (await new Client(app).get(`/t/${threadId}`)).html
    const anonymousArticle = html.slice(html.lastIndexOf('Anonim #'), html.indexOf('Jawaban anonim dari pakar yang sama.'))
    expect(anonymousArticle).not.toContain('terverifikasi')

    // Revocation removes the badge everywhere at once, with a reason the expert sees.
    const revoked = await admin.post('/admin/experts', { intent: 'revoke', userId: applicant.id, reason: 'Sertifikat tidak berlaku lagi' })
    expect(revoked.status).toBe(302)
    expect(visibleText((await new Client(app).get(`/t/${threadId}`)).html)).not.toContain('Analis Kepegawaian — terverifikasi')
    expect(visibleText((await new Client(app).get('/c/cuti?filter=expert')).html)).not.toContain('Pertanyaan uji')
    expect(visibleText((await new Client(app).get('/experts')).html)).not.toContain(applicant.pseudonym)
    const notes = await app.db.selectFrom('notifications').select(['kind', 'detail']).where('user_id', '=', applicant.id).execute()
    expect(notes).toContainEqual({ kind: 'expert_revoked', detail: 'Sertifikat tidak berlaku lagi' })
  })

  test('a rejection carries a reason the applicant sees', async () => {
    const applicant = await createMember(app.db)
    const client = await loginAs(app, applicant)
    await client.post('/me/expert', { areas: [String(await categoryId(app.db, 'gaji'))], organisation: 'Dinas Contoh', position: 'Staf', evidence: 'Pengalaman dua tahun.' })
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    const applicationId = (await admin.get('/admin/experts')).html.match(/name="applicationId" value="(\d+)"/)![1]!
    const empty = await admin.post('/admin/experts', { intent: 'reject', applicationId, reason: '' })
    expect(empty.status).toBe(400)
    await admin.post('/admin/experts', { intent: 'reject', applicationId, reason: 'Bukti belum cukup' })
    expect(visibleText((await client.get('/me/expert')).html)).toContain('Alasan: Bukti belum cukup')
  })

  test('a verification lapses at its expiry (badge gone at once), with a reminder before', async () => {
    const expert = await createMember(app.db, { roles: ['expert'] })
    await verify(expert, ['mutasi'], 10)
    expect(await runVerificationMaintenance(app.db)).toMatchObject({ reminded: 1 })
    expect(await runVerificationMaintenance(app.db)).toMatchObject({ reminded: 0 })
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker, { category: 'mutasi' })
    await replyAs(app.db, expert, threadId)
    expect(visibleText((await new Client(app).get(`/t/${threadId}`)).html)).toContain('Analis Kepegawaian — terverifikasi')
    await app.db.updateTable('expert_verifications').set({ expires_at: sql`now() - interval '1 minute'` }).where('user_id', '=', expert.id).execute()
    // Uncached readers (members) see it gone at once; the anonymous readers' cache is dropped by the
    // maintenance pass (and, in real time, never outlives the badge's expiry).
    const member = await loginAs(app, await createMember(app.db))
    expect(visibleText((await member.get(`/t/${threadId}`)).html)).not.toContain('Analis Kepegawaian — terverifikasi')
    expect(await runVerificationMaintenance(app.db)).toMatchObject({ lapsed: 1 })
    expect(visibleText((await new Client(app).get(`/t/${threadId}`)).html)).not.toContain('Analis Kepegawaian — terverifikasi')
    const flag = await app.db.selectFrom('threads').select('has_expert_answer').where('id', '=', threadId).executeTakeFirstOrThrow()
    expect(flag.has_expert_answer).toBe(false)
    const kinds = (await app.db.selectFrom('notifications').select('kind').where('user_id', '=', expert.id).execute()).map((n) => n.kind)
    expect(kinds).toEqual(expect.arrayContaining(['expert_renewal', 'expert_lapsed']))
  })

  test('a public profile shows reputation, badge and public answers, never anonymous ones', async () => {
    const member = await createMember(app.db)
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker, { title: 'Pertanyaan untuk profil publik anggota' })
    await replyAs(app.db, member, threadId, { body: 'Jawaban publik saya di sini.' })
    const other = await createThreadAs(app.db, asker, { title: 'Pertanyaan yang saya jawab anonim' })
    await replyAs(app.db, member, other.threadId, { anonymous: true })
    const page = await new Client(app).get(`/u/${member.pseudonym}`)
    expect(page.status).toBe(200)
    const text = visibleText(page.html)
    expect(text).toContain('Pertanyaan untuk profil publik anggota')
    expect(text).not.toContain('Pertanyaan yang saya jawab anonim')
    expect(page.html).not.toContain(member.email)
    expect(page.html).not.toContain(member.id)
    expect((await new Client(app).get('/u/TidakAdaOrangIni')).status).toBe(404)
  })
})

describe('privileges gated by standing', () => {
  test('a brand-new account cannot post external links yet; an established one can', async () => {
    const fresh = await createMember(app.db, { fresh: true })
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const page = await (await loginAs(app, fresh)).post(`/t/${threadId}`, { body: 'Lihat https://contoh-spam.example untuk info.', intent: 'publish' })
    expect(page.status).toBe(400)
    expect(visibleText(page.html)).toContain('Akun baru belum boleh memuat tautan ke situs luar')
    const ok = await (await loginAs(app, asker)).post(`/t/${threadId}`, { body: 'Aturan lengkap ada di https://www.bkn.go.id ya.', intent: 'publish' })
    expect(ok.status).toBe(302)
  })
})
