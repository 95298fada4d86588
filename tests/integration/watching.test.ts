import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// Watching categories and threads (issue 14.7): every role on the new routes, the bell, the
// opt-in emails and digests (rows in email_outbox), anonymity, and the unsubscribe token.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

async function runJobs() {
  const { runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  // Jobs that queue jobs (fan-out → email → delivery): run until the queue is quiet.
  for (let pass = 0; pass < 5; pass++) if ((await runDueJobs(app.db, jobHandlers, 200)) === 0) break
}

/** Every queued job is due now (reply emails wait a few minutes on purpose). */
async function makeJobsDue() {
  await app.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000) }).where('done_at', 'is', null).execute()
}

async function digestsDueNow(userId: string) {
  await app.db.updateTable('email_preferences').set({ digest_from: new Date(Date.now() - 8 * 86_400_000) }).where('user_id', '=', userId).execute()
  const { enqueueDueDigests } = await import('~/services/watching/emails.server')
  await enqueueDueDigests(app.db)
  await runJobs()
}

const outboxOf = (userId: string) =>
  app.db.selectFrom('email_outbox').select(['id', 'kind', 'locale', 'subject', 'body_text', 'sent_at', 'skipped']).where('user_id', '=', userId).orderBy('id').execute()

const notificationsOf = (userId: string) => app.db.selectFrom('notifications').select(['kind', 'post_id', 'actor_label']).where('user_id', '=', userId).orderBy('id').execute()

async function tokenFor(userId: string) {
  const { unsubscribeToken } = await import('~/lib/unsubscribe.server')
  return unsubscribeToken(userId)
}

async function moderatorActor() {
  const { findActor } = await import('~/models/users.server')
  const mod = await createMember(app.db, { roles: ['moderator'] })
  return (await findActor(app.db, mod.id))!
}

async function chooseEmails(client: Client, choices: { digest?: string; replyEmails?: boolean; mentionEmails?: boolean; language?: string }) {
  const fields: Record<string, string> = { intent: 'email', digest: choices.digest ?? 'off', language: choices.language ?? 'id' }
  if (choices.replyEmails) fields.replyEmails = 'on'
  if (choices.mentionEmails) fields.mentionEmails = 'on'
  const page = await client.post('/me/watching', fields)
  expect(page.status).toBe(302)
}

