import { afterAll, beforeAll, expect, test } from 'vitest'
import { setRole } from '~/services/accounts.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { visibleText } from '../fixtures/client'
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
