import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignAs, escalatedCase } from '../fixtures/cases'
import { Client } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

// Every case route, requested as every role: 200 (or the action's redirect) exactly where the
// policy allows, 404 everywhere else. Pages about one case answer visitors 404 too; the
// pages that list or take work send a visitor to log in instead.
const ROLES = ['owner member', 'other member', 'assigned counselor', 'other counselor', 'intake', 'moderator', 'escalating moderator', 'admin', 'hr official', 'visitor'] as const
type RoleName = (typeof ROLES)[number]

let app: TestApp
const clients = new Map<RoleName, Client>()
let caseId = ''
let referralCaseId = ''
let videoSessionId = ''

beforeAll(async () => {
  app = await startTestApp()
  const make = (roles: ('counselor' | 'intake' | 'moderator' | 'admin' | 'hr')[] = []) => createMember(app.db, { roles })
  const people = {
    'owner member': await make(),
    'other member': await make(),
    'assigned counselor': await make(['counselor']),
    'other counselor': await make(['counselor']),
    intake: await make(['intake']),
    moderator: await make(['moderator']),
    'escalating moderator': await make(['moderator']),
    admin: await make(['admin']),
    'hr official': await make(['hr']),
  }
  for (const [role, member] of Object.entries(people)) clients.set(role as RoleName, await loginAs(app, member))
  clients.set('visitor', new Client(app))
  ;({ caseId } = await escalatedCase(app, clients.get('escalating moderator')!, people['owner member']))
  await assignAs(clients.get('intake')!, caseId, people['assigned counselor'].id)
  // An accepted video session starting now: its call is open to its two people.
  const proposed = await clients.get('assigned counselor')!.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'video', startsAt: '2032-05-05T09:00', durationMinutes: '45', place: '' })
  expect(proposed.status).toBe(302)
  videoSessionId = (await app.db.selectFrom('case_sessions').select('id').where('case_id', '=', caseId).executeTakeFirstOrThrow()).id
  expect((await clients.get('owner member')!.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId: videoSessionId })).status).toBe(302)
  await app.db.updateTable('case_sessions').set({ starts_at: new Date() }).where('id', '=', videoSessionId).execute()
  const referred = await clients.get('hr official')!.post('/cases/refer', { pseudonym: people['other member'].pseudonym, type: 'performance', urgency: 'normal', reason: 'Rujukan uji.' })
  expect(referred.status).toBe(302)
  referralCaseId = (await app.db.selectFrom('cases').select('id').where('source', '=', 'referral').executeTakeFirstOrThrow()).id
}, 60_000)
afterAll(() => app?.close())

/** Status of an SSE route without waiting for the (endless) stream. */
async function streamStatus(client: Client, path: string) {
  const controller = new AbortController()
  const headers = new Headers({ Host: 'localhost' })
  if (client.cookies.size) headers.set('Cookie', [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
  const response = await app.fetch(new Request(`http://localhost${path}`, { headers, signal: controller.signal }), client.ip)
  controller.abort()
  await response.body?.cancel().catch(() => {})
  return response.status
}

type Expectation = Partial<Record<RoleName, number>> & { otherwise: number; visitor?: number }

const routes: { name: string; request: (c: Client) => Promise<number>; expect: Expectation }[] = [
  { name: 'GET the case page', request: async (c) => (await c.get(`/cases/${caseId}`)).status, expect: { 'owner member': 200, 'assigned counselor': 200, otherwise: 404 } },
  {
    name: 'GET the case status page',
    request: async (c) => (await c.get(`/cases/${caseId}/status`)).status,
    expect: { 'owner member': 200, 'assigned counselor': 200, 'escalating moderator': 200, otherwise: 404 },
  },
  { name: 'GET the referral’s status page', request: async (c) => (await c.get(`/cases/${referralCaseId}/status`)).status, expect: { 'other member': 200, 'hr official': 200, otherwise: 404 } },
  { name: 'GET a video session’s call page', request: async (c) => (await c.get(`/cases/${caseId}/sessions/${videoSessionId}/call`)).status, expect: { 'owner member': 200, 'assigned counselor': 200, otherwise: 404 } },
  { name: 'GET the call’s signal stream', request: (c) => streamStatus(c, `/events/call/${caseId}/${videoSessionId}`), expect: { 'owner member': 200, 'assigned counselor': 200, otherwise: 404 } },
  {
    name: 'POST a call signal',
    request: async (c) => (await c.post(`/events/call/${caseId}/${videoSessionId}`, { kind: 'join', data: '' })).status,
    expect: { 'owner member': 204, 'assigned counselor': 204, otherwise: 404 },
  },
  { name: 'GET the case’s live stream', request: (c) => streamStatus(c, `/events/case/${caseId}`), expect: { 'owner member': 200, 'assigned counselor': 200, otherwise: 404 } },
  {
    name: 'POST a chat message',
    request: async (c) => (await c.post(`/cases/${caseId}`, { intent: 'message', body: 'Pesan uji kebijakan.' })).status,
    expect: { 'owner member': 302, 'assigned counselor': 302, otherwise: 404 },
  },
  { name: 'POST a counselor note', request: async (c) => (await c.post(`/cases/${caseId}`, { intent: 'note', body: 'Catatan uji.' })).status, expect: { 'assigned counselor': 302, otherwise: 404 } },
  {
    name: 'POST a session proposal',
    request: async (c) => (await c.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'phone', startsAt: '2032-05-05T10:00', durationMinutes: '30', place: '' })).status,
    expect: { 'assigned counselor': 302, otherwise: 404 },
  },
  { name: 'GET the intake queue', request: async (c) => (await c.get('/cases/intake')).status, expect: { intake: 200, admin: 200, otherwise: 404, visitor: 302 } },
  {
    name: 'POST an assignment',
    request: async (c) => (await c.post('/cases/intake', { caseId, counselorId: '00000000-0000-4000-8000-000000000000', reason: 'uji' })).status,
    expect: { intake: 400, admin: 400, otherwise: 404, visitor: 302 },
  },
  { name: 'GET the referral page', request: async (c) => (await c.get('/cases/refer')).status, expect: { 'hr official': 200, otherwise: 404, visitor: 302 } },
  { name: 'GET the admin case counts', request: async (c) => (await c.get('/admin/cases')).status, expect: { admin: 200, otherwise: 404, visitor: 302 } },
  { name: 'GET the request form', request: async (c) => (await c.get('/cases/new')).status, expect: { otherwise: 200, visitor: 302 } },
  {
    name: 'POST the duty switch',
    request: async (c) => (await c.post('/cases', { intent: 'duty' })).status,
    expect: { 'assigned counselor': 302, 'other counselor': 302, otherwise: 404, visitor: 302 },
  },
  {
    name: 'GET my counseling',
    request: async (c) => (await c.get('/cases')).status,
    expect: { otherwise: 200, visitor: 302 },
  },
]

describe.each(routes)('$name', ({ request, expect: allowed }) => {
  test.each(ROLES)('as %s', async (role) => {
    const expected = allowed[role] ?? (role === 'visitor' ? (allowed.visitor ?? allowed.otherwise) : allowed.otherwise)
    expect(await request(clients.get(role)!)).toBe(expected)
  })
})

test('nobody but the two participants ever received the conversation', async () => {
  // After every role above tried, the messages were written only by the member and the counselor.
  const senders = await app.db.selectFrom('case_messages').select('sender_id').distinct().where('case_id', '=', caseId).execute()
  expect(senders).toHaveLength(2)
})
