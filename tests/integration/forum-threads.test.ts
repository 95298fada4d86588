import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, postingActor, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const newThread = (overrides: Record<string, string> = {}) => ({
  category: 'cuti',
  title: 'Bagaimana prosedur cuti besar bagi PNS?',
  body: 'Saya sudah bekerja **enam tahun**. Apa saja syarat cuti besar?\n\n- masa kerja\n- izin atasan',
  tags: 'cuti-besar, prosedur',
  intent: 'publish',
  ...overrides,
})

async function countPosts(threadId?: string) {
  let q = app.db.selectFrom('posts').select((eb) => eb.fn.countAll<string>().as('n'))
  if (threadId) q = q.where('thread_id', '=', threadId)
  return Number((await q.executeTakeFirstOrThrow()).n)
}

describe('threads and replies', () => {
  test('a member asks a question: the thread page shows title, rendered Markdown, tags and the asker', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const created = await client.post('/new', newThread({ idempotencyKey: crypto.randomUUID() }))
    expect(created.status).toBe(302)
    const threadPath = created.location!
    expect(threadPath).toMatch(/^\/t\/\d+$/)
    const page = await client.visit(threadPath)
    expect(page.status).toBe(200)
    expect(page.html).toContain('<title>Bagaimana prosedur cuti besar bagi PNS? · Cuti &amp; Izin · Teduh</title>')
    expect(page.html).toContain('<strong>enam tahun</strong>')
    expect(page.html).toContain('#cuti-besar')
    expect(visibleText(page.html)).toContain(member.pseudonym)
    expect(visibleText(page.html)).toContain('Kiriman diterbitkan.')
    const category = await new Client(app).get('/c/cuti')
    expect(category.html).toContain('Bagaimana prosedur cuti besar bagi PNS?')
  })

  test('visitors can read but are asked to log in to answer; new-thread needs login', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const page = await new Client(app).get(`/t/${threadId}`)
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('Masuk untuk menjawab')
    expect(page.html).not.toContain('name="body"')
    expect((await new Client(app).get('/new')).status).toBe(302)
  })

  test('a reply appears in the thread, bumps the count and notifies the asker', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const client = await loginAs(app, helper)
    const posted = await client.post(`/t/${threadId}`, { body: 'Ajukan melalui **SIASN** dengan persetujuan atasan.', intent: 'publish', idempotencyKey: crypto.randomUUID() })
    expect(posted.status).toBe(302)
    expect(posted.location).toMatch(new RegExp(`^/t/${threadId}#p\\d+$`))
    const page = await client.visit(`/t/${threadId}`)
    expect(page.html).toContain('<strong>SIASN</strong>')
    expect(visibleText(page.html)).toContain('Jawaban (1)')
    const note = await app.db.selectFrom('notifications').select(['kind', 'actor_label']).where('user_id', '=', asker.id).executeTakeFirstOrThrow()
    expect(note).toEqual({ kind: 'reply_to_thread', actor_label: helper.pseudonym })
  })

  test('bad input keeps what was typed and shows translated errors beside the fields', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const page = await client.post('/new', newThread({ title: 'Pendek', body: 'x', tags: 'a,b,c,d,e,f' }))
    expect(page.status).toBe(400)
    const text = visibleText(page.html)
    expect(text).toContain('Judul minimal 10 karakter.')
    expect(text).toContain('Isi minimal 10 karakter.')
    expect(text).toContain('Maksimal 5 tag.')
    expect(page.html).toContain('value="Pendek"')
    const long = await client.post('/new', newThread({ body: 'x'.repeat(20_001) }))
    expect(long.status).toBe(400)
    expect(visibleText(long.html)).toContain('Isi maksimal 20.000 karakter.')
    const threadCount = await app.db.selectFrom('threads').select('id').where('title', '=', 'Pendek').execute()
    expect(threadCount).toEqual([])
  })

  test('a double-submitted form (same idempotency key) creates exactly one thread', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const key = crypto.randomUUID()
    const fields = newThread({ title: 'Kapan batas pengajuan cuti tahunan?', idempotencyKey: key })
    const [a, b] = await Promise.all([client.post('/new', fields), client.post('/new', fields)])
    expect(a.location).toBe(b.location)
    const rows = await app.db.selectFrom('threads').select('id').where('author_id', '=', member.id).execute()
    expect(rows).toHaveLength(1)
  })

  test('the same reply sent twice within seconds (even without a key) creates one post', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const client = await loginAs(app, member)
    const fields = { body: 'Terima kasih, sangat membantu sekali.', intent: 'publish' }
    await client.post(`/t/${threadId}`, fields)
    await client.post(`/t/${threadId}`, fields)
    expect(await countPosts(threadId)).toBe(2) // the question and one reply
  })

  test('the preview button renders the Markdown without publishing and keeps the text', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const page = await client.post('/new', newThread({ intent: 'preview', body: 'Ini _miring_ dan [tautan](https://contoh.go.id).' }))
    expect(page.status).toBe(200)
    expect(page.html).toContain('<em>miring</em>')
    expect(page.html).toContain('rel="nofollow ugc noopener"')
    expect(page.html).toContain('Ini _miring_ dan [tautan](https://contoh.go.id).</textarea>')
    expect(await app.db.selectFrom('threads').select('id').where('author_id', '=', member.id).execute()).toEqual([])
  })

  test('the live-preview endpoint uses the same pipeline and needs a login and a token', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const ok = await client.post('/preview', { body: '**tebal** <script>alert(1)</script>' })
    expect(ok.status).toBe(200)
    expect(ok.html).toContain('<strong>tebal</strong>')
    expect(ok.html).not.toContain('<script')
    expect((await client.post('/preview', { body: 'x' }, { csrf: null })).status).toBe(403)
    expect((await new Client(app).post('/preview', { body: 'x' })).status).toBe(302)
  })
})

