import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'
import { makeExpert } from '../fixtures/stats'

// The knowledge base (issue 18.1–2): who may turn a thread into an entry, what an entry shows
// (and never shows), review dates, re-confirmation and edits with history, and where entries are found.

let app: TestApp
let asker: TestMember
let leaveExpert: TestMember
let otherExpert: TestMember
let moderator: TestMember
let member: TestMember
let thread: { threadId: string }
let expertAnswerId = ''

const newEntry = (threadId: string) => `/pustaka/new?thread=${threadId}`
const entryFields = (overrides: Record<string, string | string[]> = {}) => ({
  sourcePost: expertAnswerId,
  title: 'Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?',
  question: 'Jika hak cuti tahunan tidak terpakai seluruhnya, apakah sisanya terbawa ke tahun berikutnya?',
  answer: 'Sisa cuti tahunan dapat dibawa ke tahun berikutnya, **paling lama 18 hari kerja** termasuk hak tahun berjalan.',
  tags: ['cuti'],
  'regulations[0].name': 'Peraturan Pemerintah',
  'regulations[0].number': '11',
  'regulations[0].year': '2017',
  'regulations[0].article': '',
  'regulations[0].url': '',
  ...overrides,
})

beforeAll(async () => {
  app = await startTestApp()
  asker = await createMember(app.db, { pseudonym: 'PenanyaRahasia77' })
  leaveExpert = await createMember(app.db, { roles: ['expert'] })
  otherExpert = await createMember(app.db, { roles: ['expert'] })
  moderator = await createMember(app.db, { roles: ['moderator'] })
  member = await createMember(app.db)
  await makeExpert(app.db, leaveExpert, 'cuti')
  await makeExpert(app.db, otherExpert, 'disiplin')
  thread = await createThreadAs(app.db, asker, {
    title: 'Sisa cuti tahunan tahun lalu, apakah bisa dipakai tahun ini?',
    body: 'Saya di unit keuangan dinas kota, tahun lalu hanya memakai 6 hari cuti. Apakah sisanya terbawa?',
    category: 'cuti',
  })
  expertAnswerId = (await replyAs(app.db, leaveExpert, thread.threadId, { body: 'Bisa, sisa cuti tahunan terbawa sampai paling lama 18 hari kerja.' })).postId
}, 60_000)
afterAll(() => app?.close())

async function entryOf(threadId: string) {
  return app.db.selectFrom('kb_entries').select(['id', 'version', 'review_due_at', 'reviewed_at']).where('source_thread_id', '=', threadId).executeTakeFirst()
}

