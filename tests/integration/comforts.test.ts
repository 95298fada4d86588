import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'
import { uniqueSuffix } from '../fixtures/unique'

// Issue 15.7, the everyday comforts, as a reader sees them in the HTML.

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const named = (prefix: string) => createMember(app.db, { pseudonym: `${prefix}${uniqueSuffix(5)}` })

describe('@mentions', () => {
  test('an existing member becomes a link to their profile; an unknown name, an email and code stay text', async () => {
    const mentioned = await named('Cendana')
    const writer = await named('Meranti')
    const { threadId } = await createThreadAs(app.db, writer)
    const body = `Terima kasih @${mentioned.pseudonym.toLowerCase()} dan @Tidak${uniqueSuffix(4)}Ada. Tulis ke nama@contoh.go.id, \`@${mentioned.pseudonym}\``
    const { postId } = await replyAs(app.db, writer, threadId, { body })
    const page = await new Client(app).get(`/t/${threadId}`)
    const post = page.html.slice(page.html.indexOf(`id="p${postId}"`))
    // Linked under the pseudonym as spelled, whatever case was typed.
    expect(post).toContain(`<a href="/u/${mentioned.pseudonym}" class="mention" rel="nofollow ugc noopener">@${mentioned.pseudonym}</a>`)
    expect(post.match(/class="mention"/g)).toHaveLength(1)
    expect(post).toMatch(/@Tidak\w+Ada\./)
    expect(post).toContain(`<code>@${mentioned.pseudonym}</code>`)
    expect(post).toContain('href="mailto:nama@contoh.go.id"')
    expect((await new Client(app).get(`/u/${mentioned.pseudonym}`)).status).toBe(200)
  })

  test('a mention cannot carry markup: the link is built by the pipeline, the sanitiser has the last word', async () => {
    const mentioned = await named('Kenari')
    const writer = await named('Jati')
    const { threadId } = await createThreadAs(app.db, writer)
    const { postId } = await replyAs(app.db, writer, threadId, { body: `@${mentioned.pseudonym}<img src=x onerror=alert(1)> <a class="mention" href="javascript:alert(1)">x</a>` })
    const row = await app.db.selectFrom('posts').select('body_html').where('id', '=', postId).executeTakeFirstOrThrow()
    expect(row.body_html).toContain(`<a href="/u/${mentioned.pseudonym}" class="mention"`)
    expect(row.body_html).not.toMatch(/<img|<[^>]*onerror=|<a[^>]*href="javascript/)
    expect(row.body_html).toContain('&lt;a class="mention"')
  })

  test('the live preview links mentions the same way', async () => {
    const mentioned = await named('Mahoni')
    const client = await loginAs(app, await createMember(app.db))
    const response = await client.post('/preview', { body: `Halo @${mentioned.pseudonym}` })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.html).html).toContain(`href="/u/${mentioned.pseudonym}" class="mention"`)
  })
})

