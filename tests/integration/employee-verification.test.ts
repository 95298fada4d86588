import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// Verified employee, still pseudonymous (issue 18.4): the email way through a local SMTP
// server standing in for the institution's, the HR way, the badge, the category rule.
let app: TestApp
let mailbox: Mailbox
let admin: Client

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  app = await startTestApp()
  admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await app?.close()
  await mailbox?.close()
})

let counter = 0
/** A work address no other test uses (the domain is on the default list, *.go.id). */
const workAddress = (name = 'budi.santoso') => `${name}${++counter}@bkn.go.id`

async function verifyByEmail(client: Client, address: string) {
  const sent = await client.post('/me/verify', { intent: 'send', address })
  expect(sent.status, visibleText(sent.html)).toBe(302)
  return client.post('/me/verify', { intent: 'confirm', code: mailbox.latestCode(address.replace(/\+[^@]*/, '')) })
}

/** Every row of every table of the schema as text (what a database dump would hold). */
async function dumpAllTables(): Promise<string> {
  const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(app.db)
  expect(tables.length).toBeGreaterThan(20)
  let dump = ''
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(app.db)
    dump += `${name}\n${rows.map((r) => r.row).join('\n')}\n`
  }
  return dump
}

/** The HTML of one post on the thread page. */
function postHtml(html: string, postId: string) {
  const start = html.indexOf(`<article id="p${postId}"`)
  expect(start, `post ${postId} on the page`).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</article>', start))
}