describe('turning a thread into an entry', () => {
  test('only an expert of the area or a moderator sees the button and the form; everyone else gets 404', async () => {
    const expertClient = await loginAs(app, leaveExpert)
    expect(visibleText((await expertClient.get(`/t/${thread.threadId}`)).html)).toContain('Jadikan entri Pustaka')
    expect((await expertClient.get(`/pustaka/new?thread=${thread.threadId}`)).status).toBe(200)
    expect((await (await loginAs(app, moderator)).get(`/pustaka/new?thread=${thread.threadId}`)).status).toBe(200)
    for (const who of [otherExpert, member, asker]) {
      const client = await loginAs(app, who)
      expect(visibleText((await client.get(`/t/${thread.threadId}`)).html)).not.toContain('Jadikan entri Pustaka')
      expect((await client.get(`/pustaka/new?thread=${thread.threadId}`)).status).toBe(404)
      expect((await client.post(newEntry(thread.threadId), entryFields())).status).toBe(404)
    }
    expect(await entryOf(thread.threadId)).toBeUndefined()
  })

  test('a thread without an accepted or expert answer cannot become an entry', async () => {
    const bare = await createThreadAs(app.db, asker, { title: 'Cuti di luar tanggungan untuk merawat orang tua', category: 'cuti' })
    await replyAs(app.db, member, bare.threadId, { body: 'Saya kurang tahu, coba tanya kepegawaian saja.' })
    const client = await loginAs(app, leaveExpert)
    expect((await client.get(`/pustaka/new?thread=${bare.threadId}`)).status).toBe(404)
  })

  test('bad input comes back beside its field, translated, with what was typed kept', async () => {
    const client = await loginAs(app, leaveExpert)
    const page = await client.post(newEntry(thread.threadId), entryFields({ tags: [], 'regulations[0].year': '17' }))
    expect(page.status).toBe(400)
    const text = visibleText(page.html)
    expect(text).toContain('Pilih minimal satu proses.')
    expect(text).toContain('Tahun harus empat angka')
    expect(page.html).toContain('Jika hak cuti tahunan tidak terpakai seluruhnya')
    expect(await entryOf(thread.threadId)).toBeUndefined()
  })

  test('the expert publishes it; a double submit makes one entry; entry and thread link to each other', async () => {
    const client = await loginAs(app, leaveExpert)
    const first = await client.post(newEntry(thread.threadId), entryFields())
    expect(first.status).toBe(302)
    const again = await client.post(newEntry(thread.threadId), entryFields())
    expect(again.status).toBe(302)
    expect(again.location).toBe(first.location)
    const rows = await app.db.selectFrom('kb_entries').select('id').where('source_thread_id', '=', thread.threadId).execute()
    expect(rows).toHaveLength(1)
    const entryPage = await new Client(app).get(first.location!)
    const text = visibleText(entryPage.html)
    expect(text).toContain('Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?')
    expect(text).toContain('Peraturan Pemerintah Nomor 11 Tahun 2017')
    expect(text).toMatch(/Ditinjau oleh Analis SDM pada \d/)
    expect(entryPage.html).toContain('<strong>paling lama 18 hari kerja</strong>')
    expect(entryPage.html).toContain(`href="/t/${thread.threadId}"`)
    // The asker is never shown or linked, nor their own words.
    expect(text).not.toContain(asker.pseudonym)
    expect(entryPage.html).not.toContain(`/u/${asker.pseudonym}`)
    expect(text).not.toContain('unit keuangan dinas kota')
    const threadPage = visibleText((await new Client(app).get(`/t/${thread.threadId}`)).html)
    expect(threadPage).toContain('Pertanyaan ini sudah dirangkum di Pustaka')
    // An expert's entry is in its history; only staff actions go to the audit log.
    const revisions = await app.db.selectFrom('kb_entry_revisions').select(['kind', 'version']).where('entry_id', '=', rows[0]!.id).execute()
    expect(revisions).toEqual([{ kind: 'create', version: 1 }])
  })

  test('an anonymous asker stays anonymous, and a moderator’s entry is audited', async () => {
    const anon = await createThreadAs(app.db, asker, { title: 'Cuti alasan penting untuk suami saat istri melahirkan', category: 'cuti', anonymous: true })
    const accepted = await replyAs(app.db, member, anon.threadId, { body: 'Bisa memakai cuti alasan penting, paling lama satu bulan.' })
    await app.db.updateTable('threads').set({ accepted_post_id: accepted.postId }).where('id', '=', anon.threadId).execute()
    const client = await loginAs(app, moderator)
    const created = await client.post(
      newEntry(anon.threadId),
      entryFields({ sourcePost: accepted.postId, title: 'Cuti apa yang bisa diambil suami saat istri melahirkan?', question: 'Cuti apa yang dapat diambil seorang PNS laki-laki ketika istrinya melahirkan?' }),
    )
    expect(created.status).toBe(302)
    const html = (await new Client(app).get(created.location!)).html
    expect(visibleText(html)).toContain('Ditinjau oleh Moderator Teduh')
    expect(html).not.toMatch(/Anonim #/)
    expect(html).not.toContain(asker.pseudonym)
    const entry = (await entryOf(anon.threadId))!
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id']).where('target_type', '=', 'kb_entry').where('target_id', '=', entry.id).execute()
    expect(audit).toEqual([{ action: 'kb.create', actor_id: moderator.id }])
  })
})

describe('review dates, re-confirmation and edits', () => {
  test('past its due date an entry says it may be outdated and is in the queue of its area’s experts only', async () => {
    const entry = (await entryOf(thread.threadId))!
    const dueDays = (entry.review_due_at.getTime() - entry.reviewed_at.getTime()) / 86_400_000
    expect(dueDays).toBeGreaterThanOrEqual(365)
    expect(dueDays).toBeLessThanOrEqual(366)
    expect(visibleText((await new Client(app).get(`/pustaka/${entry.id}`)).html)).not.toContain('mungkin sudah tidak mutakhir')
    await app.db.updateTable('kb_entries').set({ review_due_at: sql<Date>`now() - interval '1 day'` }).where('id', '=', entry.id).execute()
    expect(visibleText((await new Client(app).get(`/pustaka/${entry.id}`)).html)).toContain('mungkin sudah tidak mutakhir')
    const queue = visibleText((await (await loginAs(app, leaveExpert)).get('/pustaka/review')).html)
    expect(queue).toContain('Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?')
    const otherQueue = visibleText((await (await loginAs(app, otherExpert)).get('/pustaka/review')).html)
    expect(otherQueue).not.toContain('Apakah sisa cuti tahunan bisa dibawa')
    expect(otherQueue).toContain('Tidak ada entri yang menunggu tinjauan.')
    expect((await (await loginAs(app, member)).get('/pustaka/review')).status).toBe(404)
    expect((await (await loginAs(app, otherExpert)).get(`/pustaka/${entry.id}/review`)).status).toBe(404)
    expect((await (await loginAs(app, otherExpert)).post(`/pustaka/${entry.id}/review`, { intent: 'confirm', version: String(entry.version) })).status).toBe(404)
  })

  test('the expert re-confirms it: a new date, out of the queue, a version in its history', async () => {
    const entry = (await entryOf(thread.threadId))!
    const client = await loginAs(app, leaveExpert)
    const confirmed = await client.post(`/pustaka/${entry.id}/review`, { intent: 'confirm', version: String(entry.version) })
    expect(confirmed.status).toBe(302)
    const after = (await entryOf(thread.threadId))!
    expect(after.version).toBe(entry.version + 1)
    expect(after.review_due_at.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000)
    expect(visibleText((await new Client(app).get(`/pustaka/${entry.id}`)).html)).not.toContain('mungkin sudah tidak mutakhir')
    expect(visibleText((await client.get('/pustaka/review')).html)).toContain('Tidak ada entri yang menunggu tinjauan.')
    // A review made on the old version (someone else was first) is refused.
    const stale = await client.post(`/pustaka/${entry.id}/review`, { intent: 'confirm', version: String(entry.version) })
    expect(stale.status).toBe(409)
    expect(visibleText(stale.html)).toContain('baru saja ditinjau orang lain')
  })

  test('an edit keeps the earlier wording in the history', async () => {
    const entry = (await entryOf(thread.threadId))!
    const client = await loginAs(app, leaveExpert)
    const edited = await client.post(`/pustaka/${entry.id}/review`, {
      ...entryFields({ answer: 'Sisa cuti tahunan terbawa ke tahun berikutnya; jika dua tahun tidak dipakai, sampai 24 hari kerja.' }),
      intent: 'edit',
      version: String(entry.version),
      note: 'Menambahkan ketentuan dua tahun.',
    })
    expect(edited.status).toBe(302)
    expect(visibleText((await new Client(app).get(`/pustaka/${entry.id}`)).html)).toContain('sampai 24 hari kerja')
    const history = visibleText((await new Client(app).get(`/pustaka/${entry.id}/history`)).html)
    expect(history).toContain('Versi 3')
    expect(history).toContain('Menambahkan ketentuan dua tahun.')
    expect(history).toContain('dikonfirmasi tanpa perubahan')
    expect(history).toContain('paling lama 18 hari kerja')
  })

  test('an admin sets the review period; a bad figure gets a translated error', async () => {
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    const bad = await admin.post('/admin/settings', { intent: 'kb', reviewMonths: '0' })
    expect(bad.status).toBe(400)
    expect(visibleText(bad.html)).toContain('Isi bilangan bulat 1 sampai 60.')
    expect((await admin.post('/admin/settings', { intent: 'kb', reviewMonths: '6' })).status).toBe(302)
    const entry = (await entryOf(thread.threadId))!
    await (await loginAs(app, leaveExpert)).post(`/pustaka/${entry.id}/review`, { intent: 'confirm', version: String(entry.version) })
    const after = (await entryOf(thread.threadId))!
    const days = (after.review_due_at.getTime() - after.reviewed_at.getTime()) / 86_400_000
    expect(days).toBeGreaterThanOrEqual(181)
    expect(days).toBeLessThanOrEqual(184)
    const audit = await app.db.selectFrom('audit_log').select('action').where('action', '=', 'settings.kb_review_months').execute()
    expect(audit).toHaveLength(1)
    expect((await (await loginAs(app, moderator)).post('/admin/settings', { intent: 'kb', reviewMonths: '3' })).status).toBe(404)
  })
})

describe('finding entries', () => {
  test('search lists entries above threads', async () => {
    const html = (await new Client(app).get('/search?q=sisa+cuti+tahunan')).html
    const entryAt = html.indexOf('href="/pustaka/')
    const threadAt = html.indexOf('<h2 class="search-title">')
    expect(entryAt).toBeGreaterThan(0)
    expect(threadAt).toBeGreaterThan(0)
    expect(entryAt).toBeLessThan(threadAt)
  })

  test('the category page shows its entries; the process tag page lists them; an unknown process is 404', async () => {
    const entry = (await entryOf(thread.threadId))!
    expect((await new Client(app).get('/c/cuti')).html).toContain(`href="/pustaka/${entry.id}"`)
    expect((await new Client(app).get('/c/disiplin')).html).not.toContain(`href="/pustaka/${entry.id}"`)
    const tagPage = await new Client(app).get('/pustaka/tag/cuti')
    expect(tagPage.status).toBe(200)
    expect(tagPage.html).toContain(`href="/pustaka/${entry.id}"`)
    expect((await new Client(app).get('/pustaka/tag/disiplin')).html).not.toContain(`href="/pustaka/${entry.id}"`)
    expect((await new Client(app).get('/pustaka/tag/bukan-proses')).status).toBe(404)
    const index = visibleText((await new Client(app).get('/pustaka')).html)
    expect(index).toContain('Cuti (2)')
  })

  test('similar questions offer the entry (not its source thread) first, live and at the preview step', async () => {
    const entry = (await entryOf(thread.threadId))!
    const { items } = JSON.parse((await new Client(app).get('/similar-questions?q=sisa%20cuti%20tahunan%20tahun%20lalu')).html) as { items: { kind: string; id: string }[] }
    expect(items[0]).toMatchObject({ kind: 'entry', id: entry.id })
    expect(items.some((i) => i.kind === 'thread' && i.id === thread.threadId)).toBe(false)
    expect(items.length).toBeLessThanOrEqual(5)
    const client = await loginAs(app, member)
    const page = await client.post('/new', { category: 'cuti', title: 'Sisa cuti tahunan bisa dibawa?', body: 'Apakah sisa cuti saya tahun lalu bisa dipakai?', intent: 'preview' })
    expect(page.status).toBe(200)
    expect(page.html).toContain(`href="/pustaka/${entry.id}"`)
  })

  test('a thread no longer public is not linked from its entry', async () => {
    const entry = (await entryOf(thread.threadId))!
    await app.db.updateTable('threads').set({ hidden_at: new Date() }).where('id', '=', thread.threadId).execute()
    const html = (await new Client(app).get(`/pustaka/${entry.id}`)).html
    expect(html).not.toContain(`href="/t/${thread.threadId}"`)
    await app.db.updateTable('threads').set({ hidden_at: null }).where('id', '=', thread.threadId).execute()
  })
})
