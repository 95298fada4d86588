import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'
import { unsafeHtmlProblems } from '../fixtures/html-safety'
import { XSS_PAYLOADS } from '../fixtures/xss-payloads'

let app: TestApp
beforeAll(async () => {
  // The corpus test posts ~300 replies from one member: far past the posting rate limit.
  process.env.RATE_LIMIT_MULTIPLIER = '50'
  app = await startTestApp()
})
afterAll(() => app?.close())

const postBodies = (html: string) => [...html.matchAll(/<div class="post-body">([\s\S]*?)<\/div>/g)].map((m) => m[1]!)

describe('hostile content on the rendered thread page', () => {
  test(`all ${XSS_PAYLOADS.length} payloads, posted as replies, render without scripts, handlers or bad URLs`, async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member, { title: 'Utas berisi muatan berbahaya untuk diuji' })
    const client = await loginAs(app, member)
    const token = await client.csrfToken()
    for (const payload of XSS_PAYLOADS) {
      // Through the real reply form; "keep" skips the personal-data question some payloads raise.
      const posted = await client.post(`/t/${threadId}`, { body: `${payload.markdown}\n\n(${payload.name})`, intent: 'publish', piiDecision: 'keep' }, { csrf: token })
      expect(posted.status, payload.name).toBe(302)
    }
    const bodies: string[] = []
    let path: string | null = `/t/${threadId}?sort=oldest`
    while (path) {
      const page = await new Client(app).get(path)
      expect(page.status).toBe(200)
      bodies.push(...postBodies(page.html))
      path = page.html.match(/href="(\/t\/\d+\?after=\d+)"/)?.[1] ?? null
    }
    expect(bodies.length).toBe(XSS_PAYLOADS.length + 1)
    const problems = bodies.flatMap((b) => unsafeHtmlProblems(b))
    expect(problems).toEqual([])
  })

  test('titles, pseudonyms and tags are escaped in the page title, meta tags, lists and notifications', async () => {
    const evil = '<script>alert("t")</script><img src=x onerror=alert(1)>'
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member, { title: `Judul ${evil}`, tags: ['aman'] })
    const page = await new Client(app).get(`/t/${threadId}`)
    const head = page.html.match(/<head>[\s\S]*<\/head>/)![0]
    expect(head).not.toContain('<script>alert')
    expect(head).toContain('&lt;script&gt;alert')
    const body = page.html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
    expect(body).not.toMatch(/<script>alert|<img src=x/)
    const list = await new Client(app).get('/c/cuti')
    expect(list.html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')).not.toMatch(/<script>alert|<img src=x/)
    // A reply notifies the asker: the notification shows the title as text.
    const helper = await createMember(app.db)
    await replyAs(app.db, helper, threadId)
    const notifications = await (await loginAs(app, member)).get('/me/notifications')
    expect(notifications.html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')).not.toMatch(/<script>alert|<img src=x/)
    expect(visibleText(notifications.html)).toContain('Judul')
  })

  test('loader data embedded in the page is escaped inside its script', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member, { title: 'Penutup skrip </script><script>alert(1)</script> di judul' })
    const page = await new Client(app).get(`/t/${threadId}`)
    expect(page.html).not.toContain('</script><script>alert(1)')
  })
})

