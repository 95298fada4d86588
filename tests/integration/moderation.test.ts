import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { verifyAuditChain } from '~/models/audit.server'
import { alertStaleCrisisFlags } from '~/services/moderation/crisis-alerts.server'
import { flagWeight } from '~/services/moderation/flags.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const openFlags = (postId: string) =>
  app.db.selectFrom('flags').select(['reason', 'source', 'indirect', 'weight']).where('post_id', '=', postId).where('status', '=', 'open').orderBy('reason').execute()

describe('flags', () => {
  test('a member flags a post with a reason; one open flag per member per post; not their own', async () => {
    const author = await createMember(app.db)
    const flagger = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    const client = await loginAs(app, flagger)
    expect((await client.get(`/p/${postId}/flag`)).status).toBe(200)
    const missing = await client.post(`/p/${postId}/flag`, { reason: 'other' })
    expect(missing.status).toBe(400)
    expect(visibleText(missing.html)).toContain('Wajib diisi.')
    expect((await client.post(`/p/${postId}/flag`, { reason: 'harassment' })).status).toBe(302)
    const again = await client.post(`/p/${postId}/flag`, { reason: 'spam' })
    expect(again.status).toBe(302)
    expect(await openFlags(postId)).toEqual([{ reason: 'harassment', source: 'member', indirect: false, weight: 1 }])
    expect((await (await loginAs(app, author)).get(`/p/${postId}/flag`)).status).toBe(404)
    expect((await new Client(app).get(`/p/${postId}/flag`)).status).toBe(302)
    void threadId
  })

  test('flag weight grows with reputation', () => {
    expect([flagWeight(0), flagWeight(99), flagWeight(100), flagWeight(250), flagWeight(10_000)]).toEqual([1, 1, 2, 3, 5])
  })

  test('flags are rate-limited per member', async () => {
    const flagger = await createMember(app.db)
    const client = await loginAs(app, flagger)
    const author = await createMember(app.db)
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const { postId } = await createThreadAs(app.db, author)
      statuses.push((await client.post(`/p/${postId}/flag`, { reason: 'spam' })).status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 302)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})

describe('automatic flags and the crisis response', () => {
  test('a crisis post is flagged at once and its writer sees help and can request a counselor', async () => {
    const writer = await createMember(app.db)
    const client = await loginAs(app, writer)
    const posted = await client.post('/new', { category: 'kesejahteraan', title: 'Saya sudah tidak sanggup lagi bekerja', body: 'Sudah berbulan-bulan begini, rasanya saya ingin mengakhiri hidup saja.', intent: 'publish' })
    expect(posted.status).toBe(302)
    expect(posted.location).toMatch(/^\/support\?post=\d+$/)
    const postId = posted.location!.split('=')[1]!
    expect(await openFlags(postId)).toEqual([{ reason: 'crisis', source: 'auto', indirect: false, weight: 1 }])
    const support = await client.get(posted.location!)
    const text = visibleText(support.html)
    expect(text).toContain('Anda tidak sendirian')
    expect(text).toContain('119')
    const requested = await client.post('/support', { postId })
    expect(requested.status).toBe(302)
    const rows = await app.db.selectFrom('cases').select(['id', 'post_id', 'source', 'urgency', 'status']).where('member_id', '=', writer.id).execute()
    expect(rows).toEqual([{ id: expect.any(String), post_id: postId, source: 'request', urgency: 'crisis', status: 'new' }])
    expect(requested.location).toBe(`/cases/${rows[0]!.id}`)
    expect(visibleText((await client.visit(requested.location!)).html)).toContain('Permintaan Anda tercatat')
    // Asking again lands on the same case instead of opening a second one.
    expect((await client.post('/support', { postId })).location).toBe(`/cases/${rows[0]!.id}`)
  })

  test('a negated mention still reaches the queue, below a direct one', async () => {
    const writer = await createMember(app.db)
    const { postId: negated } = await createThreadAs(app.db, writer, { body: 'Tenang, saya bukan ingin bunuh diri, hanya lelah dengan mutasi ini.' })
    const { postId: direct } = await createThreadAs(app.db, writer, { body: 'Malam ini saya ingin bunuh diri, semua terasa gelap.' })
    expect(await openFlags(negated)).toEqual([{ reason: 'crisis', source: 'auto', indirect: true, weight: 1 }])
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const queue = (await moderator.get('/mod')).html
    expect(queue.indexOf(`/mod/p/${direct}"`)).toBeGreaterThan(-1)
    expect(queue.indexOf(`/mod/p/${direct}"`)).toBeLessThan(queue.indexOf(`/mod/p/${negated}"`))
  })

  test('personal data kept on purpose, many links and repeated text are flagged', async () => {
    const writer = await createMember(app.db)
    const client = await loginAs(app, writer)
    const { threadId } = await createThreadAs(app.db, writer)
    const kept = await client.post(`/t/${threadId}`, { body: 'Hubungi saya di 081234567890 untuk detailnya.', piiDecision: 'keep' })
    const piiPost = kept.location!.split('#p')[1]!
    expect((await openFlags(piiPost)).map((f) => f.reason)).toEqual(['personal_data'])
    const links = Array.from({ length: 6 }, (_, i) => `https://contoh${i}.example`).join(' ')
    const spam = await client.post(`/t/${threadId}`, { body: `Promo ${links}`, intent: 'publish' })
    expect((await openFlags(spam.location!.split('#p')[1]!)).map((f) => f.reason)).toEqual(['spam'])
    const other = await createThreadAs(app.db, writer)
    const text = 'Teks yang sama persis diulang di beberapa utas berbeda oleh akun yang sama.'
    await replyAs(app.db, writer, threadId, { body: text })
    const repeated = await replyAs(app.db, writer, other.threadId, { body: text })
    expect((await openFlags(repeated.postId)).map((f) => f.reason)).toEqual(['spam'])
  })

  test('a member flag for crisis sends the writer a caring notification', async () => {
    const writer = await createMember(app.db)
    const { postId } = await createThreadAs(app.db, writer, { body: 'Akhir-akhir ini saya merasa sangat gelap dan sendirian.' })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/flag`, { reason: 'crisis' })
    const page = visibleText((await (await loginAs(app, writer)).get('/me/notifications')).html)
    expect(page).toContain('Ada yang peduli pada Anda')
    expect(page).not.toMatch(/laporan|report/i)
  })
})

describe('the review queue', () => {
  test('orders crisis first, then by flaggers’ weight and number, then by age; flaggers are never named', async () => {
    const author = await createMember(app.db)
    const light = await createThreadAs(app.db, author, { title: 'Utas dengan satu laporan ringan' })
    const heavy = await createThreadAs(app.db, author, { title: 'Utas dengan laporan berbobot tinggi' })
    const crisis = await createThreadAs(app.db, author, { title: 'Utas dengan laporan krisis dari anggota' })
    const trusted = await createMember(app.db, { pseudonym: 'PelaporTerpercaya1' })
    await app.db.updateTable('users').set({ reputation: 400 }).where('id', '=', trusted.id).execute()
    await (await loginAs(app, await createMember(app.db))).post(`/p/${light.postId}/flag`, { reason: 'spam' })
    await (await loginAs(app, trusted)).post(`/p/${heavy.postId}/flag`, { reason: 'harassment' })
    await (await loginAs(app, await createMember(app.db, { pseudonym: 'PelaporKrisis9' }))).post(`/p/${crisis.postId}/flag`, { reason: 'crisis' })
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const html = (await moderator.get('/mod')).html
    const at = (postId: string) => html.indexOf(`/mod/p/${postId}"`)
    expect(at(crisis.postId)).toBeLessThan(at(heavy.postId))
    expect(at(heavy.postId)).toBeLessThan(at(light.postId))
    const item = await moderator.get(`/mod/p/${crisis.postId}`)
    expect(item.html).not.toContain('PelaporKrisis9')
    expect(item.html).not.toContain(author.email)
    expect((await moderator.get(`/mod/p/${heavy.postId}`)).html).not.toContain('PelaporTerpercaya1')
  })

  test('a crisis item shows how long it waited and alerts every moderator again after the window', async () => {
    const author = await createMember(app.db)
    const { postId } = await createThreadAs(app.db, author, { body: 'Saya ingin mati saja, tidak ada yang peduli.' })
    await app.db.updateTable('flags').set({ created_at: sql`now() - interval '20 minutes'` }).where('post_id', '=', postId).execute()
    const moderator = await createMember(app.db, { roles: ['moderator'] })
    const page = visibleText((await (await loginAs(app, moderator)).get('/mod')).html)
    expect(page).toMatch(/menunggu 2\d menit · melewati batas 15 menit/)
    expect(await alertStaleCrisisFlags(app.db)).toBeGreaterThanOrEqual(1)
    const alerts = await app.db.selectFrom('notifications').select('post_id').where('user_id', '=', moderator.id).where('kind', '=', 'crisis_alert').execute()
    expect(alerts).toContainEqual({ post_id: postId })
    // The window restarts: no second alert right away.
    const before = alerts.length
    await alertStaleCrisisFlags(app.db)
    expect(await app.db.selectFrom('notifications').select('id').where('user_id', '=', moderator.id).where('kind', '=', 'crisis_alert').execute()).toHaveLength(before)
  })

  test('a crisis flag reaches an open queue page live', async () => {
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const headers = { Cookie: [...moderator.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
    const stream = await app.fetch(new Request('http://localhost/events/mod', { headers }))
    const reader = stream.body!.getReader()
    let text = ''
    const reading = (async () => {
      const deadline = Date.now() + 5000
      while (!text.includes('crisis:') && Date.now() < deadline) {
        const chunk = await reader.read()
        if (chunk.done) break
        text += new TextDecoder().decode(chunk.value)
      }
    })()
    await new Promise((r) => setTimeout(r, 150))
    await createThreadAs(app.db, await createMember(app.db), { body: 'Rasanya pengen mati aja malam ini.' })
    await Promise.race([reading, new Promise((r) => setTimeout(r, 5000))])
    await reader.cancel()
    expect(text).toMatch(/event: queue\ndata: crisis:\d+/)
  })
})

describe('moderation actions', () => {
  async function flagged() {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    const reply = await replyAs(app.db, author, threadId, { body: 'Kiriman yang dilaporkan karena kasar sekali.' })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${reply.postId}/flag`, { reason: 'harassment' })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${reply.postId}/flag`, { reason: 'spam' })
    const moderator = await createMember(app.db, { roles: ['moderator'] })
    return { author, threadId, questionId: postId, postId: reply.postId, moderator: await loginAs(app, moderator), moderatorId: moderator.id }
  }

  test('hide: readers see a placeholder, the author sees the reason, every flag on the post is resolved, audited', async () => {
    const { author, threadId, postId, moderator, moderatorId } = await flagged()
    const noReason = await moderator.post(`/mod/p/${postId}`, { action: 'hide', reason: '' })
    expect(noReason.status).toBe(400)
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'hide', reason: 'Bahasa kasar' })).status).toBe(302)
    const reader = visibleText((await new Client(app).get(`/t/${threadId}`)).html)
    expect(reader).toContain('Kiriman ini disembunyikan oleh moderator.')
    expect(reader).not.toContain('Kiriman yang dilaporkan karena kasar sekali.')
    expect(reader).not.toContain('Bahasa kasar')
    expect(visibleText((await (await loginAs(app, author)).get(`/t/${threadId}`)).html)).toContain('Alasan: Bahasa kasar')
    expect(await openFlags(postId)).toEqual([])
    const resolutions = await app.db.selectFrom('flags').select('resolution').where('post_id', '=', postId).execute()
    expect(resolutions).toEqual([{ resolution: 'hide' }, { resolution: 'hide' }])
    const audit = await app.db.selectFrom('audit_log').select(['actor_id', 'action', 'reason']).where('action', '=', 'moderation.hide').where('target_id', '=', postId).execute()
    expect(audit).toEqual([{ actor_id: moderatorId, action: 'moderation.hide', reason: 'Bahasa kasar' }])
  })

  test('suspend: the member cannot post, rate or flag, and sees why and until when; unsuspend restores', async () => {
    const { author, threadId, postId, moderator } = await flagged()
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'suspend', reason: 'Pelecehan berulang', days: '3' })).status).toBe(302)
    const member = await loginAs(app, author)
    const banner = visibleText((await member.get('/')).html)
    expect(banner).toContain('Akun Anda ditangguhkan hingga')
    expect(banner).toContain('Pelecehan berulang')
    expect((await member.post(`/t/${threadId}`, { body: 'Mencoba membalas saat ditangguhkan.', intent: 'publish' })).status).toBe(404)
    expect((await member.post('/new', { category: 'cuti', title: 'Utas baru saat ditangguhkan', body: 'Isi utas saat ditangguhkan.' })).status).toBe(400)
    const someone = await createMember(app.db)
    const other = await createThreadAs(app.db, someone)
    const answer = await replyAs(app.db, someone, other.threadId)
    expect((await member.post(`/p/${answer.postId}/rate`, { choice: 'helpful' })).status).toBe(404)
    expect((await member.post(`/p/${answer.postId}/flag`, { reason: 'spam' })).status).toBe(404)
    await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/flag`, { reason: 'other', detail: 'masih kasar' })
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'unsuspend', reason: 'Sudah meminta maaf' })).status).toBe(302)
    expect((await member.post(`/t/${threadId}`, { body: 'Boleh membalas lagi setelah penangguhan.', intent: 'publish' })).status).toBe(302)
  })

  test('warn, lock, move and delete do what they say', async () => {
    const { author, threadId, postId, questionId, moderator } = await flagged()
    await moderator.post(`/mod/p/${postId}`, { action: 'warn', reason: 'Jaga bahasa' })
    const warning = await app.db.selectFrom('notifications').select(['kind', 'detail']).where('user_id', '=', author.id).where('kind', '=', 'moderation_warning').executeTakeFirstOrThrow()
    expect(warning.detail).toBe('Jaga bahasa')
    await moderator.post(`/mod/p/${postId}`, { action: 'lock', reason: 'Diskusi memanas' })
    const helper = await loginAs(app, await createMember(app.db))
    expect((await helper.post(`/t/${threadId}`, { body: 'Balasan di utas terkunci.', intent: 'publish' })).status).toBe(404)
    expect(visibleText((await helper.get(`/t/${threadId}`)).html)).toContain('Utas ini dikunci')
    const karier = await app.db.selectFrom('categories').select('id').where('slug', '=', 'karier').executeTakeFirstOrThrow()
    await moderator.post(`/mod/p/${postId}`, { action: 'move', reason: 'Salah kategori', category: String(karier.id) })
    expect(visibleText((await new Client(app).get(`/t/${threadId}`)).html)).toContain('Karier & Kompetensi')
    await moderator.post(`/mod/p/${questionId}`, { action: 'delete', reason: 'Melanggar aturan' })
    expect((await new Client(app).get(`/t/${threadId}`)).status).toBe(404)
    expect((await moderator.get(`/t/${threadId}`)).status).toBe(200)
  })
})

describe('who may moderate', () => {
  test('every role: only moderators and admins reach the queue, items and actions (404 for others)', async () => {
    const author = await createMember(app.db)
    const { postId } = await createThreadAs(app.db, author)
    for (const roles of [[], ['expert'], ['counselor']] as const) {
      const client = await loginAs(app, await createMember(app.db, { roles: [...roles] }))
      expect((await client.get('/mod')).status, roles.join()).toBe(404)
      expect((await client.get(`/mod/p/${postId}`)).status, roles.join()).toBe(404)
      expect((await client.post(`/mod/p/${postId}`, { action: 'dismiss', reason: 'x' })).status, roles.join()).toBe(404)
      expect((await client.get('/events/mod')).status, roles.join()).toBe(404)
      expect((await client.get('/admin/audit')).status, roles.join()).toBe(404)
    }
    expect((await new Client(app).get('/mod')).status).toBe(302)
    expect((await new Client(app).get('/events/mod')).status).toBe(404)
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.get('/mod')).status).toBe(200)
    expect((await moderator.get('/admin/audit')).status).toBe(404)
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    expect((await admin.get('/mod')).status).toBe(200)
    expect((await admin.get('/admin/audit?action=moderation')).status).toBe(200)
  })

  test('moderators never see an email, and an anonymous author stays a handle without history', async () => {
    const author = await createMember(app.db, { pseudonym: 'PenulisRahasia3' })
    const { postId } = await createThreadAs(app.db, author, { anonymous: true, body: 'Atasan saya kasar sekali setiap hari.' })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${postId}/flag`, { reason: 'harassment' })
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const page = await moderator.get(`/mod/p/${postId}`)
    expect(page.html).not.toContain('PenulisRahasia3')
    expect(page.html).not.toContain(author.email)
    expect(visibleText(page.html)).toMatch(/Anonim #[0-9A-F]{4}/)
    // The history shown is that of this thread's handle only, never the account's (issue 19).
    expect(visibleText(page.html)).toContain('Hanya tindakan melalui')
  })
})

