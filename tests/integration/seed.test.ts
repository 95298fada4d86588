import { afterAll, beforeAll, expect, test } from 'vitest'
import { SEED_AUTHORS, SEED_THREADS } from '#db/seed/forum-content'
import { seedDemoAccounts, seedDemoCase, seedForumContent } from '~/services/seed.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { loginAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const count = async (table: 'threads' | 'posts' | 'users') =>
  Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)

test('the demo seed fills every category with realistic threads, once', async () => {
  await seedDemoAccounts(app.db)
  expect(await seedForumContent(app.db, { authors: SEED_AUTHORS, threads: SEED_THREADS })).toBe(true)
  const threads = await count('threads')
  const posts = await count('posts')
  const users = await count('users')
  expect(threads).toBeGreaterThanOrEqual(60)
  expect(posts - threads).toBeGreaterThanOrEqual(300)
  const perCategory = await app.db
    .selectFrom('threads')
    .innerJoin('categories', 'categories.id', 'threads.category_id')
    .select(['categories.slug', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('categories.slug')
    .execute()
  expect(perCategory).toHaveLength(10)
  const anonymous = await app.db.selectFrom('posts').select('id').where('is_anonymous', '=', true).execute()
  expect(anonymous.length).toBeGreaterThan(20)
  // Idempotent: a second run adds nothing.
  await seedDemoAccounts(app.db)
  expect(await seedForumContent(app.db, { authors: SEED_AUTHORS, threads: SEED_THREADS })).toBe(false)
  expect([await count('threads'), await count('posts'), await count('users')]).toEqual([threads, posts, users])
  // And it reads well: the long discussion pages, the home page lists recent activity.
  const home = visibleText((await new Client(app).get('/')).html)
  expect(home).toContain('Diskusi terbaru')
  const search = visibleText((await new Client(app).get('/search?q=pensiun')).html)
  expect(search).toMatch(/\d+ utas untuk "pensiun"/)
})

test('the demo seed opens one counseling case the demo member and counselor can both read, once', async () => {
  await seedDemoAccounts(app.db)
  expect(await seedDemoCase(app.db)).toBe(true)
  expect(await seedDemoCase(app.db)).toBe(false)
  const cases = await app.db.selectFrom('cases').select(['id', 'status']).execute()
  expect(cases).toEqual([{ id: expect.any(String), status: 'active' }])
  const password = 'teduh-demo-2026'
  const member = await loginAs(app, { id: '', email: 'anggota@teduh.test', pseudonym: 'RusaTenang05', password })
  const page = visibleText((await member.get(`/cases/${cases[0]!.id}`)).html)
  expect(page).toContain('Saya MerpatiSabar03, konselor Anda.')
  expect(page).toContain('Diusulkan')
})