describe('reply to #N', () => {
  test('shows the quoted author (the Anonim handle for an anonymous post, never the pseudonym) and a plain-text snippet, linking to it', async () => {
    const asker = await named('Ulin')
    const secret = await named('Rahasia')
    const replier = await named('Gaharu')
    const { threadId } = await createThreadAs(app.db, asker)
    const quoted = await replyAs(app.db, secret, threadId, { anonymous: true, body: '**Ajukan** cuti lewat [SIASN](https://siasn.bkn.go.id) paling lambat tujuh hari sebelum tanggal mulai, lalu minta atasan menyetujui.' })
    const reply = await replyAs(app.db, replier, threadId, { replyTo: quoted.postId, body: 'Setuju dengan saran ini.' })
    const named1 = await replyAs(app.db, asker, threadId, { body: 'Terima kasih semuanya atas jawaban yang sangat membantu ini.' })
    const reply2 = await replyAs(app.db, replier, threadId, { replyTo: named1.postId, body: 'Sama-sama.' })
    const html = (await new Client(app).get(`/t/${threadId}?sort=oldest`)).html
    const card = html.slice(html.indexOf(`id="p${reply.postId}"`), html.indexOf(`id="p${named1.postId}"`))
    expect(card).toContain(`href="#p${quoted.postId}"`)
    expect(visibleText(card)).toMatch(new RegExp(`Membalas Anonim #[0-9A-F]{4} \\(kiriman #${quoted.postId}\\)`))
    expect(visibleText(card)).toContain('Ajukan cuti lewat SIASN paling lambat')
    expect(card).not.toContain('**')
    expect(html).not.toContain(secret.pseudonym)
    const card2 = html.slice(html.indexOf(`id="p${reply2.postId}"`))
    expect(visibleText(card2)).toContain(`Membalas ${asker.pseudonym} (kiriman #${named1.postId})`)
  })

  test('a hidden quoted post gives neither its author nor its words', async () => {
    const writer = await named('Eboni')
    const { threadId } = await createThreadAs(app.db, writer)
    const quoted = await replyAs(app.db, writer, threadId, { body: 'Kata-kata yang nanti disembunyikan moderator.' })
    const reply = await replyAs(app.db, await createMember(app.db), threadId, { replyTo: quoted.postId })
    await app.db.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: 'uji' }).where('id', '=', quoted.postId).execute()
    const html = (await new Client(app).get(`/t/${threadId}?sort=oldest`)).html
    const card = visibleText(html.slice(html.indexOf(`id="p${reply.postId}"`)))
    expect(card).toContain(`Membalas kiriman #${quoted.postId} (sudah tidak ditampilkan)`)
    expect(card).not.toContain('nanti disembunyikan')
  })

  test('the composer names whom it replies to; a post of another thread is ignored', async () => {
    const writer = await named('Sungkai')
    const { threadId } = await createThreadAs(app.db, writer)
    const quoted = await replyAs(app.db, writer, threadId, { body: 'Jawaban yang akan dikutip di kotak balasan.' })
    const other = await createThreadAs(app.db, writer)
    const client = await loginAs(app, await createMember(app.db))
    const page = await client.get(`/t/${threadId}?replyTo=${quoted.postId}`)
    const box = visibleText(page.html.slice(page.html.indexOf('id="reply"')))
    expect(box).toContain(`Membalas ${writer.pseudonym} (kiriman #${quoted.postId})`)
    expect(box).toContain('Jawaban yang akan dikutip')
    expect(page.html).toContain(`name="replyTo" value="${quoted.postId}"`)
    const foreign = await client.get(`/t/${other.threadId}?replyTo=${quoted.postId}`)
    expect(foreign.html).not.toContain('name="replyTo"')
    expect((await client.get(`/t/${threadId}?replyTo=abc`)).status).toBe(200)
  })
})

describe('profile editing', () => {
  test('a member saves a bio and interests; the profile shows them, as text, with a generated pattern avatar', async () => {
    const member = await named('Bintang')
    const client = await loginAs(app, member)
    const form = await client.get('/me/profile')
    expect(form.status).toBe(200)
    expect(form.html).toMatch(/<label for="[^"]+">Bio singkat/)
    const cuti = await categoryId(app.db, 'cuti')
    const saved = await client.post('/me/profile', { bio: 'Analis <b>SDM</b> di daerah.\nSuka berbagi.', interests: [String(cuti)] })
    expect(saved.status).toBe(302)
    expect(saved.location).toBe(`/u/${member.pseudonym}`)
    const profile = await client.get(`/u/${member.pseudonym}`)
    expect(profile.html).toContain('Analis &lt;b&gt;SDM&lt;/b&gt; di daerah.')
    expect(profile.html).not.toContain('<b>SDM')
    expect(visibleText(profile.html)).toMatch(/Bidang minat: Cuti/)
    const avatar = profile.html.match(/<svg class="pattern-avatar"[\s\S]*?<\/svg>/)![0]
    expect(avatar).toContain('aria-hidden="true"')
    // The same pseudonym draws the same pattern, for any reader; nobody uploads a picture.
    const again = (await new Client(app).get(`/u/${member.pseudonym}`)).html.match(/<svg class="pattern-avatar"[\s\S]*?<\/svg>/)![0]
    expect(again).toBe(avatar)
    expect(profile.html).not.toMatch(/<img|type="file"/)
    expect(form.html).not.toContain('type="file"')
  })

  test('bad input comes back with translated errors next to the fields, keeping what was typed', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const long = 'Panjang sekali. '.repeat(25)
    const tooLong = await client.post('/me/profile', { bio: long })
    expect(tooLong.status).toBe(400)
    expect(visibleText(tooLong.html)).toContain('Bio paling banyak 300 karakter.')
    expect(tooLong.html).toContain('Panjang sekali. Panjang sekali.')
    expect(tooLong.html).toMatch(/aria-invalid="true"/)
    const categories = await app.db.selectFrom('categories').select('id').where('staff_only', '=', false).limit(6).execute()
    const tooMany = await client.post('/me/profile', { bio: 'ok', interests: categories.map((c) => String(c.id)) })
    expect(tooMany.status).toBe(400)
    expect(visibleText(tooMany.html)).toContain('Pilih paling banyak 5 bidang.')
    const forged = await client.post('/me/profile', { bio: 'ok', interests: ['999999'] })
    expect(forged.status).toBe(400)
    expect(visibleText(forged.html)).toContain('Pilih bidang dari daftar.')
    const staff = await app.db.selectFrom('categories').select('id').where('staff_only', '=', true).executeTakeFirst()
    if (staff) expect((await client.post('/me/profile', { bio: 'ok', interests: [String(staff.id)] })).status).toBe(400)
    const control = await client.post('/me/profile', { bio: 'a\u0007b' })
    expect(visibleText(control.html)).toContain('Bio memuat karakter yang tidak dapat disimpan.')
    const english = new Client(app, undefined, { 'Accept-Language': 'en' })
    english.cookies = client.cookies
    expect(visibleText((await english.post('/me/profile', { bio: long })).html)).toContain('The bio can be at most 300 characters.')
    const row = await app.db.selectFrom('users').select(['bio', 'interests']).where('id', '=', member.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ bio: null, interests: [] })
  })

  test('a suspended member cannot change their public profile (404)', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    await app.db.updateTable('users').set({ suspended_until: sql`now() + interval '1 day'` }).where('id', '=', member.id).execute()
    expect((await client.get('/me/profile')).status).toBe(404)
    expect((await client.post('/me/profile', { bio: 'x' })).status).toBe(404)
  })
})