describe('every role on the watch routes', () => {
  const ROLES = ['visitor', 'member', 'suspended member', 'expert', 'counselor', 'intake', 'hr', 'moderator', 'admin'] as const
  type RoleName = (typeof ROLES)[number]
  const clients = new Map<RoleName, Client>()
  let visible = ''
  let hidden = ''
  let deleted = ''
  let someoneElsesWatch = ''
  let tokenOwner: TestMember

  beforeAll(async () => {
    for (const role of ROLES) {
      if (role === 'visitor') {
        clients.set(role, new Client(app))
        continue
      }
      const roles = role === 'member' || role === 'suspended member' ? [] : [role]
      const member = await createMember(app.db, { roles })
      clients.set(role, await loginAs(app, member))
      if (role === 'suspended member') {
        await app.db.updateTable('users').set({ suspended_until: new Date(Date.now() + 86_400_000) }).where('id', '=', member.id).execute()
      }
    }
    const author = await createMember(app.db)
    tokenOwner = author
    visible = (await createThreadAs(app.db, author)).threadId
    hidden = (await createThreadAs(app.db, author)).threadId
    deleted = (await createThreadAs(app.db, author)).threadId
    await app.db.updateTable('threads').set({ hidden_at: new Date() }).where('id', '=', hidden).execute()
    await app.db.updateTable('threads').set({ deleted_at: new Date() }).where('id', '=', deleted).execute()
    const other = await createMember(app.db)
    const row = await app.db.insertInto('watches').values({ user_id: other.id, thread_id: visible, category_id: null, created_at: new Date() }).returning('id').executeTakeFirstOrThrow()
    someoneElsesWatch = row.id
  }, 60_000)

  /** "302 login" for a redirect to sign in, "302" for any other redirect, else the status. */
  const outcome = (page: { status: number; location: string | null }) => (page.status === 302 && page.location?.startsWith('/login') ? '302 login' : String(page.status))

  type Expectation = Partial<Record<RoleName, string>> & { otherwise: string }
  const routes: { name: string; request: (c: Client) => Promise<string>; expect: Expectation }[] = [
    { name: 'GET /me/watching', request: async (c) => outcome(await c.get('/me/watching')), expect: { visitor: '302 login', otherwise: '200' } },
    { name: 'POST watch a category', request: async (c) => outcome(await c.post('/c/cuti/watch', { watching: 'true' })), expect: { visitor: '302 login', otherwise: '302' } },
    { name: 'POST watch a category that does not exist', request: async (c) => outcome(await c.post('/c/tidak-ada/watch', { watching: 'true' })), expect: { visitor: '302 login', otherwise: '404' } },
    { name: 'POST a watch toggle with a bad value', request: async (c) => outcome(await c.post('/c/cuti/watch', { watching: 'maybe' })), expect: { visitor: '302 login', otherwise: '404' } },
    { name: 'POST watch a visible thread', request: async (c) => outcome(await c.post(`/t/${visible}/watch`, { watching: 'true' })), expect: { visitor: '302 login', otherwise: '302' } },
    {
      name: 'POST watch a hidden thread',
      request: async (c) => outcome(await c.post(`/t/${hidden}/watch`, { watching: 'true' })),
      expect: { visitor: '302 login', moderator: '302', admin: '302', otherwise: '404' },
    },
    {
      name: 'POST watch a deleted thread',
      request: async (c) => outcome(await c.post(`/t/${deleted}/watch`, { watching: 'true' })),
      expect: { visitor: '302 login', moderator: '302', admin: '302', otherwise: '404' },
    },
    { name: 'POST watch a thread that does not exist', request: async (c) => outcome(await c.post('/t/999999/watch', { watching: 'true' })), expect: { visitor: '302 login', otherwise: '404' } },
    {
      name: "POST unwatch someone else's watch",
      request: async (c) => outcome(await c.post('/me/watching', { intent: 'unwatch', watchId: someoneElsesWatch })),
      expect: { visitor: '302 login', otherwise: '404' },
    },
    { name: 'POST email choices', request: async (c) => outcome(await c.post('/me/watching', { intent: 'email', digest: 'weekly', language: 'id' })), expect: { visitor: '302 login', otherwise: '302' } },
    { name: 'GET the unsubscribe page of a real token', request: async (c) => outcome(await c.get(`/unsubscribe/${await tokenFor(tokenOwner.id)}`)), expect: { otherwise: '200' } },
    { name: 'GET the unsubscribe page of a forged token', request: async (c) => outcome(await c.get(`/unsubscribe/${tokenOwner.id}.${'0'.repeat(64)}`)), expect: { otherwise: '404' } },
  ]

  describe.each(routes)('$name', ({ request, expect: allowed }) => {
    test.each(ROLES)('as %s', async (role) => {
      expect(await request(clients.get(role)!)).toBe(allowed[role] ?? allowed.otherwise)
    })
  })

  test('after every role tried, the hidden and deleted threads have staff watchers only, and the other watch is still there', async () => {
    const watchers = await app.db.selectFrom('watches').select('thread_id').where('thread_id', 'in', [hidden, deleted]).execute()
    expect(watchers).toHaveLength(4) // moderator and admin, each on both
    expect(await app.db.selectFrom('watches').select('id').where('id', '=', someoneElsesWatch).executeTakeFirst()).toBeTruthy()
  })
})

