import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { setRole } from '~/services/accounts.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

test('granting a role ends the sessions of the account; the next login carries the role, in the header', async () => {
  const member = await createMember(app.db)
  const before = await loginAs(app, member)
  expect(visibleText((await before.get('/')).html)).not.toContain('Moderator')
  await setRole(app.db, { userId: member.id, role: 'moderator', grant: true, actorId: null })
  expect((await before.get('/me')).status).toBe(302)
  const after = await loginAs(app, member)
  const header = (await after.get('/')).html.match(/<header[\s\S]*<\/header>/)![0]
  expect(visibleText(header)).toContain('Moderator')
  const audit = await app.db.selectFrom('audit_log').select(['action', 'meta']).where('target_id', '=', member.id).execute()
  expect(audit).toEqual([{ action: 'role.grant', meta: { role: 'moderator' } }])
})

test('revoking a role removes it at once', async () => {
  const member = await createMember(app.db, { roles: ['counselor'] })
  const client = await loginAs(app, member)
  expect(visibleText((await client.get('/me')).html)).toContain('Konselor')
  await setRole(app.db, { userId: member.id, role: 'counselor', grant: false, actorId: null })
  const again = await loginAs(app, member)
  expect(visibleText((await again.get('/me')).html)).not.toContain('Konselor')
})

test('an account holds several roles at once', async () => {
  const member = await createMember(app.db, { roles: ['counselor', 'moderator'] })
  const client = await loginAs(app, member)
  const text = visibleText((await client.get('/me')).html)
  expect(text).toContain('Konselor')
  expect(text).toContain('Moderator')
})

// ── Knowledge base routes, requested as every role ──────────────────────────
// Reading is public; writing an entry and reviewing it belong to an expert of its area and to
// moderators (admins moderate too); the review queue to experts and moderators. Everyone else
// gets 404; a visitor is sent to log in where a page needs an account.
describe('knowledge base routes by role', () => {
  const KB_ROLES = ['expert of the area', 'expert of another area', 'member', 'moderator', 'admin', 'visitor'] as const
  type KbRole = (typeof KB_ROLES)[number]
  const kbClients = new Map<KbRole, Client>()
  let entryId = ''
  let sourceThreadId = ''
  let freshThreadId = ''

  beforeAll(async () => {
    const { makeExpert } = await import('../fixtures/stats')
    const { createThreadAs, replyAs } = await import('../fixtures/factories')
    const { createKbEntry } = await import('~/services/kb/entries.server')
    const { findActor } = await import('~/models/users.server')
    const expert = await createMember(app.db, { roles: ['expert'] })
    const otherExpert = await createMember(app.db, { roles: ['expert'] })
    await makeExpert(app.db, expert, 'cuti')
    await makeExpert(app.db, otherExpert, 'disiplin')
    const people: Record<Exclude<KbRole, 'visitor'>, Awaited<ReturnType<typeof createMember>>> = {
      'expert of the area': expert,
      'expert of another area': otherExpert,
      member: await createMember(app.db),
      moderator: await createMember(app.db, { roles: ['moderator'] }),
      admin: await createMember(app.db, { roles: ['admin'] }),
    }
    for (const [role, who] of Object.entries(people)) kbClients.set(role as KbRole, await loginAs(app, who))
    kbClients.set('visitor', new Client(app))
    const asker = await createMember(app.db)
    const source = await createThreadAs(app.db, asker, { title: 'Cuti tahunan di tengah masa percobaan CPNS', category: 'cuti' })
    const answer = await replyAs(app.db, expert, source.threadId, { body: 'CPNS belum berhak atas cuti tahunan, kecuali cuti sakit dan alasan penting.' })
    sourceThreadId = source.threadId
    const created = await createKbEntry(app.db, {
      actor: (await findActor(app.db, expert.id))!,
      threadId: source.threadId,
      sourcePostId: answer.postId,
      title: 'Apakah CPNS berhak atas cuti tahunan?',
      question: 'Apakah calon PNS dalam masa percobaan sudah berhak mengambil cuti tahunan?',
      answer: 'CPNS belum berhak atas cuti tahunan, kecuali cuti sakit dan alasan penting.',
      tags: ['cuti'],
      regulations: [],
    })
    if (!created.ok) throw new Error(created.code)
    entryId = created.value.entryId
    // A second thread with an expert answer, not yet an entry: the form for it.
    const fresh = await createThreadAs(app.db, asker, { title: 'Cuti alasan penting karena orang tua sakit keras', category: 'cuti' })
    await replyAs(app.db, expert, fresh.threadId, { body: 'Bisa, cuti karena alasan penting paling lama satu bulan.' })
    freshThreadId = fresh.threadId
  }, 60_000)

  const version = async () => String((await app.db.selectFrom('kb_entries').select('version').where('id', '=', entryId).executeTakeFirstOrThrow()).version)
  type KbExpect = Partial<Record<KbRole, number>> & { otherwise: number }
  const curators = { 'expert of the area': 200, moderator: 200, admin: 200, visitor: 302, otherwise: 404 }
  const kbRoutes: { name: string; request: (c: Client) => Promise<number>; expect: KbExpect }[] = [
    { name: 'GET /pustaka', request: async (c) => (await c.get('/pustaka')).status, expect: { otherwise: 200 } },
    { name: 'GET an entry', request: async (c) => (await c.get(`/pustaka/${entryId}`)).status, expect: { otherwise: 200 } },
    { name: 'GET an entry’s history', request: async (c) => (await c.get(`/pustaka/${entryId}/history`)).status, expect: { otherwise: 200 } },
    { name: 'GET a process tag page', request: async (c) => (await c.get('/pustaka/tag/cuti')).status, expect: { otherwise: 200 } },
    {
      name: 'GET the review queue',
      request: async (c) => (await c.get('/pustaka/review')).status,
      expect: { 'expert of the area': 200, 'expert of another area': 200, moderator: 200, admin: 200, visitor: 302, otherwise: 404 },
    },
    { name: 'GET the new-entry form', request: async (c) => (await c.get(`/pustaka/new?thread=${freshThreadId}`)).status, expect: curators },
    {
      name: 'POST a new entry (an empty form: 400 where allowed)',
      request: async (c) => (await c.post(`/pustaka/new?thread=${freshThreadId}`, { title: '' })).status,
      expect: { ...curators, 'expert of the area': 400, moderator: 400, admin: 400 },
    },
    { name: 'GET the review form', request: async (c) => (await c.get(`/pustaka/${entryId}/review`)).status, expect: curators },
    {
      name: 'POST a re-confirmation',
      request: async (c) => (await c.post(`/pustaka/${entryId}/review`, { intent: 'confirm', version: await version() })).status,
      expect: { ...curators, 'expert of the area': 302, moderator: 302, admin: 302 },
    },
    { name: 'GET the thread page (button only for curators)', request: async (c) => ((await c.get(`/t/${freshThreadId}`)).html.includes('Jadikan entri Pustaka') ? 1 : 0), expect: { 'expert of the area': 1, moderator: 1, admin: 1, otherwise: 0 } },
    { name: 'GET the source thread (links to its entry)', request: async (c) => ((await c.get(`/t/${sourceThreadId}`)).html.includes(`/pustaka/${entryId}`) ? 1 : 0), expect: { otherwise: 1 } },
  ]

  describe.each(kbRoutes)('$name', ({ request, expect: allowed }) => {
    test.each(KB_ROLES)('as %s', async (role) => {
      expect(await request(kbClients.get(role)!)).toBe(allowed[role] ?? allowed.otherwise)
    })
  })
})