describe('editing and deleting my posts', () => {
  test('an edit keeps the previous version in a history the author and moderators can read, nobody else', async () => {
    const author = await createMember(app.db)
    const { threadId, postId } = await createThreadAs(app.db, author, { title: 'Syarat kenaikan pangkat reguler apa saja?', body: 'Versi pertama pertanyaan saya.' })
    const client = await loginAs(app, author)
    const edit = await client.get(`/p/${postId}/edit`)
    expect(edit.status).toBe(200)
    const saved = await client.post(`/p/${postId}/edit`, { title: 'Syarat kenaikan pangkat reguler terbaru?', body: 'Versi kedua, lebih jelas.' })
    expect(saved.status).toBe(302)
    const page = await client.visit(`/t/${threadId}`)
    expect(page.html).toContain('Versi kedua, lebih jelas.')
    expect(page.html).toContain('Syarat kenaikan pangkat reguler terbaru?')
    expect(visibleText(page.html)).toContain('disunting')
    const history = await client.get(`/p/${postId}/history`)
    expect(history.status).toBe(200)
    expect(history.html).toContain('Versi pertama pertanyaan saya.')
    expect(history.html).toContain('Syarat kenaikan pangkat reguler apa saja?')
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    expect((await moderator.get(`/p/${postId}/history`)).status).toBe(200)
    const stranger = await loginAs(app, await createMember(app.db))
    expect((await stranger.get(`/p/${postId}/history`)).status).toBe(404)
    expect((await stranger.get(`/p/${postId}/edit`)).status).toBe(404)
    expect((await stranger.post(`/p/${postId}/edit`, { body: 'Bukan punya saya tetapi saya ubah.' })).status).toBe(404)
    expect((await moderator.get(`/p/${postId}/edit`)).status).toBe(404)
  })

  test('deleting my reply leaves a "deleted" placeholder and drops its text; others cannot delete it', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const { postId } = await replyAs(app.db, helper, threadId, { body: 'Jawaban yang nanti saya hapus sendiri.' })
    const stranger = await loginAs(app, asker)
    expect((await stranger.post(`/p/${postId}/delete`, {})).status).toBe(404)
    const client = await loginAs(app, helper)
    expect((await client.post(`/p/${postId}/delete`, {})).status).toBe(302)
    const page = await new Client(app).get(`/t/${threadId}`)
    expect(page.html).not.toContain('Jawaban yang nanti saya hapus sendiri.')
    expect(visibleText(page.html)).toContain('Kiriman ini telah dihapus oleh penulisnya.')
    expect(visibleText(page.html)).toContain('Jawaban (0)')
    const row = await app.db.selectFrom('posts').select('deleted_at').where('id', '=', postId).executeTakeFirstOrThrow()
    expect(row.deleted_at).toBeInstanceOf(Date)
  })
})

