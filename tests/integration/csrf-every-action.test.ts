import type { ServerBuild } from '@remix-run/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { createMember, loginAs } from '../fixtures/factories'

let app: TestApp
let build: ServerBuild
beforeAll(async () => {
  app = await startTestApp()
  build = (await import(/* @vite-ignore */ new URL('../../build/server/index.js', import.meta.url).href)) as ServerBuild
})
afterAll(() => app?.close())

/** URL of a route, built from its parents' paths, with every :param filled in. */
function urlOf(routeId: string): string {
  const segments: string[] = []
  for (let id: string | undefined = routeId; id; id = build.routes[id]?.parentId) {
    const path = build.routes[id]?.path
    if (path) segments.unshift(path)
  }
  const url = '/' + segments.join('/').replace(/:[^/]+/g, '1').replace(/\/\*$/, '/x')
  return build.routes[routeId]?.index ? `${url}?index` : url
}

// Routes whose POST is authorised by a signed token in the URL instead of a session: the
// email unsubscribe link must work from a mail client's one-click POST, which carries no
// cookie and no CSRF token. They must refuse the made-up token this test sends (404).
const TOKEN_AUTHORISED = new Set(['routes/unsubscribe.$token'])

test('every route with an action refuses a signed-in post without the CSRF token', async () => {
  const member = await createMember(app.db, { roles: ['admin', 'moderator', 'counselor', 'expert'] })
  const client = await loginAs(app, member)
  const withActions = Object.keys(build.routes).filter((id) => typeof build.routes[id]?.module.action === 'function')
  expect(withActions.length).toBeGreaterThanOrEqual(5)
  for (const id of TOKEN_AUTHORISED) expect(withActions, 'the exemption names a real route').toContain(id)
  for (const id of withActions) {
    const page = await client.post(urlOf(id), { intent: 'anything' }, { csrf: null })
    expect(page.status, `${id} (${urlOf(id)})`).toBe(TOKEN_AUTHORISED.has(id) ? 404 : 403)
  }
  // Still signed in: the refusals changed nothing.
  expect((await client.get('/me')).status).toBe(200)
})