describe('the email way', () => {
  let member: TestMember
  let client: Client
  let address: string
  beforeEach(async () => {
    member = await createMember(app.db)
    client = await loginAs(app, member)
    address = workAddress()
  })

  test('a code to a work address verifies the member; the address is in no table and on no page afterwards', async () => {
    const sent = await client.post('/me/verify', { intent: 'send', address })
    expect(sent.status).toBe(302)
    const mail = mailbox.received.filter((m) => m.to.includes(address)).at(-1)!
    expect(mail.data).toContain('Subject: Kode verifikasi Teduh')
    // A work mailbox may be read by the employer: the mail names no pseudonym and links no account.
    expect(mail.data).not.toContain(member.pseudonym)
    expect(mail.data).not.toMatch(/https?:\/\//)
    const page = await client.get('/me/verify')
    expect(visibleText(page.html)).toContain('Kode dari email (6 angka)')
    // Every field belongs to a form on the page (a browser without JavaScript submits only those).
    const formIds = new Set([...page.html.matchAll(/<form[^>]*\sid="([^"]+)"/g)].map((m) => m[1]))
    const owners = [...page.html.matchAll(/<input[^>]*\sform="([^"]+)"/g)].map((m) => m[1])
    expect(owners).toContain('verify-code')
    for (const owner of owners) expect(formIds).toContain(owner)
    const confirmed = await client.post('/me/verify', { intent: 'confirm', code: mailbox.latestCode(address) })
    expect(confirmed.status).toBe(302)
    expect(visibleText((await client.get('/me/verify')).html)).toMatch(/Anda pegawai terverifikasi sejak .+ berlaku sampai/)
    const row = await app.db.selectFrom('employee_verifications').select(['address_hash', 'method', 'verified_at', 'expires_at']).where('user_id', '=', member.id).executeTakeFirstOrThrow()
    expect(row.method).toBe('email')
    expect(row.address_hash).toMatch(/^[0-9a-f]{64}$/)
    // Default validity: 12 months.
    const months = (row.expires_at.getTime() - row.verified_at.getTime()) / (30.4 * 86_400_000)
    expect(months).toBeGreaterThan(11.5)
    expect(months).toBeLessThan(12.5)

    const thread = await createThreadAs(app.db, member, { category: 'mutasi' })
    const anonymous = await replyAs(app.db, member, thread.threadId, { anonymous: true })
    const pages = [
      await client.get('/me/verify'),
      await client.get('/me'),
      await client.get(`/t/${thread.threadId}`),
      await new Client(app).get(`/t/${thread.threadId}`),
      await client.get(`/u/${member.pseudonym}`),
      await admin.get('/admin/audit'),
      await admin.get('/admin/settings'),
    ]
    const local = address.split('@')[0]!
    for (const p of pages) {
      expect(p.status).toBe(200)
      expect(p.html.toLowerCase()).not.toContain(local)
    }
    const dump = (await dumpAllTables()).toLowerCase()
    expect(dump).toContain(row.address_hash!)
    expect(dump).not.toContain(local)
    expect(dump).not.toContain(address)
    // The badge shows on the named post and the profile, never on the anonymous one.
    const threadPage = await new Client(app).get(`/t/${thread.threadId}`)
    expect(visibleText(postHtml(threadPage.html, thread.postId))).toContain('Pegawai terverifikasi')
    expect(visibleText(postHtml(threadPage.html, anonymous.postId))).not.toContain('Pegawai terverifikasi')
    expect(postHtml(threadPage.html, anonymous.postId)).not.toContain('employee-badge')
    expect(visibleText((await new Client(app).get(`/u/${member.pseudonym}`)).html)).toContain('Pegawai terverifikasi')
  })

  test('an anonymous post carries no badge, and its page says nothing about who is verified', async () => {
    expect((await verifyByEmail(client, address)).status).toBe(302)
    const other = await createMember(app.db)
    const thread = await createThreadAs(app.db, other, { category: 'mutasi' })
    const anonymous = await replyAs(app.db, member, thread.threadId, { anonymous: true })
    const html = (await new Client(app).get(`/t/${thread.threadId}`)).html
    const post = postHtml(html, anonymous.postId)
    expect(post).not.toContain('employee-badge')
    expect(post).not.toContain(member.pseudonym)
    expect(visibleText(html)).not.toContain('Pegawai terverifikasi')
  })

  test('a second account with the same work address is refused (case and +tags do not make it another address)', async () => {
    expect((await verifyByEmail(client, address)).status).toBe(302)
    const second = await createMember(app.db)
    const secondClient = await loginAs(app, second)
    const [local, domain] = address.split('@')
    const variant = `${local!.toUpperCase()}+kedua@${domain!.toUpperCase()}`
    expect((await secondClient.post('/me/verify', { intent: 'send', address: variant })).status).toBe(302)
    const refused = await secondClient.post('/me/verify', { intent: 'confirm', code: mailbox.latestCode(variant) })
    expect(refused.status).toBe(400)
    expect(visibleText(refused.html)).toContain('Alamat email kantor ini sudah memverifikasi akun lain.')
    expect(await app.db.selectFrom('employee_verifications').select('user_id').where('user_id', '=', second.id).executeTakeFirst()).toBeUndefined()
    // The first account keeps its verification.
    expect(await app.db.selectFrom('employee_verifications').select('user_id').where('user_id', '=', member.id).executeTakeFirst()).toBeDefined()
  })

  test('a domain off the list gets a clear, translated error beside the field, with what was typed', async () => {
    const before = mailbox.received.length
    const refused = await client.post('/me/verify', { intent: 'send', address: 'budi@gmail.com' })
    expect(refused.status).toBe(400)
    const text = visibleText(refused.html)
    expect(text).toContain('Domain "gmail.com" tidak termasuk daftar domain instansi yang diizinkan.')
    expect(refused.html).toMatch(/id="[^"]*address[^"]*"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="address"/)
    expect(refused.html).toContain('value="budi@gmail.com"')
    const english = new Client(app, undefined, { 'Accept-Language': 'en' })
    english.cookies = client.cookies
    const inEnglish = await english.post('/me/verify', { intent: 'send', address: 'budi@gmail.com' })
    expect(visibleText(inEnglish.html)).toContain('The domain "gmail.com" is not on the list of allowed institution domains.')
    // A look-alike of an allowed domain is not on the list either.
    expect(visibleText((await client.post('/me/verify', { intent: 'send', address: 'budi@bkn.go.id.evil.com' })).html)).toContain('tidak termasuk daftar')
    expect(visibleText((await client.post('/me/verify', { intent: 'send', address: 'bukan alamat' })).html)).toContain('Masukkan alamat email kantor yang valid')
    expect(mailbox.received.length).toBe(before)
  })

  test('bad codes are rate-limited, a code survives only a few wrong tries, and codes expire', async () => {
    expect((await client.post('/me/verify', { intent: 'send', address })).status).toBe(302)
    const code = mailbox.latestCode(address)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      const page = await client.post('/me/verify', { intent: 'confirm', code: wrong })
      expect(page.status).toBe(400)
      expect(visibleText(page.html)).toContain('Kode salah.')
    }
    const limited = await client.post('/me/verify', { intent: 'confirm', code })
    expect(limited.status).toBe(429)
    expect(Number(limited.response.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(visibleText(limited.html)).toMatch(/Terlalu banyak percobaan. Coba lagi dalam \d+ menit./)
    // Even once the window has passed, that code is spent: five wrong tries voided it.
    await app.db.deleteFrom('rate_limits').where('key', 'like', 'verify-code:%').execute()
    const spent = await client.post('/me/verify', { intent: 'confirm', code })
    expect(visibleText(spent.html)).toContain('Kode sudah tidak berlaku.')
    // A fresh code that has expired is refused too.
    expect((await client.post('/me/verify', { intent: 'send', address })).status).toBe(302)
    await app.db.updateTable('employee_verification_codes').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', member.id).execute()
    const expired = await client.post('/me/verify', { intent: 'confirm', code: mailbox.latestCode(address) })
    expect(expired.status).toBe(400)
    expect(visibleText(expired.html)).toContain('Kode sudah tidak berlaku.')
    expect(await app.db.selectFrom('employee_verifications').select('user_id').where('user_id', '=', member.id).executeTakeFirst()).toBeUndefined()
  })

  test('sending codes is rate-limited per account', async () => {
    for (let i = 0; i < 5; i++) expect((await client.post('/me/verify', { intent: 'send', address: workAddress('kirim') })).status).toBe(302)
    const limited = await client.post('/me/verify', { intent: 'send', address: workAddress('kirim') })
    expect(limited.status).toBe(429)
  })

  test('verification lapses at its expiry (the badge goes) and a renewal starts it again', async () => {
    expect((await verifyByEmail(client, address)).status).toBe(302)
    const thread = await createThreadAs(app.db, member, { category: 'mutasi' })
    // A reader's cached copy of the thread does not outlive the badge on it.
    await app.db.updateTable('employee_verifications').set({ expires_at: new Date(Date.now() + 1500) }).where('user_id', '=', member.id).execute()
    const { publish } = await import('~/lib/events.server')
    await publish(app.db, { type: 'forum.changed' })
    expect(visibleText(postHtml((await new Client(app).get(`/t/${thread.threadId}`)).html, thread.postId))).toContain('Pegawai terverifikasi')
    await new Promise((r) => setTimeout(r, 1700))
    expect(visibleText(postHtml((await new Client(app).get(`/t/${thread.threadId}`)).html, thread.postId))).not.toContain('Pegawai terverifikasi')
    expect(visibleText((await client.get('/me/verify')).html)).toContain('Verifikasi Anda berakhir pada')
    // Renewing with the same address is this account's right: it is not "another account".
    expect((await verifyByEmail(client, address)).status).toBe(302)
    const row = await app.db.selectFrom('employee_verifications').select('expires_at').where('user_id', '=', member.id).executeTakeFirstOrThrow()
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000)
    expect(visibleText(postHtml((await new Client(app).get(`/t/${thread.threadId}`)).html, thread.postId))).toContain('Pegawai terverifikasi')
  })
})

describe('the institution name', () => {
  test('comes from the allow-list and shows on the badge only once the member opts in', async () => {
    const saved = await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id\nkemenkeu.go.id = Kementerian Keuangan', validMonths: '12' })
    expect(saved.status).toBe(302)
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    expect((await verifyByEmail(client, `sari${++counter}@kemenkeu.go.id`)).status).toBe(302)
    expect(visibleText((await client.get('/me/verify')).html)).toContain('Instansi tercatat: Kementerian Keuangan.')
    const thread = await createThreadAs(app.db, member, { category: 'mutasi' })
    const before = visibleText(postHtml((await new Client(app).get(`/t/${thread.threadId}`)).html, thread.postId))
    expect(before).toContain('Pegawai terverifikasi')
    expect(before).not.toContain('Kementerian Keuangan')
    expect((await client.post('/me/verify', { intent: 'show', show: 'on' })).status).toBe(302)
    expect(visibleText(postHtml((await new Client(app).get(`/t/${thread.threadId}`)).html, thread.postId))).toContain('Pegawai terverifikasi · Kementerian Keuangan')
    expect(visibleText((await new Client(app).get(`/u/${member.pseudonym}`)).html)).toContain('Pegawai terverifikasi · Kementerian Keuangan')
    expect((await client.post('/me/verify', { intent: 'show' })).status).toBe(302)
    expect(visibleText((await new Client(app).get(`/u/${member.pseudonym}`)).html)).not.toContain('Kementerian Keuangan')
    await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '12' })
  })
})