describe('the watch button', () => {
  test('shows the state in words, survives a double submit as one row, and unwatches from /me/watching', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const before = visibleText((await client.get('/c/cuti')).html)
    expect(before).toContain('Pantau kategori ini')
    expect(before).not.toContain('Anda memantau kategori ini')
    await client.post('/c/cuti/watch', { watching: 'true' })
    await client.post('/c/cuti/watch', { watching: 'true' })
    const rows = await app.db.selectFrom('watches').select('id').where('user_id', '=', member.id).execute()
    expect(rows).toHaveLength(1)
    const after = await client.visit('/c/cuti')
    expect(visibleText(after.html)).toContain('Anda memantau kategori ini')
    expect(after.html).toMatch(/name="watching" value="false"/)

    const { threadId } = await createThreadAs(app.db, await createMember(app.db), { title: 'Utas yang dipantau untuk uji tombol' })
    await client.post(`/t/${threadId}/watch`, { watching: 'true' })
    expect(visibleText((await client.visit(`/t/${threadId}`)).html)).toContain('Anda memantau utas ini')
    const list = visibleText((await client.get('/me/watching')).html)
    expect(list).toContain('Cuti & Izin')
    expect(list).toContain('Utas yang dipantau untuk uji tombol')

    const threadWatch = await app.db.selectFrom('watches').select('id').where('user_id', '=', member.id).where('thread_id', '=', threadId).executeTakeFirstOrThrow()
    const stopped = await client.post('/me/watching', { intent: 'unwatch', watchId: threadWatch.id })
    expect(stopped.location).toBe('/me/watching')
    expect(visibleText((await client.visit('/me/watching')).html)).not.toContain('Utas yang dipantau untuk uji tombol')
    await client.post('/c/cuti/watch', { watching: 'false' })
    expect(await app.db.selectFrom('watches').select('id').where('user_id', '=', member.id).execute()).toEqual([])
  })

  test('a visitor sees a sign-in link instead of the button', async () => {
    const page = await new Client(app).get('/c/cuti')
    expect(visibleText(page.html)).toContain('Masuk untuk memantau')
    expect(page.html).not.toMatch(/action="\/c\/cuti\/watch"/)
  })

  test('the watch rate limit answers with a message, not an error', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const { RATE_RULES, rateLimitKey } = await import('~/lib/rate-limit.server')
    await app.db.insertInto('rate_limits').values({ key: rateLimitKey(RATE_RULES.watchesPerMember, member.id), window_start: new Date(), hits: 10_000 }).execute()
    const page = await client.post('/c/gaji/watch', { watching: 'true' })
    expect(page.location).toBe('/c/gaji')
    expect(visibleText((await client.get('/c/gaji')).html)).toContain('Terlalu sering mengubah pantauan')
    expect(await app.db.selectFrom('watches').select('id').where('user_id', '=', member.id).execute()).toEqual([])
  })
})

