import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

describe('search', () => {
  test('finds titles and bodies, ranked, with highlighted snippets and Indonesian stemming', async () => {
    const member = await createMember(app.db)
    await createThreadAs(app.db, member, { category: 'karier', title: 'Pelatihan perkebunan untuk penyuluh pertanian', body: 'Ada diklat teknis tentang komoditas sawit dan karet.' })
    const other = await createThreadAs(app.db, member, { category: 'mutasi', title: 'Mutasi ke dinas lain bagaimana caranya?', body: 'Saya ingin pindah ke dinas yang mengurus kebun raya daerah.' })
    const page = await new Client(app).get('/search?q=kebun')
    expect(page.status).toBe(200)
    const text = visibleText(page.html)
    expect(text).toContain('Pelatihan perkebunan untuk penyuluh pertanian')
    expect(text).toContain('Mutasi ke dinas lain bagaimana caranya?')
    // The title match weighs more than a body match.
    expect(text.indexOf('Pelatihan perkebunan')).toBeLessThan(text.indexOf('Mutasi ke dinas lain'))
    expect(page.html).toMatch(/<mark>kebun<\/mark>/)
    const filtered = visibleText((await new Client(app).get('/search?q=kebun&category=mutasi')).html)
    expect(filtered).toContain('Mutasi ke dinas lain')
    expect(filtered).not.toContain('Pelatihan perkebunan')
    void other
  })

  test('deleted and hidden posts never appear', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member, { title: 'Utas tentang zamrud khatulistiwa yang biasa', body: 'Isi pembuka yang biasa saja ya.' })
    const deleted = await replyAs(app.db, member, threadId, { body: 'Kata rahasia kalimantanium ada di sini.' })
    const hidden = await replyAs(app.db, member, threadId, { body: 'Kata rahasia sumatranium ada di sini.' })
    const client = await loginAs(app, member)
    await client.post(`/p/${deleted.postId}/delete`, {})
    await app.db.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: 'uji' }).where('id', '=', hidden.postId).execute()
    expect(visibleText((await new Client(app).get('/search?q=kalimantanium')).html)).toContain('Tidak ada hasil')
    expect(visibleText((await new Client(app).get('/search?q=sumatranium')).html)).toContain('Tidak ada hasil')
    await app.db.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', threadId).execute()
    expect(visibleText((await new Client(app).get('/search?q=khatulistiwa')).html)).toContain('Tidak ada hasil')
  })

  test('search text is escaped, and odd queries do not break it', async () => {
    for (const q of ['<script>alert(1)</script>', '"tanda kutip', '& | ! :*', 'a'.repeat(500)]) {
      const page = await new Client(app).get(`/search?q=${encodeURIComponent(q)}`)
      expect(page.status, q).toBe(200)
      expect(page.html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')).not.toContain('<script>alert(1)')
    }
  })
})

/** Reads an SSE response until `until` matches the text received (or the time runs out). */
async function readEvents(response: Response, until: RegExp, ms = 5000): Promise<string> {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const deadline = Date.now() + ms
  while (!until.test(text) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))])
    if (!chunk || chunk.done) break
    text += decoder.decode(chunk.value)
  }
  await reader.cancel().catch(() => {})
  return text
}