describe('the audit log', () => {
  test('is a hash chain: intact after real actions, broken (and named) after a hand edit', async () => {
    const before = await verifyAuditChain(app.db)
    expect(before.firstBroken).toBeNull()
    expect(before.checked).toBeGreaterThan(3)
    const victim = await app.db.selectFrom('audit_log').select('id').orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow()
    await app.db.updateTable('audit_log').set({ reason: 'diubah diam-diam' }).where('id', '=', victim.id).execute()
    expect((await verifyAuditChain(app.db)).firstBroken).toBe(victim.id)
  })
})

describe('more actions and rules', () => {
  test('redact a span and edit with a reason keep the old text in the post history', async () => {
    const author = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, author)
    const { postId } = await replyAs(app.db, author, threadId, { body: 'Atasan saya Pak Budi di Bagian Umum selalu menunda cuti saya.' })
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const missing = await moderator.post(`/mod/p/${postId}`, { action: 'redact', reason: 'Nama orang', text: 'Pak Andi' })
    expect(missing.status).toBe(400)
    expect(visibleText(missing.html)).toContain('Teks itu tidak ditemukan di kiriman.')
    expect((await moderator.post(`/mod/p/${postId}`, { action: 'redact', reason: 'Nama orang', text: 'Pak Budi di Bagian Umum' })).status).toBe(302)
    const page = visibleText((await new Client(app).get(`/t/${threadId}`)).html)
    expect(page).toContain('Atasan saya [disamarkan] selalu menunda cuti saya.')
    expect(page).not.toContain('Pak Budi')
    await moderator.post(`/mod/p/${postId}`, { action: 'edit', reason: 'Merapikan', text: 'Atasan saya selalu menunda cuti saya.' })
    const revisions = await app.db.selectFrom('post_revisions').select(['body_md', 'reason']).where('post_id', '=', postId).orderBy('id').execute()
    expect(revisions).toEqual([
      { body_md: 'Atasan saya Pak Budi di Bagian Umum selalu menunda cuti saya.', reason: 'Nama orang' },
      { body_md: 'Atasan saya [disamarkan] selalu menunda cuti saya.', reason: 'Merapikan' },
    ])
    const history = visibleText((await moderator.get(`/mod/p/${postId}`)).html)
    expect(history).toContain('Samarkan bagian teks')
    expect(visibleText((await moderator.get('/mod/history')).html)).toContain('Merapikan')
  })

  test('a suspended member can neither edit nor accept', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author)
    const answer = await replyAs(app.db, await createMember(app.db), threadId)
    await app.db.updateTable('users').set({ suspended_until: sql`now() + interval '2 days'`, suspension_reason: 'uji' }).where('id', '=', author.id).execute()
    const client = await loginAs(app, author)
    expect((await client.get(`/p/${postId}/edit`)).status).toBe(404)
    expect((await client.post(`/p/${postId}/edit`, { body: 'Suntingan saat ditangguhkan.' })).status).toBe(404)
    expect((await client.post(`/t/${threadId}/accept`, { postId: answer.postId })).status).toBe(404)
    expect((await client.post('/me/expert', { areas: ['1'], organisation: 'x', position: 'y', evidence: 'z' })).status).toBe(404)
  })
})