describe('the bell', () => {
  test('a new thread in a watched category and a new answer in a watched thread reach the watcher, live, never the writer', async () => {
    const watcher = await createMember(app.db)
    const writer = await createMember(app.db)
    const watcherClient = await loginAs(app, watcher)
    await watcherClient.post('/c/mutasi/watch', { watching: 'true' })
    const writerClient = await loginAs(app, writer)
    await writerClient.post('/c/mutasi/watch', { watching: 'true' })
    const { threadId } = await createThreadAs(app.db, writer, { category: 'mutasi', title: 'Mutasi antarinstansi untuk uji pantauan' })
    await runJobs()
    expect(visibleText((await watcherClient.get('/me/notifications')).html)).toContain(`${writer.pseudonym} membuka pertanyaan baru "Mutasi antarinstansi untuk uji pantauan"`)
    expect(await notificationsOf(writer.id)).toEqual([])

    await watcherClient.post(`/t/${threadId}/watch`, { watching: 'true' })
    const helper = await createMember(app.db)
    await replyAs(app.db, helper, threadId)
    await runJobs()
    const kinds = (await notificationsOf(watcher.id)).map((n) => n.kind)
    expect(kinds).toEqual(['watch_thread', 'watch_reply'])
    expect(visibleText((await watcherClient.get('/me/notifications')).html)).toContain(`${helper.pseudonym} menjawab di utas yang Anda pantau`)
  })

  test('the asker who also watches their thread hears of an answer once', async () => {
    const asker = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, asker)
    await (await loginAs(app, asker)).post(`/t/${threadId}/watch`, { watching: 'true' })
    await replyAs(app.db, await createMember(app.db), threadId)
    await runJobs()
    expect((await notificationsOf(asker.id)).map((n) => n.kind)).toEqual(['reply_to_thread'])
  })

  test('an anonymous post tells watchers only its thread handle, and posting leaves no watch row linking its author', async () => {
    const watcher = await createMember(app.db)
    const writer = await createMember(app.db)
    await (await loginAs(app, watcher)).post('/c/kesejahteraan/watch', { watching: 'true' })
    const { threadId } = await createThreadAs(app.db, writer, { category: 'kesejahteraan', anonymous: true, title: 'Pertanyaan anonim untuk uji pantauan' })
    await (await loginAs(app, watcher)).post(`/t/${threadId}/watch`, { watching: 'true' })
    await replyAs(app.db, writer, threadId, { anonymous: true })
    await runJobs()
    const notes = await notificationsOf(watcher.id)
    expect(notes.map((n) => n.kind)).toEqual(['watch_thread', 'watch_reply'])
    const { anonHandle } = await import('~/lib/anon.server')
    for (const n of notes) expect(n.actor_label).toBe(anonHandle(threadId, writer.id))
    const page = (await (await loginAs(app, watcher)).get('/me/notifications')).html
    expect(page).not.toContain(writer.pseudonym)
    expect(await app.db.selectFrom('watches').select('id').where('user_id', '=', writer.id).execute()).toEqual([])
  })

  test('a post held for new-account review reaches no watcher and no mention until a moderator shows it', async () => {
    process.env.NEW_ACCOUNT_REVIEW_DAYS = '7'
    try {
      const watcher = await createMember(app.db)
      const mentioned = await createMember(app.db)
      const newcomer = await createMember(app.db, { fresh: true })
      await (await loginAs(app, watcher)).post('/c/disiplin/watch', { watching: 'true' })
      const { postId } = await createThreadAs(app.db, newcomer, { category: 'disiplin', body: `Mohon pendapat @${mentioned.pseudonym} tentang hukuman disiplin ringan.` })
      await runJobs()
      expect(await notificationsOf(watcher.id)).toEqual([])
      expect(await notificationsOf(mentioned.id)).toEqual([])
      const { unhidePost } = await import('~/services/moderation/actions.server')
      expect((await unhidePost(app.db, { actor: await moderatorActor(), postId, reason: 'Lolos tinjauan akun baru' })).ok).toBe(true)
      await runJobs()
      expect((await notificationsOf(watcher.id)).map((n) => n.kind)).toEqual(['watch_thread'])
      expect((await notificationsOf(mentioned.id)).map((n) => n.kind)).toEqual(['mention'])
    } finally {
      delete process.env.NEW_ACCOUNT_REVIEW_DAYS
    }
  })

  test('a post hidden before the fan-out runs reaches nobody', async () => {
    const watcher = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    await (await loginAs(app, watcher)).post(`/t/${threadId}/watch`, { watching: 'true' })
    const { postId } = await replyAs(app.db, await createMember(app.db), threadId)
    const { hidePost } = await import('~/services/moderation/actions.server')
    await hidePost(app.db, { actor: await moderatorActor(), postId, reason: 'Spam' })
    await runJobs()
    expect(await notificationsOf(watcher.id)).toEqual([])
  })

  test('a mention of an existing member notifies them; an unknown name or a deleted account notifies no one', async () => {
    const writer = await createMember(app.db)
    const named = await createMember(app.db)
    const gone = await createMember(app.db)
    await app.db.updateTable('users').set({ deleted_at: new Date() }).where('id', '=', gone.id).execute()
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    await replyAs(app.db, writer, threadId, { body: `Setuju dengan @${named.pseudonym}, juga @${gone.pseudonym} dan @OrangTidakAda99.` })
    expect((await notificationsOf(named.id)).map((n) => n.kind)).toEqual(['mention'])
    expect(await notificationsOf(gone.id)).toEqual([])
  })
})

describe('email choices', () => {
  test('switching emails on records consent; a bad digest value comes back with the error beside it and the choices kept', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const bad = await client.post('/me/watching', { intent: 'email', digest: 'hourly', replyEmails: 'on', language: 'en' })
    expect(bad.status).toBe(400)
    expect(bad.html).toMatch(/id="digest-error"[^>]*>Pilih salah satu/)
    expect(bad.html).toMatch(/id="replyEmails" name="replyEmails" checked=""/)
    expect(bad.html).not.toMatch(/id="digest-\w+" name="digest" checked=""/)
    expect(bad.html).toMatch(/<option value="en" lang="en" selected="">/)
    expect(await app.db.selectFrom('email_preferences').select('user_id').where('user_id', '=', member.id).execute()).toEqual([])
    await chooseEmails(client, { digest: 'daily', mentionEmails: true })
    const consents = await app.db.selectFrom('consents').select(['kind', 'version']).where('user_id', '=', member.id).where('kind', '=', 'optional_email').execute()
    expect(consents).toEqual([{ kind: 'optional_email', version: 'email-2026-12' }])
    const page = await client.get('/me/watching')
    expect(page.html).toMatch(/id="digest-daily" name="digest" checked="" value="daily"/)
    expect(page.html).toMatch(/id="mentionEmails" name="mentionEmails" checked=""/)
  })
})

