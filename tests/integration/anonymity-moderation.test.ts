import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'

// Issue 19: a moderation action taken through a post written as "Anonim" must not tie that
// post to the same member's named posts (or the other way round) on any page staff can open.

let app: TestApp
let staff: Record<'moderator' | 'admin', Client>
beforeAll(async () => {
  app = await startTestApp()
  staff = {
    moderator: await loginAs(app, await createMember(app.db, { roles: ['moderator'] })),
    admin: await loginAs(app, await createMember(app.db, { roles: ['admin'] })),
  }
})
afterAll(() => app?.close())

const ACTIONS = ['warn', 'suspend', 'unsuspend', 'hide', 'unhide', 'delete', 'dismiss', 'lock', 'unlock', 'move', 'redact', 'edit'] as const
type Action = (typeof ACTIONS)[number]
const ROLES = ['moderator', 'admin'] as const

const SECRET_SPAN = 'gedung-B-lantai-tiga'

/** One member with an anonymous post in one thread and named posts in two others. */
async function author() {
  const member = await createMember(app.db)
  const anonymous = await createThreadAs(app.db, member, { anonymous: true, body: `Atasan saya di ${SECRET_SPAN} membentak setiap pagi.` })
  const named = await createThreadAs(app.db, member, { body: `Pertanyaan bernama tentang cuti, juga dari ${SECRET_SPAN}.` })
  const other = await createThreadAs(app.db, await createMember(app.db))
  const namedReply = await replyAs(app.db, member, other.threadId, { body: `Jawaban bernama di utas lain, dari ${SECRET_SPAN}.` })
  return { member, anonymous, named, namedReply, otherThread: other.threadId }
}

async function act(client: Client, postId: string, action: Action, reason: string) {
  const fields: Record<string, string> = { action, reason }
  if (action === 'suspend') fields.days = '3'
  if (action === 'move') fields.category = String(await categoryId(app.db, 'karier'))
  if (action === 'redact') fields.text = SECRET_SPAN
  if (action === 'edit') fields.text = 'Teks yang disunting moderator dengan alasan.'
  // Undoing needs something to undo, through the same channel.
  if (action === 'unsuspend') await act(client, postId, 'suspend', `${reason} (pendahulu)`)
  if (action === 'unhide') await act(client, postId, 'hide', `${reason} (pendahulu)`)
  if (action === 'unlock') await act(client, postId, 'lock', `${reason} (pendahulu)`)
  const page = await client.post(`/mod/p/${postId}`, fields)
  expect(page.status, `${action}: ${visibleText(page.html).slice(0, 200)}`).toBe(302)
}

/** Every page and data response of the member a staff member can open, seen through the other channel. */
async function pagesThrough(client: Client, paths: string[]) {
  const pages = []
  for (const path of paths) {
    const page = await client.get(path)
    pages.push({ path, status: page.status, html: page.html })
  }
  return pages
}

describe('an action through an anonymous post never shows beside the named posts', () => {
  test.each(ACTIONS.flatMap((action) => ROLES.map((role) => [action, role] as const)))('%s as %s', async (action, role) => {
    const a = await author()
    const reason = `Alasan-${action}-${role}-${Math.random().toString(36).slice(2, 8)}`
    await act(staff[role], a.anonymous.postId, action, reason)
    for (const viewer of ROLES) {
      const pages = await pagesThrough(staff[viewer], [
        `/mod/p/${a.named.postId}`,
        `/mod/p/${a.named.postId}.data`,
        `/mod/p/${a.namedReply.postId}`,
        `/u/${a.member.pseudonym}`,
        `/t/${a.named.threadId}`,
        `/t/${a.otherThread}`,
      ])
      for (const page of pages) {
        expect(page.status, page.path).toBe(200)
        expect(page.html, `${viewer} ${page.path}`).not.toContain(reason)
      }
      const review = visibleText(pages[0]!.html)
      expect(review, `${viewer}: the named post's author history is empty`).toContain('Belum ada tindakan sebelumnya.')
      // A suspension through the anonymous handle is not shown as the named author's state.
      expect(review).not.toContain('Cabut penangguhan')
    }
    // The anonymous post's own page does show it, through its handle.
    const own = await staff.moderator.get(`/mod/p/${a.anonymous.postId}`)
    if (!['dismiss', 'delete'].includes(action)) expect(own.html).toContain(reason)
  })
})