describe('instance settings', () => {
  test('an admin sets the crisis help text; writers see it; nobody else reaches the page', async () => {
    for (const roles of [[], ['moderator'], ['counselor'], ['expert']] as const) {
      const client = await loginAs(app, await createMember(app.db, { roles: [...roles] }))
      expect((await client.get('/admin/settings')).status, roles.join()).toBe(404)
      expect((await client.post('/admin/settings', { crisisHelpId: 'x', crisisHelpEn: 'y' })).status, roles.join()).toBe(404)
    }
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    const tooLong = await admin.post('/admin/settings', { crisisHelpId: 'x'.repeat(2001), crisisHelpEn: '' })
    expect(tooLong.status).toBe(400)
    expect((await admin.post('/admin/settings', { crisisHelpId: 'Hubungi layanan konseling kantor di ruang 204.', crisisHelpEn: '' })).status).toBe(302)
    const writer = await createMember(app.db)
    const client = await loginAs(app, writer)
    const posted = await client.post('/new', { category: 'kesejahteraan', title: 'Saya merasa sangat lelah sekali', body: 'Rasanya pengen mati aja, tidak ada yang peduli.', intent: 'publish' })
    const support = visibleText((await client.get(posted.location!)).html)
    expect(support).toContain('Hubungi layanan konseling kantor di ruang 204.')
    expect(support).not.toContain('119 ekstensi 8')
    await client.post('/language', { lng: 'en', redirectTo: '/' })
    expect(visibleText((await client.get(posted.location!)).html)).toContain('119 extension 8')
    const audit = await app.db.selectFrom('audit_log').select('action').where('action', '=', 'settings.crisis_help').execute()
    expect(audit).toHaveLength(1)
  })
})
