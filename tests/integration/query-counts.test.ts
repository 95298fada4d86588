import { afterAll, beforeAll, expect, test } from 'vitest'
import { queryCounter } from '#db/client.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  // Count what a page costs when computed, not when served from the anonymous readers' cache.
  process.env.TEDUH_READ_CACHE = 'off'
  app = await startTestApp()
})
afterAll(() => app?.close())

async function queriesFor(client: Client, path: string) {
  await client.get(path) // warm caches (search configuration, categories)
  queryCounter.count = 0
  queryCounter.enabled = true
  const page = await client.get(path)
  queryCounter.enabled = false
  expect(page.status, path).toBe(200)
  return queryCounter.count
}

test('pages cost the same number of queries with 10 or 100 answers and threads (no N+1)', async () => {
  const members = await Promise.all(Array.from({ length: 12 }, () => createMember(app.db)))
  const small = await createThreadAs(app.db, members[0]!, { category: 'gaji' })
  const big = await createThreadAs(app.db, members[0]!, { category: 'gaji' })
  for (let i = 0; i < 10; i++) await replyAs(app.db, members[i % 12]!, small.threadId, { anonymous: i % 3 === 0 })
  for (let i = 0; i < 100; i++) await replyAs(app.db, members[i % 12]!, big.threadId, { anonymous: i % 3 === 0 })
  for (const client of [new Client(app), await loginAs(app, members[5]!)]) {
    const smallCount = await queriesFor(client, `/t/${small.threadId}`)
    const bigCount = await queriesFor(client, `/t/${big.threadId}`)
    expect(bigCount).toBe(smallCount)
    expect(bigCount).toBeLessThanOrEqual(12)
    console.log(`thread page: ${bigCount} queries (${client.cookies.has('teduh_session') ? 'member' : 'visitor'})`)
  }
  const fewThreads = await queriesFor(new Client(app), '/c/skp')
  for (let i = 0; i < 25; i++) await createThreadAs(app.db, members[i % 12]!, { category: 'karier', tags: ['a1', 'b2'] })
  const manyThreads = await queriesFor(new Client(app), '/c/karier')
  expect(manyThreads).toBe(fewThreads)
  const search = await queriesFor(new Client(app), '/search?q=cuti')
  const home = await queriesFor(new Client(app), '/')
  console.log(`category: ${manyThreads}, search: ${search}, home: ${home} queries`)
  // And with the cache on, a repeated anonymous read costs no query at all.
  delete process.env.TEDUH_READ_CACHE
  expect(await queriesFor(new Client(app), `/t/${big.threadId}`)).toBe(0)
  expect(Math.max(manyThreads, search, home)).toBeLessThanOrEqual(8)
})
