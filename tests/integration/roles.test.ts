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
