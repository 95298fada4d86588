import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { similarQueryText } from '~/lib/search-terms'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

// Issue 15.3: search finds threads (one result each, best post as a plain-text snippet),
// filters by tag, solved, expert-answered and date; similar questions while typing a title.

let app: TestApp
let many: { threadId: string }
let solved: { threadId: string; postId: string }
beforeAll(async () => {
  app = await startTestApp()
  const asker = await createMember(app.db)
  many = await createThreadAs(app.db, asker, { title: 'Cuti melahirkan anak ketiga untuk PNS', body: 'Apakah **cuti melahirkan** anak ketiga masih diberikan penuh?', tags: ['cuti-melahirkan'] })
  for (let i = 0; i < 6; i++) await replyAs(app.db, await createMember(app.db), many.threadId, { body: `Jawaban ${i}: cuti melahirkan untuk anak ketiga diatur dalam aturan cuti ASN.` })
  solved = await createThreadAs(app.db, await createMember(app.db), { title: 'Cara hitung cuti melahirkan bagi suami', body: 'Suami PNS dapat cuti alasan penting saat istri melahirkan?' })
  const answer = await replyAs(app.db, await createMember(app.db), solved.threadId, { body: 'Bisa, ajukan cuti alasan penting ketika istri melahirkan.' })
  await app.db.updateTable('threads').set({ accepted_post_id: answer.postId }).where('id', '=', solved.threadId).execute()
  const old = await createThreadAs(app.db, asker, { title: 'Cuti melahirkan zaman dulu berapa bulan', body: 'Dulu cuti melahirkan hanya tiga bulan ya?' })
  await app.db.updateTable('threads').set({ last_activity_at: sql`now() - interval '2 years'` }).where('id', '=', old.threadId).execute()
})
afterAll(() => app?.close())

const results = (html: string) => [...html.matchAll(/<h2 class="search-title"><a [^>]*href="\/t\/(\d+)/g)].map((m) => m[1])

describe('search finds threads', () => {
  test('a thread whose many posts match appears once, with how many posts matched', async () => {
    const page = await new Client(app).get('/search?q=cuti+melahirkan')
    const ids = results(page.html)
    expect(ids.filter((id) => id === many.threadId)).toHaveLength(1)
    expect(new Set(ids).size).toBe(ids.length)
    expect(visibleText(page.html)).toMatch(/7 kiriman cocok/)
  })

  test('snippets read as plain text, with the matched words highlighted', async () => {
    const page = await new Client(app).get('/search?q=cuti+melahirkan')
    expect(page.html).toContain('<mark>')
    const snippets = [...page.html.matchAll(/<p class="snippet">([\s\S]*?)<\/p>/g)].map((m) => m[1]!)
    expect(snippets.length).toBeGreaterThan(0)
    expect(snippets.join(' ')).not.toContain('**')
  })

  test('filters: only solved, by tag, by date of last activity', async () => {
    const onlySolved = results((await new Client(app).get('/search?q=cuti+melahirkan&solved=1')).html)
    expect(onlySolved).toEqual([solved.threadId])
    const tagged = results((await new Client(app).get('/search?q=cuti&tag=cuti-melahirkan')).html)
    expect(tagged).toEqual([many.threadId])
    expect(results((await new Client(app).get('/search?q=cuti&tag=tidak-ada-tag')).html)).toEqual([])
    const recent = results((await new Client(app).get('/search?q=cuti+melahirkan&since=1y')).html)
    expect(recent).toContain(many.threadId)
    expect(recent).not.toContain((await app.db.selectFrom('threads').select('id').where('title', '=', 'Cuti melahirkan zaman dulu berapa bulan').executeTakeFirstOrThrow()).id)
  })

  test('only expert-answered threads', async () => {
    await app.db.updateTable('threads').set({ has_expert_answer: true }).where('id', '=', many.threadId).execute()
    expect(results((await new Client(app).get('/search?q=cuti+melahirkan&expert=1')).html)).toEqual([many.threadId])
  })
})

describe('similar questions while writing a new thread', () => {
  test('topic words only, as a safe prefix query', () => {
    expect(similarQueryText('Bagaimana cara saya mengajukan cuti melahirkan?')).toBe('mengajukan:* | cuti:* | melahirkan:*')
    expect(similarQueryText("a' & !b | (c:*)")).toBeNull()
    expect(similarQueryText('apa itu?')).toBeNull()
  })

  test('the live endpoint suggests existing threads for a title being typed, solved ones first among equals', async () => {
    const response = await new Client(app).get('/similar-questions?q=cuti%20melahirkan%20untuk%20suami')
    expect(response.status).toBe(200)
    const { items } = JSON.parse(response.html) as { items: { id: string; title: string; solved: boolean }[] }
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThanOrEqual(5)
    expect(items[0]!.id).toBe(solved.threadId)
    expect(items[0]!.solved).toBe(true)
    expect(JSON.parse((await new Client(app).get('/similar-questions?q=ab')).html)).toEqual({ items: [] })
  })

  test('without JavaScript, the preview step shows them, and the draft is kept', async () => {
    const client = await loginAs(app, await createMember(app.db))
    const page = await client.post('/new', { category: 'cuti', title: 'Cuti melahirkan untuk suami PNS', body: 'Isi pertanyaan saya tentang cuti istri melahirkan.', intent: 'preview' })
    expect(page.status).toBe(200)
    const text = visibleText(page.html)
    expect(text).toContain('Pertanyaan serupa yang sudah ada')
    expect(text).toContain('Cara hitung cuti melahirkan bagi suami')
    expect(page.html).toContain('Isi pertanyaan saya tentang cuti istri melahirkan.')
  })

  // Public data (titles of visible solved threads, reviewed entries): every role gets the same.
  test('every role, signed in or not, gets the same suggestions', async () => {
    const path = '/similar-questions?q=cuti%20melahirkan%20untuk%20suami'
    const visitor = JSON.parse((await new Client(app).get(path)).html)
    for (const roles of [['member'], ['member', 'moderator'], ['member', 'counselor'], ['member', 'expert'], ['member', 'admin']] as const) {
      const client = await loginAs(app, await createMember(app.db, { roles: [...roles] }))
      const response = await client.get(path)
      expect(response.status, roles.join()).toBe(200)
      expect(JSON.parse(response.html), roles.join()).toEqual(visitor)
    }
  })

  test('hidden and deleted threads are never suggested', async () => {
    const hidden = await createThreadAs(app.db, await createMember(app.db), { title: 'Rahasia tunjangan kinerja khusus', body: 'Isi yang kemudian disembunyikan moderator.' })
    await app.db.updateTable('threads').set({ hidden_at: new Date() }).where('id', '=', hidden.threadId).execute()
    const { items } = JSON.parse((await new Client(app).get('/similar-questions?q=tunjangan%20kinerja%20khusus')).html) as { items: { id: string }[] }
    expect(items.map((i) => i.id)).not.toContain(hidden.threadId)
  })
})