describe('per-thread anonymity', () => {
  test('an anonymous thread and reply show only "Anonim #XXXX": no id, pseudonym or reputation in HTML or loader data', async () => {
    const secretive = await createMember(app.db, { pseudonym: 'RahasiaSekali77' })
    await app.db.updateTable('users').set({ reputation: 4321 }).where('id', '=', secretive.id).execute()
    const { threadId } = await createThreadAs(app.db, secretive, { anonymous: true, title: 'Atasan sering membentak di depan rekan kerja' })
    const other = await createMember(app.db)
    await replyAs(app.db, other, threadId, { body: 'Sabar ya, coba catat kejadiannya.' })
    await replyAs(app.db, secretive, threadId, { anonymous: true, body: 'Terima kasih, akan saya catat.' })
    for (const client of [new Client(app), await loginAs(app, other)]) {
      const page = await client.get(`/t/${threadId}`)
      const data = await client.get(`/t/${threadId}.data`)
      expect(data.status).toBe(200)
      for (const output of [page.html, data.html]) {
        expect(output).not.toContain('RahasiaSekali77')
        expect(output).not.toContain(secretive.id)
        expect(output).not.toContain('4321')
        expect(output).not.toContain(secretive.email)
      }
      const handles = [...new Set(visibleText(page.html).match(/Anonim #[0-9A-F]{4}/g))]
      expect(handles).toHaveLength(1) // the thread's question and the follow-up: one stable handle
      expect(visibleText(page.html)).toContain(other.pseudonym)
    }
    const list = await new Client(app).get('/c/cuti')
    expect(list.html).not.toContain('RahasiaSekali77')
  })

  test('the same account gets different handles in different threads', async () => {
    const member = await createMember(app.db)
    const handles: string[] = []
    for (let i = 0; i < 3; i++) {
      const { threadId } = await createThreadAs(app.db, member, { anonymous: true })
      handles.push(visibleText((await new Client(app).get(`/t/${threadId}`)).html).match(/Anonim #[0-9A-F]{4}/)![0])
    }
    expect(new Set(handles).size).toBe(3)
  })

  test('a notification about an anonymous reply names the handle, never the account', async () => {
    const asker = await createMember(app.db)
    const shy = await createMember(app.db, { pseudonym: 'PemaluSekali12' })
    const { threadId } = await createThreadAs(app.db, asker)
    await replyAs(app.db, shy, threadId, { anonymous: true, body: 'Saya pernah mengalami hal yang sama persis.' })
    const page = await (await loginAs(app, asker)).get('/me/notifications')
    expect(visibleText(page.html)).toMatch(/Anonim #[0-9A-F]{4} menjawab pertanyaan Anda/)
    expect(page.html).not.toContain('PemaluSekali12')
  })

  test('my own anonymous post is marked "(Anda)" for me only, with edit and delete links', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member, { anonymous: true })
    const mine = await (await loginAs(app, member)).get(`/t/${threadId}`)
    expect(visibleText(mine.html)).toMatch(/Anonim #[0-9A-F]{4} \(Anda\)/)
    expect(mine.html).toMatch(/href="\/p\/\d+\/edit"/)
    const theirs = await (await loginAs(app, await createMember(app.db))).get(`/t/${threadId}`)
    expect(visibleText(theirs.html)).not.toContain('(Anda)')
    expect(theirs.html).not.toMatch(/href="\/p\/\d+\/edit"/)
  })
})

describe('personal data warning before publishing', () => {
  const body = 'Saya pegawai dengan NIP 198503122010011002, bisa dihubungi di 0812-3456-7890 untuk info cuti.'

  test('detected data stops the post and offers redaction; nothing is published yet', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const page = await client.post('/new', { category: 'cuti', title: 'Pertanyaan cuti dengan data pribadi', body, intent: 'publish' })
    expect(page.status).toBe(200)
    const text = visibleText(page.html)
    expect(text).toContain('Tulisan Anda tampaknya memuat data pribadi')
    expect(text).toContain('NIP: 198503122010011002')
    expect(text).toContain('nomor telepon: 0812-3456-7890')
    expect(text).toContain('[disamarkan]')
    expect(page.html).toContain('Saya pegawai dengan NIP 198503122010011002') // the typed text is kept in the textarea
    expect(await app.db.selectFrom('threads').select('id').where('author_id', '=', member.id).execute()).toEqual([])
  })

  test('"redact and publish" publishes the redacted text', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const page = await client.post('/new', { category: 'cuti', title: 'Pertanyaan cuti yang disamarkan', body, piiDecision: 'redact' })
    expect(page.status).toBe(302)
    const post = await app.db.selectFrom('posts').select('body_md').where('author_id', '=', member.id).executeTakeFirstOrThrow()
    expect(post.body_md).toBe('Saya pegawai dengan NIP [disamarkan], bisa dihubungi di [disamarkan] untuk info cuti.')
  })

  test('"publish as written" keeps the text; replies get the same check', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    const client = await loginAs(app, member)
    const warned = await client.post(`/t/${threadId}`, { body: 'Email saya budi.santoso@kemenkeu.go.id ya', intent: 'publish' })
    expect(visibleText(warned.html)).toContain('alamat email: budi.santoso@kemenkeu.go.id')
    const kept = await client.post(`/t/${threadId}`, { body: 'Email saya budi.santoso@kemenkeu.go.id ya', piiDecision: 'keep' })
    expect(kept.status).toBe(302)
  })
})
