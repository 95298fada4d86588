import { afterAll, beforeAll, expect, test } from 'vitest'
import { SEED_AUTHORS, SEED_THREADS } from '#db/seed/forum-content'
import { seedDemoAccounts, seedForumContent } from '~/services/seed.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'

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
  expect(search).toMatch(/\d+ hasil untuk "pensiun"/)
})