describe('announcements', () => {
  test('only staff start threads in "Informasi & Pengumuman"; members cannot reply there', async () => {
    const member = await loginAs(app, await createMember(app.db))
    const refused = await member.post('/new', newThread({ category: 'informasi', title: 'Pengumuman palsu dari anggota biasa' }))
    expect(refused.status).toBe(400)
    expect(visibleText(refused.html)).toContain('Anda tidak dapat membuat utas di kategori ini.')
    const staffMember = await createMember(app.db, { roles: ['moderator'] })
    const staff = await loginAs(app, staffMember)
    const posted = await staff.post('/new', newThread({ category: 'informasi', title: 'Jadwal pemeliharaan sistem Teduh' }))
    expect(posted.status).toBe(302)
    const threadId = posted.location!.split('/').pop()!
    expect((await member.post(`/t/${threadId}`, { body: 'Balasan anggota di pengumuman.', intent: 'publish' })).status).toBe(404)
    expect(visibleText((await member.get(`/t/${threadId}`)).html)).toContain('Kategori ini hanya untuk pengumuman')
  })

  test('a pinned thread stays at the top of its category; only staff can pin', async () => {
    const member = await createMember(app.db)
    const old = await createThreadAs(app.db, member, { category: 'karier', title: 'Utas lama yang akan disematkan moderator' })
    await createThreadAs(app.db, member, { category: 'karier', title: 'Utas baru yang lebih aktif dari yang lama' })
    const memberClient = await loginAs(app, member)
    expect((await memberClient.post(`/t/${old.threadId}/pin`, { pinned: 'true' })).status).toBe(404)
    const staff = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    expect((await staff.post(`/t/${old.threadId}/pin`, { pinned: 'true' })).status).toBe(302)
    const list = visibleText((await new Client(app).get('/c/karier')).html)
    expect(list.indexOf('Utas lama yang akan disematkan moderator')).toBeLessThan(list.indexOf('Utas baru yang lebih aktif dari yang lama'))
    expect(list).toContain('Disematkan')
  })
})

describe('posting rate limit', () => {
  test('more than 20 posts in ten minutes from one member are refused with a translated 429', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const client = await loginAs(app, member)
    const token = await client.csrfToken()
    for (let i = 0; i < 20; i++) {
      const page = await client.post(`/t/${threadId}`, { body: `Balasan cepat nomor ${i} dalam utas ini.`, intent: 'publish' }, { csrf: token })
      expect(page.status).toBe(302)
    }
    const limited = await client.post(`/t/${threadId}`, { body: 'Balasan ke dua puluh satu yang terlalu cepat.', intent: 'publish' }, { csrf: token })
    expect(limited.status).toBe(429)
    expect(visibleText(limited.html)).toContain('Terlalu banyak percobaan')
    expect(limited.html).toContain('Balasan ke dua puluh satu yang terlalu cepat.')
  })
})

describe('replies racing on one thread', () => {
  test('twelve members replying at once: every reply is kept and counted once', async () => {
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const members = await Promise.all(Array.from({ length: 12 }, () => createMember(app.db)))
    await Promise.all(members.map((m, i) => replyAs(app.db, m, threadId, { body: `Jawaban bersamaan nomor ${i} tentang cuti tahunan.` })))
    const thread = await app.db.selectFrom('threads').select('reply_count').where('id', '=', threadId).executeTakeFirstOrThrow()
    expect(thread.reply_count).toBe(12)
    expect(await countPosts(threadId)).toBe(13)
  })

  // Two connections are needed (a moderator's open transaction and the reply): PostgreSQL only.
  test.runIf(!!process.env.DATABASE_URL)('a thread locked while a reply is being written refuses the reply and keeps nothing of it', async () => {
    const { replyToThread } = await import('~/services/posts/publish.server')
    const asker = await createMember(app.db)
    const replier = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const actor = await postingActor(app.db, replier)
    const moderator = await app.db.startTransaction().execute()
    await moderator.updateTable('threads').set({ locked_at: new Date() }).where('id', '=', threadId).execute()
    // The reply reads the thread as it was (the lock is not committed) and waits at its update.
    const reply = replyToThread(app.db, { actor, threadId, body: 'Balasan yang ditulis saat utas dikunci.', anonymous: false, replyToPostId: null, piiDecision: 'keep' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await moderator.commit().execute()
    const outcome = await reply
    expect(outcome.ok).toBe(false)
    expect(await countPosts(threadId)).toBe(1)
    const thread = await app.db.selectFrom('threads').select(['reply_count', 'locked_at']).where('id', '=', threadId).executeTakeFirstOrThrow()
    expect(thread.reply_count).toBe(0)
    expect(thread.locked_at).not.toBeNull()
    const notes = await app.db.selectFrom('notifications').select('id').where('thread_id', '=', threadId).execute()
    expect(notes).toEqual([])
  })
})