describe('the HR way', () => {
  test('an HR official confirms the code a member shows them, without learning the pseudonym; audited', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const shown = await client.post('/me/verify', { intent: 'hrCode' })
    expect(shown.status).toBe(200)
    expect(shown.response.headers.get('Cache-Control')).toContain('no-store')
    const code = visibleText(shown.html).match(/Kode Anda: ([A-Z2-9]{4}-[A-Z2-9]{4})/)?.[1]
    expect(code).toBeDefined()
    // The code is kept only as a keyed hash.
    const dump = await dumpAllTables()
    expect(dump).not.toContain(code!)
    expect(dump).not.toContain(code!.replace('-', ''))
    const official = await createMember(app.db, { roles: ['hr'] })
    const hr = await loginAs(app, official)
    const confirmed = await hr.post('/hr/verify', { code: code!.toLowerCase(), institution: 'Badan Kepegawaian Negara' })
    expect(confirmed.status).toBe(200)
    expect(visibleText(confirmed.html)).toMatch(/Pegawai telah terverifikasi sampai/)
    expect(confirmed.html).not.toContain(member.pseudonym)
    const row = await app.db.selectFrom('employee_verifications').select(['method', 'institution', 'address_hash']).where('user_id', '=', member.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ method: 'hr', institution: 'Badan Kepegawaian Negara', address_hash: null })
    const audit = await app.db.selectFrom('audit_log').select(['actor_id', 'action', 'target_id']).where('action', '=', 'employee.verify_hr').execute()
    expect(audit).toContainEqual({ actor_id: official.id, action: 'employee.verify_hr', target_id: member.id })
    // The code is used up.
    const again = await hr.post('/hr/verify', { code: code!, institution: '' })
    expect(again.status).toBe(400)
    expect(visibleText(again.html)).toContain('Kode tidak dikenal atau sudah tidak berlaku.')
    // The member is told.
    expect(visibleText((await client.get('/me/notifications')).html)).toContain('Pejabat SDM telah mengonfirmasi Anda')
  })

  test('wrong codes are rate-limited per official, and an official cannot confirm their own code', async () => {
    const official = await createMember(app.db, { roles: ['hr'] })
    const hr = await loginAs(app, official)
    const own = visibleText((await hr.post('/me/verify', { intent: 'hrCode' })).html).match(/Kode Anda: ([A-Z2-9-]{9})/)![1]!
    const refused = await hr.post('/hr/verify', { code: own, institution: '' })
    expect(visibleText(refused.html)).toContain('Anda tidak dapat mengonfirmasi kode Anda sendiri.')
    for (let i = 0; i < 9; i++) expect((await hr.post('/hr/verify', { code: 'ZZZZ-ZZZZ', institution: '' })).status).toBe(400)
    const limited = await hr.post('/hr/verify', { code: 'ZZZZ-ZZZZ', institution: '' })
    expect(limited.status).toBe(429)
    expect(visibleText(limited.html)).toMatch(/Terlalu banyak percobaan/)
    const malformed = await (await loginAs(app, await createMember(app.db, { roles: ['hr'] }))).post('/hr/verify', { code: 'abc', institution: '' })
    expect(visibleText(malformed.html)).toContain('Kode terdiri atas 8 huruf atau angka')
  })
})