describe('digests (rows in the email outbox)', () => {
  test('one email per period: visible threads only, each thread once, no names, in the member’s language, nothing twice', async () => {
    const reader = await createMember(app.db)
    const client = await loginAs(app, reader)
    await client.post('/c/gaji/watch', { watching: 'true' })
    await chooseEmails(client, { digest: 'daily' })
    const writer = await createMember(app.db)
    const a = await createThreadAs(app.db, writer, { category: 'gaji', title: 'Tunjangan kinerja untuk uji ringkasan A' })
    await createThreadAs(app.db, writer, { category: 'gaji', title: 'Gaji ke-13 untuk uji ringkasan B', anonymous: true })
    const c = await createThreadAs(app.db, writer, { category: 'gaji', title: 'Utas yang kemudian disembunyikan C' })
    await client.post(`/t/${a.threadId}/watch`, { watching: 'true' })
    await runJobs()
    await replyAs(app.db, await createMember(app.db), a.threadId)
    await replyAs(app.db, await createMember(app.db), a.threadId)
    await runJobs()
    const { hidePost } = await import('~/services/moderation/actions.server')
    await hidePost(app.db, { actor: await moderatorActor(), postId: c.postId, reason: 'Dipindah' })
    // Not due yet: nothing.
    const { enqueueDueDigests } = await import('~/services/watching/emails.server')
    await enqueueDueDigests(app.db)
    await runJobs()
    expect(await outboxOf(reader.id)).toEqual([])

    await digestsDueNow(reader.id)
    const [digest, ...more] = await outboxOf(reader.id)
    expect(more).toEqual([])
    expect(digest!.kind).toBe('digest')
    expect(digest!.locale).toBe('id')
    expect(digest!.subject).toBe('Ringkasan Teduh: 2 utas dengan kabar baru')
    expect(digest!.body_text).toContain('Ringkasan harian')
    expect(digest!.body_text).toContain('Pertanyaan baru: Tunjangan kinerja untuk uji ringkasan A')
    expect(digest!.body_text).toContain('Pertanyaan baru: Gaji ke-13 untuk uji ringkasan B')
    expect(digest!.body_text).not.toContain('Utas yang kemudian disembunyikan C')
    expect(digest!.body_text.match(/ringkasan A/g)).toHaveLength(1)
    expect(digest!.body_text).toContain(`/t/${a.threadId}`)
    expect(digest!.body_text).not.toContain(writer.pseudonym)
    expect(digest!.body_text).not.toMatch(/Anonim #/)
    expect(digest!.body_text).toContain(`/unsubscribe/${await tokenFor(reader.id)}`)
    expect(digest!.sent_at).not.toBeNull()

    // Due again, nothing new: no second email. Something new: only that.
    await digestsDueNow(reader.id)
    expect(await outboxOf(reader.id)).toHaveLength(1)
    await replyAs(app.db, await createMember(app.db), a.threadId)
    await runJobs()
    await digestsDueNow(reader.id)
    const second = (await outboxOf(reader.id))[1]!
    expect(second.body_text).toContain('1 jawaban baru: Tunjangan kinerja untuk uji ringkasan A')
    expect(second.body_text).not.toContain('ringkasan B')
  })

  test('an English member gets an English digest; what they already read in the bell is left out', async () => {
    const reader = await createMember(app.db)
    const client = await loginAs(app, reader)
    const slug = 'skp'
    await client.post(`/c/${slug}/watch`, { watching: 'true' })
    await chooseEmails(client, { digest: 'weekly', language: 'en' })
    const read = await createThreadAs(app.db, await createMember(app.db), { category: slug, title: 'Already read in the bell' })
    await runJobs()
    await app.db.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', reader.id).where('post_id', '=', read.postId).execute()
    await createThreadAs(app.db, await createMember(app.db), { category: slug, title: 'Not read yet' })
    await runJobs()
    await digestsDueNow(reader.id)
    const [digest] = await outboxOf(reader.id)
    expect(digest!.locale).toBe('en')
    expect(digest!.subject).toBe('Teduh digest: 1 threads with news')
    expect(digest!.body_text).toContain('weekly digest')
    expect(digest!.body_text).toContain('New question: Not read yet')
    expect(digest!.body_text).not.toContain('Already read in the bell')
  })

  test('withdrawing consent stops a digest already built, and no further one is built', async () => {
    const reader = await createMember(app.db)
    const client = await loginAs(app, reader)
    await client.post('/c/karier/watch', { watching: 'true' })
    await chooseEmails(client, { digest: 'daily' })
    await createThreadAs(app.db, await createMember(app.db), { category: 'karier' })
    await runJobs()
    // Built, but not delivered yet: the member unsubscribes in between.
    await app.db.updateTable('email_preferences').set({ digest_from: new Date(Date.now() - 2 * 86_400_000) }).where('user_id', '=', reader.id).execute()
    const { buildDigest } = await import('~/services/watching/emails.server')
    await app.db.transaction().execute((trx) => buildDigest(trx, { userId: reader.id }))
    expect(await outboxOf(reader.id)).toHaveLength(1)
    const done = await new Client(app).post(`/unsubscribe/${await tokenFor(reader.id)}`, {}, { csrf: null })
    expect(done.status).toBe(200)
    await runJobs()
    const [row] = await outboxOf(reader.id)
    expect(row!.sent_at).toBeNull()
    expect(row!.skipped).toBe('consent withdrawn')
    await createThreadAs(app.db, await createMember(app.db), { category: 'karier' })
    await runJobs()
    await digestsDueNow(reader.id)
    expect(await outboxOf(reader.id)).toHaveLength(1)
  })
})

describe('reply and mention emails', () => {
  let smtp: Mailbox
  let received: Mailbox['received'] = []
  beforeAll(async () => {
    smtp = await startMailbox()
    received = smtp.received
    process.env.SMTP_URL = smtp.url
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    await smtp.close()
  })

  test('only to members who opted in, after the wait, neutral, with List-Unsubscribe headers', async () => {
    const asker = await createMember(app.db)
    const quiet = await createMember(app.db)
    await chooseEmails(await loginAs(app, asker), { replyEmails: true })
    const { threadId } = await createThreadAs(app.db, asker, { title: 'Judul rahasia tentang atasan saya' })
    const quietThread = await createThreadAs(app.db, quiet)
    const helper = await createMember(app.db)
    await replyAs(app.db, helper, threadId, { body: 'Isi jawaban yang tidak boleh masuk email sama sekali.' })
    await replyAs(app.db, helper, quietThread.threadId)
    // Not before the wait: a reply read in the bell within minutes is never mailed.
    await runJobs()
    expect(await outboxOf(asker.id)).toEqual([])
    await makeJobsDue()
    await runJobs()
    const [row] = await outboxOf(asker.id)
    expect(row!.kind).toBe('reply_to_thread')
    expect(row!.subject).toBe('Ada jawaban baru untuk pertanyaan Anda di Teduh')
    expect(row!.body_text).not.toMatch(/Judul rahasia|Isi jawaban|atasan/)
    expect(row!.body_text).not.toContain(helper.pseudonym)
    expect(row!.sent_at).not.toBeNull()
    const mail = received.filter((m) => m.to.includes(asker.email))
    expect(mail).toHaveLength(1)
    const token = await tokenFor(asker.id)
    expect(mail[0]!.data).toMatch(new RegExp(`List-Unsubscribe:\\s+<http://[^>]+/unsubscribe/${token}>`))
    expect(mail[0]!.data).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    expect(await outboxOf(quiet.id)).toEqual([])
    expect(received.some((m) => m.to.includes(quiet.email))).toBe(false)
  })

  test('a mention email goes only to an opted-in member, and not at all once the notification was read', async () => {
    const named = await createMember(app.db)
    const reader = await createMember(app.db)
    await chooseEmails(await loginAs(app, named), { mentionEmails: true })
    await chooseEmails(await loginAs(app, reader), { mentionEmails: true })
    const { threadId } = await createThreadAs(app.db, await createMember(app.db))
    const writer = await createMember(app.db)
    await replyAs(app.db, writer, threadId, { body: `Coba tanya @${named.pseudonym} dan @${reader.pseudonym}.` })
    await app.db.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', reader.id).execute()
    await makeJobsDue()
    await runJobs()
    const [row] = await outboxOf(named.id)
    expect(row!.subject).toBe('Seseorang menyebut Anda di Teduh')
    expect(row!.body_text).not.toContain(writer.pseudonym)
    expect(await outboxOf(reader.id)).toEqual([])
  })
})

describe('the unsubscribe link', () => {
  async function optedIn() {
    const member = await createMember(app.db)
    await chooseEmails(await loginAs(app, member), { digest: 'weekly', replyEmails: true, mentionEmails: true })
    return member
  }
  const prefsOf = (userId: string) => app.db.selectFrom('email_preferences').select(['digest', 'reply_emails', 'mention_emails']).where('user_id', '=', userId).executeTakeFirstOrThrow()
  const allOn = { digest: 'weekly', reply_emails: true, mention_emails: true }
  const allOff = { digest: 'off', reply_emails: false, mention_emails: false }

  test('opening it asks first and changes nothing; the button (without a session) switches every optional email off', async () => {
    const member = await optedIn()
    const visitor = new Client(app)
    const page = await visitor.get(`/unsubscribe/${await tokenFor(member.id)}`)
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('Berhenti menerima email dari Teduh?')
    expect(page.html).not.toContain(member.pseudonym)
    expect(page.html).not.toContain(member.email)
    expect(page.html).toContain('noindex')
    expect(await prefsOf(member.id)).toEqual(allOn)
    const done = await visitor.post(`/unsubscribe/${await tokenFor(member.id)}`, {})
    expect(done.status).toBe(200)
    expect(visibleText(done.html)).toContain('Anda tidak akan menerima email ini lagi')
    expect(await prefsOf(member.id)).toEqual(allOff)
  })

  test('a mail client’s one-click POST works without cookies or CSRF token', async () => {
    const member = await optedIn()
    const response = await app.fetch(
      new Request(`http://localhost/unsubscribe/${await tokenFor(member.id)}`, {
        method: 'POST',
        headers: { Host: 'localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(response.status).toBe(200)
    expect(await prefsOf(member.id)).toEqual(allOff)
  })

  test('forged, altered, truncated and foreign-key tokens are refused with 404 and change nothing', async () => {
    const member = await optedIn()
    const other = await optedIn()
    const real = await tokenFor(member.id)
    const mac = real.split('.')[1]!
    const { hmac } = await import('@oslojs/crypto/hmac')
    const { SHA256 } = await import('@oslojs/crypto/sha2')
    const { encodeHexLowerCase } = await import('@oslojs/encoding')
    const wrongKey = encodeHexLowerCase(hmac(SHA256, new TextEncoder().encode('another-secret'), new TextEncoder().encode(`email-unsubscribe:v1\u0000${member.id}`)))
    const flipped = mac.slice(0, -1) + (mac.endsWith('0') ? '1' : '0')
    const forged = [
      `${other.id}.${mac}`, // someone else's id with this member's signature
      `${member.id}.${flipped}`,
      `${member.id}.${mac.slice(0, 40)}`,
      `${member.id}.${wrongKey}`,
      `${member.id}.${mac.toUpperCase()}`,
      member.id,
      'x',
      `${member.id}.${mac}.${mac}`,
      encodeURIComponent(`../${real}`),
    ]
    for (const token of forged) {
      const visitor = new Client(app)
      const page = await visitor.get(`/unsubscribe/${token}`)
      expect(page.status, token).toBe(404)
      expect(visibleText(page.html)).toContain('Tautan tidak berlaku')
      expect((await visitor.post(`/unsubscribe/${token}`, {})).status, token).toBe(404)
    }
    expect(await prefsOf(member.id)).toEqual(allOn)
    expect(await prefsOf(other.id)).toEqual(allOn)
  })

  test('a cross-site browser POST is refused by the origin check', async () => {
    const member = await optedIn()
    const response = await app.fetch(
      new Request(`http://localhost/unsubscribe/${await tokenFor(member.id)}`, {
        method: 'POST',
        headers: { Host: 'localhost', Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(response.status).toBe(403)
    expect(await prefsOf(member.id)).toEqual(allOn)
  })
})