describe('onboarding', () => {
  test('after sign-up it is shown once: anonymity, help with tel: links; skipping leads home and it does not come back', async () => {
    const client = new Client(app)
    const pseudonym = `Merpati${uniqueSuffix()}`
    const signed = await client.post('/signup', { email: `baru.${uniqueSuffix()}@contoh.go.id`, password: 'pohon-mangga-di-halaman', pseudonym, consent: 'on' })
    expect(signed.location).toBe('/me/welcome')
    const page = await client.get('/me/welcome')
    expect(page.status).toBe(200)
    const text = visibleText(page.html)
    expect(text).toContain('Cara anonimitas bekerja')
    expect(text).toContain('Di mana mencari bantuan')
    expect(page.html).toContain('href="tel:112"')
    expect(page.html).toContain('href="tel:119;ext=8"')
    expect(page.html).toMatch(/<button[^>]*name="intent"[^>]*value="skip"/)
    const skipped = await client.post('/me/welcome', { intent: 'skip' })
    expect(skipped.location).toBe('/')
    expect((await client.get('/me/welcome')).location).toBe('/')
    const row = await app.db.selectFrom('users').select('onboarded_at').where('pseudonym', '=', pseudonym).executeTakeFirstOrThrow()
    expect(row.onboarded_at).not.toBeNull()
  })

  test('"fill in my profile first" finishes it and opens the profile form', async () => {
    const client = await loginAs(app, await createMember(app.db))
    expect((await client.post('/me/welcome', { intent: 'profile' })).location).toBe('/me/profile')
  })
})