describe('"verified employees may post" categories', () => {
  test('only verified members (and staff) start threads or reply there, with a clear message; everyone reads', async () => {
    const cuti = await app.db.selectFrom('categories').select('id').where('slug', '=', 'cuti').executeTakeFirstOrThrow()
    const author = await createMember(app.db)
    const thread = await createThreadAs(app.db, author, { category: 'cuti' })
    expect((await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '12', verifiedOnly: String(cuti.id) })).status).toBe(302)
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const started = await client.post('/new', { category: 'cuti', title: 'Cuti besar untuk pegawai baru', body: 'Apakah pegawai baru boleh mengambil cuti besar?', intent: 'publish' })
    expect(started.status).toBe(400)
    expect(visibleText(started.html)).toContain('Hanya pegawai terverifikasi yang dapat menulis di kategori ini.')
    const replied = await client.post(`/t/${thread.threadId}`, { body: 'Menurut saya bisa setelah lima tahun.', intent: 'publish' })
    expect(replied.status).toBe(400)
    expect(visibleText(replied.html)).toContain('Hanya pegawai terverifikasi yang dapat menulis di kategori ini.')
    const page = await client.get(`/t/${thread.threadId}`)
    expect(page.status).toBe(200)
    expect(page.html).not.toContain('id="reply-heading"')
    expect(visibleText(page.html)).toContain('Hanya pegawai terverifikasi yang dapat menulis di kategori ini.')
    expect((await new Client(app).get(`/t/${thread.threadId}`)).status).toBe(200)
    const categoryPage = await client.get('/c/cuti')
    expect(visibleText(categoryPage.html)).toContain('Hanya pegawai terverifikasi yang dapat menulis di kategori ini.')
    expect(categoryPage.html).not.toContain('href="/new?category=cuti"')
    expect(categoryPage.html).toContain('href="/me/verify"')
    // Verified: the same member may post.
    expect((await verifyByEmail(client, workAddress('kategori'))).status).toBe(302)
    expect((await client.get('/c/cuti')).html).toContain('href="/new?category=cuti"')
    expect((await client.get(`/t/${thread.threadId}`)).html).toContain('id="reply-heading"')
    expect((await client.post(`/t/${thread.threadId}`, { body: 'Menurut saya bisa setelah lima tahun.', intent: 'publish' })).status).toBe(302)
    // Staff may always post (a moderator's note).
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post(`/t/${thread.threadId}`, { body: 'Catatan moderator: mohon rujuk aturan terbaru.', intent: 'publish' })).status).toBe(302)
    await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '12' })
    expect((await app.db.selectFrom('categories').select('id').where('verified_only', '=', true).execute()).length).toBe(0)
  })
})