describe('live updates', () => {
  test('a reader of a thread receives an event when a reply is posted', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const controller = new AbortController()
    const stream = await app.fetch(new Request(`http://localhost/events/thread/${threadId}`, { signal: controller.signal }))
    expect(stream.headers.get('Content-Type')).toContain('text/event-stream')
    const received = readEvents(stream, /event: thread\ndata: post\.created:\d+/)
    await new Promise((r) => setTimeout(r, 200))
    const { postId } = await replyAs(app.db, member, threadId)
    const text = await received
    controller.abort()
    expect(text).toContain(`event: thread\ndata: post.created:${postId}`)
    expect(text).not.toContain('Jawaban uji') // ids only, never content
  })

  test("the notification stream tells only its owner, and needs a login", async () => {
    const asker = await createMember(app.db)
    const bystander = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    expect((await new Client(app).get('/events/me')).status).toBe(404)
    const askerClient = await loginAs(app, asker)
    const bystanderClient = await loginAs(app, bystander)
    const headers = (c: Client) => ({ Cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') })
    const mine = await app.fetch(new Request('http://localhost/events/me', { headers: headers(askerClient) }))
    const theirs = await app.fetch(new Request('http://localhost/events/me', { headers: headers(bystanderClient) }))
    const mineText = readEvents(mine, /event: notification/)
    const theirsText = readEvents(theirs, /event: notification/, 1500)
    await new Promise((r) => setTimeout(r, 200))
    await replyAs(app.db, bystander, threadId)
    expect(await mineText).toContain('event: notification')
    expect(await theirsText).not.toContain('event: notification')
  })

  test('a hidden thread has no public stream', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    await app.db.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', threadId).execute()
    expect((await new Client(app).get(`/events/thread/${threadId}`)).status).toBe(404)
  })
})

describe('notifications', () => {
  test('reply to my thread, reply to my post, and a mention; mark one and all as read', async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const mentioned = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    const first = await replyAs(app.db, helper, threadId)
    await replyAs(app.db, asker, threadId, { replyTo: first.postId, body: `Terima kasih! @${mentioned.pseudonym} mungkin tahu juga.` })
    const helperPage = visibleText((await (await loginAs(app, helper)).get('/me/notifications')).html)
    expect(helperPage).toContain(`${asker.pseudonym} membalas kiriman Anda`)
    const mentionedPage = visibleText((await (await loginAs(app, mentioned)).get('/me/notifications')).html)
    expect(mentionedPage).toContain(`${asker.pseudonym} menyebut Anda`)
    const askerClient = await loginAs(app, asker)
    const home = await askerClient.get('/')
    expect(visibleText(home.html)).toMatch(/1 belum dibaca/)
    const list = await askerClient.get('/me/notifications')
    expect(visibleText(list.html)).toContain(`${helper.pseudonym} menjawab pertanyaan Anda`)
    const id = list.html.match(/name="id" value="(\d+)"/)![1]!
    const opened = await askerClient.post('/me/notifications', { id, to: `/t/${threadId}#p${first.postId}` })
    expect(opened.location).toBe(`/t/${threadId}#p${first.postId}`)
    expect(visibleText((await askerClient.get('/')).html)).not.toMatch(/belum dibaca/)
    const helperClient = await loginAs(app, helper)
    await helperClient.post('/me/notifications', { intent: 'all' })
    const unread = await app.db.selectFrom('notifications').select('id').where('user_id', '=', helper.id).where('read_at', 'is', null).execute()
    expect(unread).toEqual([])
  })

  test("I cannot mark someone else's notification as read", async () => {
    const asker = await createMember(app.db)
    const helper = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    await replyAs(app.db, helper, threadId)
    const note = await app.db.selectFrom('notifications').select('id').where('user_id', '=', asker.id).executeTakeFirstOrThrow()
    await (await loginAs(app, helper)).post('/me/notifications', { id: note.id })
    const row = await app.db.selectFrom('notifications').select('read_at').where('id', '=', note.id).executeTakeFirstOrThrow()
    expect(row.read_at).toBeNull()
  })
})

describe('the anonymous readers cache', () => {
  test('a cached thread page is dropped the moment the thread changes', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const visitor = new Client(app)
    expect(visibleText((await visitor.get(`/t/${threadId}`)).html)).toContain('Jawaban (0)')
    expect(visibleText((await visitor.get(`/t/${threadId}`)).html)).toContain('Jawaban (0)')
    await (await loginAs(app, member)).post(`/t/${threadId}`, { body: 'Balasan yang harus langsung terlihat oleh pengunjung.', intent: 'publish' })
    const after = visibleText((await visitor.get(`/t/${threadId}`)).html)
    expect(after).toContain('Jawaban (1)')
    expect(after).toContain('Balasan yang harus langsung terlihat oleh pengunjung.')
  })
})