describe('announcements', () => {
  let admin: TestMember
  let adminClient: Client
  beforeAll(async () => {
    admin = await createMember(app.db, { roles: ['admin'] })
    adminClient = await loginAs(app, admin)
  })

  test('an admin publishes sanitised Markdown on the home page (phone numbers dial), audited; a double submit is one row', async () => {
    const key = crypto.randomUUID()
    const marker = `Pemeliharaan-${uniqueSuffix()}`
    const body = `**${marker}** Sabtu malam. Butuh bantuan? 119 ekstensi 8 <script>alert(1)</script> [x](javascript:alert(1))`
    expect((await adminClient.post('/admin/announcements', { intent: 'create', body, idempotencyKey: key })).status).toBe(302)
    expect((await adminClient.post('/admin/announcements', { intent: 'create', body, idempotencyKey: key })).status).toBe(302)
    const rows = await app.db.selectFrom('announcements').select(['id']).where('body_md', '=', body).execute()
    expect(rows).toHaveLength(1)
    const home = (await new Client(app).get('/')).html
    const section = home.slice(home.indexOf('id="announcements-heading"'), home.indexOf('id="categories-heading"'))
    expect(section).toContain(`<strong>${marker}</strong>`)
    expect(section).toContain('href="tel:119;ext=8"')
    expect(section).not.toMatch(/<script|href="javascript/)
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id']).where('target_type', '=', 'announcement').where('target_id', '=', rows[0]!.id).execute()
    expect(audit).toEqual([{ action: 'announcement.create', actor_id: admin.id }])

    const ended = await adminClient.post('/admin/announcements', { intent: 'end', announcementId: rows[0]!.id })
    expect(ended.status).toBe(302)
    expect((await new Client(app).get('/')).html).not.toContain(marker)
    const list = visibleText((await adminClient.get('/admin/announcements')).html)
    expect(list).toContain(`Dibuat oleh ${admin.pseudonym}`)
    expect(list).toContain(`diakhiri oleh ${admin.pseudonym}`)
    const again = await adminClient.post('/admin/announcements', { intent: 'end', announcementId: rows[0]!.id })
    expect(again.status).toBe(409)
    expect(visibleText(again.html)).toContain('Pengumuman ini sudah diakhiri.')
    const actions = await app.db.selectFrom('audit_log').select('action').where('target_type', '=', 'announcement').where('target_id', '=', rows[0]!.id).orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['announcement.create', 'announcement.end'])
  })

  test('bad input: empty or too long text comes back translated; an unknown id is 404', async () => {
    const empty = await adminClient.post('/admin/announcements', { intent: 'create', body: '   ' })
    expect(empty.status).toBe(400)
    expect(visibleText(empty.html)).toContain('Wajib diisi')
    const long = await adminClient.post('/admin/announcements', { intent: 'create', body: 'x'.repeat(1001) })
    expect(long.status).toBe(400)
    expect(visibleText(long.html)).toContain('Teks terlalu panjang.')
    expect((await adminClient.post('/admin/announcements', { intent: 'end', announcementId: '999999999' })).status).toBe(404)
    expect((await adminClient.post('/admin/announcements', { intent: 'end', announcementId: 'abc' })).status).toBe(400)
  })

  test('the live preview shows an announcement as it will be stored (numbers dial) for admins only', async () => {
    const preview = async (client: Client) => JSON.parse((await client.post('/preview', { body: 'Hubungi 119 ekstensi 8', kind: 'announcement' })).html).html as string
    expect(await preview(adminClient)).toContain('href="tel:119;ext=8"')
    // A member asking for the announcement pipeline gets the post pipeline: no tel: links.
    expect(await preview(await loginAs(app, await createMember(app.db)))).not.toContain('tel:')
  })

  test('a moderator cannot publish one (404), and nothing is written', async () => {
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const before = await app.db.selectFrom('announcements').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    expect((await moderator.post('/admin/announcements', { intent: 'create', body: 'Bukan admin' })).status).toBe(404)
    const after = await app.db.selectFrom('announcements').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })
})

test('the expert badge on the profile says who verified it and when', async () => {
  const admin = await named('Verifikator')
  const expert = await named('Pakar')
  await app.db
    .insertInto('expert_verifications')
    .values({ user_id: expert.id, badge_text: 'Analis Kepegawaian', areas: [await categoryId(app.db, 'cuti')], verified_by: admin.id, verified_at: new Date('2026-11-20T03:00:00Z'), expires_at: sql<Date>`now() + interval '300 days'` })
    .execute()
  const html = (await new Client(app).get(`/u/${expert.pseudonym}`)).html
  expect(visibleText(html)).toContain(`Diverifikasi oleh ${admin.pseudonym} pada 20 November 2026`)
  expect(html).toMatch(new RegExp(`class="expert-badge" title="Diverifikasi oleh ${admin.pseudonym} pada`))
  // A verifier whose account is gone is not named.
  await app.db.updateTable('users').set({ deleted_at: sql`now()` }).where('id', '=', admin.id).execute()
  expect(visibleText((await new Client(app).get(`/u/${expert.pseudonym}`)).html)).toContain('Diverifikasi oleh tim Teduh')
})

test('hotline numbers are tel: links on the support page and in the admin settings', async () => {
  const member = await loginAs(app, await createMember(app.db))
  const support = await member.get('/support')
  expect(support.html).toContain('href="tel:112"')
  expect(support.html).toContain('href="tel:119;ext=8"')
  const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
  const settings = await admin.get('/admin/settings')
  expect(settings.html).toContain('href="tel:119;ext=8"')
  expect(settings.html).toContain('href="/admin/announcements"')
})

test('the review page translates the automatic crisis detail ("direct:" reads "langsung:")', async () => {
  const writer = await createMember(app.db)
  const { postId } = await createThreadAs(app.db, writer, { body: 'Saya sudah tidak kuat lagi dan ingin mengakhiri hidup malam ini.' })
  const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
  const page = visibleText((await moderator.get(`/mod/p/${postId}`)).html)
  const reasons = page.slice(page.indexOf('Alasan laporan'))
  expect(reasons).toMatch(/langsung: “[^”]+”/)
  expect(reasons).not.toMatch(/\bdirect:/)
})

test('without JavaScript the composer is a plain textarea: no toolbar buttons that would do nothing', async () => {
  const writer = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, writer)
  const html = (await (await loginAs(app, await createMember(app.db))).get(`/t/${threadId}`)).html
  expect(html).toMatch(/<textarea[^>]*name="body"/)
  expect(html).not.toContain('role="toolbar"')
})
