import type { ServerBuild } from '@remix-run/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { SEED_AUTHORS, SEED_THREADS } from '#db/seed/forum-content'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts, seedDemoCase, seedForumContent } from '~/services/seed.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

// Issue 14.5: no page or JSON ever carries another person's email. Every GET route is requested
// as every role over the demo data (plus a second admin, and email reveals approved, shown and
// pending), and every response is searched for every email the database holds.
// The viewer's own address may appear only on their own account pages.
const OWN_EMAIL_PAGES = new Set(['/me', '/me/edit'])
// Endless event streams: they carry event names and ids only (and are covered by their own tests).
const STREAMS = /^routes\/_resources\+\/events\./

let app: TestApp
let build: ServerBuild
beforeAll(async () => {
  app = await startTestApp()
  build = (await import(/* @vite-ignore */ new URL('../../build/server/index.js', import.meta.url).href)) as ServerBuild
  await seedDemoAccounts(app.db)
  await seedForumContent(app.db, { authors: SEED_AUTHORS, threads: SEED_THREADS })
  await seedDemoCase(app.db)
}, 120_000)
afterAll(() => app?.close())

const ROLE_ACCOUNTS: Record<string, string | null> = {
  anonymous: null,
  member: 'anggota@teduh.test',
  expert: 'pakar@teduh.test',
  moderator: 'moderator@teduh.test',
  counselor: 'konselor@teduh.test',
  intake: 'penerimaan@teduh.test',
  hr: 'sdm@teduh.test',
  admin: 'admin@teduh.test',
}

function pathOf(routeId: string): string {
  const segments: string[] = []
  for (let id: string | undefined = routeId; id; id = build.routes[id]?.parentId) {
    const path = build.routes[id]?.path
    if (path) segments.unshift(path)
  }
  return '/' + segments.join('/')
}

test('no GET route shows any role another account’s email', async () => {
  // Data for the pages to show: a reveal spent by one admin after another approved it.
  const secondAdmin = await createMember(app.db, { roles: ['admin'] })
  const admin = await loginAs(app, { id: '', email: 'admin@teduh.test', pseudonym: 'ElangBijak01', password: DEMO_PASSWORD })
  const approver = await loginAs(app, secondAdmin)
  expect((await admin.post('/admin/reveals', { intent: 'request', pseudonym: 'PenyuRiang06', reason: 'Permintaan resmi dari inspektorat untuk uji.' })).status).toBe(302)
  const reveal = await app.db.selectFrom('email_reveals').select('id').executeTakeFirstOrThrow()
  expect((await approver.post('/admin/reveals', { intent: 'approve', revealId: reveal.id })).status).toBe(302)
  const shown = await admin.post('/admin/reveals', { intent: 'show', revealId: reveal.id })
  expect(shown.html).toContain('anggota2@teduh.test')
  // A second request stays pending, so the page lists both kinds.
  expect((await admin.post('/admin/reveals', { intent: 'request', pseudonym: 'RusaTenang05', reason: 'Permintaan kedua yang menunggu persetujuan.' })).status).toBe(302)

  const threads = await app.db.selectFrom('threads').select('id').where('deleted_at', 'is', null).orderBy('id').limit(3).execute()
  const posts = await app.db.selectFrom('posts').innerJoin('users', 'users.id', 'posts.author_id').select('posts.id').where('users.email', 'in', ['anggota@teduh.test', 'pakar@teduh.test']).limit(2).execute()
  const cases = await app.db.selectFrom('cases').select('id').execute()
  const fill = (path: string): string[] => {
    if (path.includes(':threadId')) return threads.map((t) => path.replace(':threadId', t.id))
    if (path.includes(':postId')) return posts.map((p) => path.replace(':postId', p.id))
    if (path.includes(':caseId')) return cases.map((c) => path.replace(':caseId', c.id))
    if (path.includes(':slug')) return [path.replace(':slug', 'kesejahteraan'), path.replace(':slug', 'cuti')]
    if (path.includes(':pseudonym')) return DEMO_ACCOUNTS.map((a) => path.replace(':pseudonym', encodeURIComponent(a.pseudonym)))
    return [path]
  }
  const paths = Object.keys(build.routes)
    .filter((id) => id !== 'root' && !STREAMS.test(id) && typeof build.routes[id]?.module.loader === 'function')
    .flatMap((id) => fill(pathOf(id)))
  paths.push('/search?q=cuti', '/similar-questions?q=cuti+tahunan', '/admin/stats.csv?table=threads', '/mod/history')
  expect(paths.length).toBeGreaterThan(50)

  const emails = (await app.db.selectFrom('users').select('email').execute()).map((u) => u.email.toLowerCase())
  expect(emails.length).toBeGreaterThan(20)
  let checked = 0
  for (const [role, email] of Object.entries(ROLE_ACCOUNTS)) {
    const client = email ? await loginAs(app, { id: '', email, pseudonym: '', password: DEMO_PASSWORD }) : new Client(app)
    for (const path of paths) {
      const page = await client.get(path)
      const body = page.html.toLowerCase()
      for (const other of emails) {
        if (other === email) continue
        expect(body.includes(other), `${role} GET ${path} (${page.status}) shows ${other}`).toBe(false)
      }
      if (email && body.includes(email)) expect(OWN_EMAIL_PAGES.has(path), `${role} sees their own email on ${path}`).toBe(true)
      checked++
    }
    // And their own address is on their account page (the check above is not vacuous).
    if (email) expect((await client.get('/me')).html).toContain(email)
  }
  expect(checked).toBeGreaterThan(400)
}, 300_000)