describe('and the reverse: an action through a named post never shows beside the anonymous one', () => {
  test.each(ACTIONS.flatMap((action) => ROLES.map((role) => [action, role] as const)))('%s as %s', async (action, role) => {
    const a = await author()
    const reason = `Alasan-bernama-${action}-${role}-${Math.random().toString(36).slice(2, 8)}`
    await act(staff[role], a.named.postId, action, reason)
    for (const viewer of ROLES) {
      const pages = await pagesThrough(staff[viewer], [`/mod/p/${a.anonymous.postId}`, `/mod/p/${a.anonymous.postId}.data`, `/t/${a.anonymous.threadId}`])
      for (const page of pages) {
        expect(page.status, page.path).toBe(200)
        expect(page.html, `${viewer} ${page.path}`).not.toContain(reason)
      }
      expect(visibleText(pages[0]!.html)).toContain('Belum ada tindakan sebelumnya.')
      expect(visibleText(pages[0]!.html)).not.toContain('Cabut penangguhan')
    }
  })
})

describe('a suspension still holds for the whole account', () => {
  test('suspended through an anonymous post, the member cannot post anywhere, and sees why on their own pages only', async () => {
    const a = await author()
    await act(staff.moderator, a.anonymous.postId, 'suspend', 'Alasan penangguhan lewat Anonim')
    const client = await loginAs(app, a.member)
    const page = await client.post(`/t/${a.otherThread}`, { body: 'Mencoba membalas saat ditangguhkan.', intent: 'publish' })
    expect(page.status).toBe(404)
    expect(visibleText((await client.get('/')).html)).toContain('Alasan penangguhan lewat Anonim')
    // Lifting it through a named post is not possible (that page does not show it); through the handle it is.
    const wrongChannel = await staff.moderator.post(`/mod/p/${a.named.postId}`, { action: 'unsuspend', reason: 'Coba cabut lewat kiriman bernama' })
    expect(wrongChannel.status).toBe(409)
    await act(staff.moderator, a.anonymous.postId, 'unsuspend', 'Dicabut lewat Anonim')
    expect((await client.post(`/t/${a.otherThread}`, { body: 'Membalas lagi setelah dicabut penangguhannya.', intent: 'publish' })).status).toBe(302)
  })

  test('two suspensions through two channels: lifting one leaves the other in force', async () => {
    const a = await author()
    await act(staff.moderator, a.anonymous.postId, 'suspend', 'Lewat Anonim')
    await act(staff.moderator, a.named.postId, 'suspend', 'Lewat nama')
    await act(staff.moderator, a.named.postId, 'unsuspend', 'Cabut yang bernama')
    const account = await app.db.selectFrom('users').select(['suspended_until', 'suspension_reason']).where('id', '=', a.member.id).executeTakeFirstOrThrow()
    expect(account.suspended_until!.getTime()).toBeGreaterThan(Date.now())
    expect(account.suspension_reason).toBe('Lewat Anonim')
  })
})

test('the audit row of an action through an anonymous post names the post, never the account', async () => {
  const a: { member: TestMember; anonymous: { postId: string } } = await author()
  await act(staff.moderator, a.anonymous.postId, 'warn', 'Peringatan lewat Anonim')
  const row = await app.db.selectFrom('audit_log').select(['target_type', 'target_id', 'meta']).where('action', '=', 'moderation.warn').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
  expect(row).toMatchObject({ target_type: 'post', target_id: a.anonymous.postId })
  expect(JSON.stringify(row)).not.toContain(a.member.id)
})

test("the thread query itself withholds an anonymous post's pseudonym and reputation (not only the mapping after it)", async () => {
  const { listThreadPosts } = await import('~/models/posts.server')
  const member = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, member, { anonymous: true })
  await replyAs(app.db, member, threadId, { body: 'Balasan bernama dari penulis yang sama di utasnya.' })
  const { posts } = await listThreadPosts(app.db, threadId, await categoryId(app.db, 'cuti'), null, null)
  expect(posts.map((p) => [p.is_anonymous, p.author_pseudonym, p.author_reputation === null])).toEqual([
    [true, null, true],
    [false, member.pseudonym, false],
  ])
})