// Issue 15.7's routes (profile editing, onboarding, announcements), requested as every role:
// 200 (or the action's redirect) exactly where the policy allows, 404 elsewhere, login for visitors.
describe('the everyday-comfort routes, as every role', () => {
  const ROLE_NAMES = ['member', 'suspended member', 'expert', 'counselor', 'intake', 'hr', 'moderator', 'admin', 'visitor'] as const
  type Name = (typeof ROLE_NAMES)[number]
  const clients = new Map<Name, Client>()
  beforeAll(async () => {
    for (const name of ROLE_NAMES) {
      if (name === 'visitor') {
        clients.set(name, new Client(app))
        continue
      }
      const role = name === 'member' || name === 'suspended member' ? [] : [name]
      const member = await createMember(app.db, { roles: role as ('expert' | 'counselor' | 'intake' | 'hr' | 'moderator' | 'admin')[] })
      clients.set(name, await loginAs(app, member))
      if (name === 'suspended member') {
        await app.db.updateTable('users').set({ suspended_until: new Date(Date.now() + 86_400_000), suspension_reason: 'uji' }).where('id', '=', member.id).execute()
      }
    }
  }, 60_000)
  type Expect = Partial<Record<Name, number | string>> & { otherwise: number | string }
  const status = (page: { status: number; location: string | null }) => (page.status === 302 ? `302 ${page.location?.split('?')[0]}` : page.status)
  const table: { name: string; request: (c: Client) => Promise<number | string>; expect: Expect }[] = [
    { name: 'GET /me/profile', request: async (c) => status(await c.get('/me/profile')), expect: { 'suspended member': 404, visitor: '302 /login', otherwise: 200 } },
    { name: 'POST /me/profile', request: async (c) => status(await c.post('/me/profile', { bio: 'Bio uji.' })), expect: { 'suspended member': 404, visitor: '302 /login', otherwise: 302 } },
    { name: 'GET /me/welcome', request: async (c) => status(await c.get('/me/welcome')), expect: { visitor: '302 /login', otherwise: 200 } },
    { name: 'POST /me/welcome', request: async (c) => status(await c.post('/me/welcome', { intent: 'skip' })), expect: { visitor: '302 /login', otherwise: '302 /' } },
    { name: 'GET /admin/announcements', request: async (c) => status(await c.get('/admin/announcements')), expect: { admin: 200, visitor: '302 /login', otherwise: 404 } },
    {
      name: 'POST /admin/announcements',
      request: async (c) => status(await c.post('/admin/announcements', { intent: 'create', body: 'Pengumuman uji peran.' })),
      expect: { admin: '302 /admin/announcements', visitor: '302 /login', otherwise: 404 },
    },
  ]
  describe.each(table)('$name', ({ request, expect: allowed }) => {
    test.each(ROLE_NAMES)('as %s', async (name) => {
      const got = await request(clients.get(name)!)
      const want = allowed[name] ?? allowed.otherwise
      expect(typeof want === 'number' && want === 302 ? String(got).slice(0, 3) : got).toBe(typeof want === 'number' && want === 302 ? '302' : want)
    })
  })
})