describe('admin settings', () => {
  test('the allow-list, the validity and the categories are edited by an admin only, audited, and bad lines explained', async () => {
    const bad = await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id\nbukan domain', validMonths: '12' })
    expect(bad.status).toBe(400)
    expect(visibleText(bad.html)).toContain('Baris 2 bukan aturan domain yang valid')
    expect(bad.html).toContain('bukan domain')
    const months = await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '0' })
    expect(visibleText(months.html)).toContain('Isi antara 1 dan 60 bulan.')
    expect((await admin.post('/admin/settings', { intent: 'verification', domains: 'bkn.go.id', validMonths: '6' })).status).toBe(302)
    const audit = await app.db.selectFrom('audit_log').select(['action', 'meta']).where('action', '=', 'settings.employee_verification').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.meta).toEqual({ domains: ['bkn.go.id'], validMonths: 6, verifiedOnly: [] })
    // Only that domain now, and six months.
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    expect(visibleText((await client.post('/me/verify', { intent: 'send', address: `rina${++counter}@kemenkeu.go.id` })).html)).toContain('Domain "kemenkeu.go.id" tidak termasuk')
    expect((await verifyByEmail(client, `rina${++counter}@bkn.go.id`)).status).toBe(302)
    const row = await app.db.selectFrom('employee_verifications').select(['verified_at', 'expires_at']).where('user_id', '=', member.id).executeTakeFirstOrThrow()
    expect(Math.round((row.expires_at.getTime() - row.verified_at.getTime()) / (30.4 * 86_400_000))).toBe(6)
    // An empty list closes the email way.
    expect((await admin.post('/admin/settings', { intent: 'verification', domains: '', validMonths: '12' })).status).toBe(302)
    expect(visibleText((await client.get('/me/verify')).html)).toContain('Admin belum mengizinkan domain email apa pun.')
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.post('/admin/settings', { intent: 'verification', domains: '*', validMonths: '12' })).status).toBe(404)
    await admin.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '12' })
  })
})
