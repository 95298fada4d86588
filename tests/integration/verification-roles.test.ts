import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

// Every employee-verification route, requested as every role: the answer the policy gives
// (200, 400 for a refused code, the redirect of a saved form) exactly where it allows, 404
// everywhere else; a visitor is sent to log in.
const ROLES = ['member', 'expert', 'counselor', 'intake', 'hr', 'moderator', 'admin', 'visitor'] as const
type RoleName = (typeof ROLES)[number]

let app: TestApp
const clients = new Map<RoleName, Client>()

beforeAll(async () => {
  app = await startTestApp()
  for (const role of ROLES) {
    if (role === 'visitor') clients.set(role, new Client(app))
    else clients.set(role, await loginAs(app, await createMember(app.db, { roles: role === 'member' ? [] : [role as Role] })))
  }
}, 60_000)
afterAll(() => app?.close())

type Expectation = Partial<Record<RoleName, number>> & { otherwise: number }
const SIGNED_IN_ONLY = { otherwise: 200, visitor: 302 }

const routes: { name: string; request: (c: Client) => Promise<number>; expect: Expectation }[] = [
  { name: 'GET the member’s verification page', request: async (c) => (await c.get('/me/verify')).status, expect: SIGNED_IN_ONLY },
  { name: 'POST a code for an HR official', request: async (c) => (await c.post('/me/verify', { intent: 'hrCode' })).status, expect: SIGNED_IN_ONLY },
  { name: 'POST a work address off the list', request: async (c) => (await c.post('/me/verify', { intent: 'send', address: 'a@gmail.com' })).status, expect: { otherwise: 400, visitor: 302 } },
  { name: 'POST a code without one pending', request: async (c) => (await c.post('/me/verify', { intent: 'confirm', code: '123456' })).status, expect: { otherwise: 400, visitor: 302 } },
  { name: 'POST the institution choice without a verification', request: async (c) => (await c.post('/me/verify', { intent: 'show', show: 'on' })).status, expect: { otherwise: 404, visitor: 302 } },
  { name: 'GET the HR confirmation page', request: async (c) => (await c.get('/hr/verify')).status, expect: { hr: 200, otherwise: 404, visitor: 302 } },
  { name: 'POST an unknown code as HR', request: async (c) => (await c.post('/hr/verify', { code: 'ZZZZ-ZZZZ', institution: '' })).status, expect: { hr: 400, otherwise: 404, visitor: 302 } },
  { name: 'GET the admin settings', request: async (c) => (await c.get('/admin/settings')).status, expect: { admin: 200, otherwise: 404, visitor: 302 } },
  {
    name: 'POST the verification settings',
    request: async (c) => (await c.post('/admin/settings', { intent: 'verification', domains: '*.go.id', validMonths: '12' })).status,
    expect: { admin: 302, otherwise: 404, visitor: 302 },
  },
]

describe.each(routes)('$name', ({ request, expect: allowed }) => {
  test.each(ROLES)('as %s', async (role) => {
    expect(await request(clients.get(role)!)).toBe(allowed[role] ?? allowed.otherwise)
  })
})

test('only the admin’s saves reached the audit log', async () => {
  const rows = await app.db.selectFrom('audit_log').select('action').where('action', 'like', 'settings.employee%').execute()
  expect(rows).toHaveLength(1)
})
