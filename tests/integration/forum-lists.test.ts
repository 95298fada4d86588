import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { listPinnedThreads, threadListQuery, type ThreadFilter, type ThreadSort } from '~/models/threads.server'
import { listThreadPostsQuery } from '~/models/posts.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

async function bulkThreads(category: string, count: number, authorId: string) {
  const id = await categoryId(app.db, category)
  await sql`
    insert into threads (category_id, author_id, title, reply_count, accepted_post_id, has_expert_answer, created_at, last_activity_at)
    select ${id}, ${authorId}::uuid, 'Utas massal nomor ' || g, g % 3, null, g % 7 = 0,
           date_trunc('milliseconds', now()) - make_interval(mins => g * 2), date_trunc('milliseconds', now()) - make_interval(mins => g)
    from generate_series(1, ${count}) g`.execute(app.db)
}

describe('category lists', () => {
  test('keyset pages walk every thread exactly once, newest activity first, with no OFFSET', async () => {
    const member = await createMember(app.db)
    await bulkThreads('gaji', 47, member.id)
    const seen: string[] = []
    let path: string | null = '/c/gaji'
    let pages = 0
    while (path) {
      const page = await new Client(app).get(path)
      expect(page.status).toBe(200)
      seen.push(...[...page.html.matchAll(/>Utas massal nomor (\d+)<\/a>/g)].map((m) => m[1]!))
      path = page.html.match(/href="(\/c\/gaji\?after=[^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? null
      pages++
    }
    expect(pages).toBe(3)
    expect(seen).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1)))
  })

  test('filters: unanswered, solved, answered by an expert, and by tag; sort by newest', async () => {
    const asker = await createMember(app.db)
    const expert = await createMember(app.db, { roles: ['expert'] })
    await app.db
      .insertInto('expert_verifications')
      .values({ user_id: expert.id, badge_text: 'Pakar', areas: [await categoryId(app.db, 'disiplin')], verified_at: new Date(), expires_at: new Date(Date.now() + 86_400_000) })
      .execute()
    const plain = await createMember(app.db)
    const unanswered = await createThreadAs(app.db, asker, { category: 'disiplin', title: 'Utas disiplin yang belum dijawab' })
    const expertAnswered = await createThreadAs(app.db, asker, { category: 'disiplin', title: 'Utas disiplin dijawab pakar', tags: ['pp-94'] })
    await replyAs(app.db, expert, expertAnswered.threadId)
    const peerAnswered = await createThreadAs(app.db, asker, { category: 'disiplin', title: 'Utas disiplin dijawab rekan' })
    const reply = await replyAs(app.db, plain, peerAnswered.threadId)
    await app.db.updateTable('threads').set({ accepted_post_id: reply.postId }).where('id', '=', peerAnswered.threadId).execute()
    const titles = async (query: string) => visibleText((await new Client(app).get(`/c/disiplin${query}`)).html)
    expect(await titles('?filter=unanswered')).toContain('Utas disiplin yang belum dijawab')
    expect(await titles('?filter=unanswered')).not.toContain('Utas disiplin dijawab pakar')
    expect(await titles('?filter=solved')).toContain('Utas disiplin dijawab rekan')
    expect(await titles('?filter=solved')).not.toContain('Utas disiplin yang belum dijawab')
    expect(await titles('?filter=expert')).toContain('Utas disiplin dijawab pakar')
    expect(await titles('?filter=expert')).not.toContain('Utas disiplin dijawab rekan')
    expect(await titles('?tag=pp-94')).toContain('Utas disiplin dijawab pakar')
    expect(await titles('?tag=pp-94')).not.toContain('Utas disiplin dijawab rekan')
    const byActivity = await titles('')
    const byNewest = await titles('?sort=newest')
    // Activity: the answered threads moved up; newest: creation order (the last created first).
    expect(byActivity.indexOf('dijawab rekan')).toBeLessThan(byActivity.indexOf('belum dijawab'))
    expect(byNewest.indexOf('dijawab rekan')).toBeLessThan(byNewest.indexOf('dijawab pakar'))
    expect(byNewest.indexOf('dijawab pakar')).toBeLessThan(byNewest.indexOf('belum dijawab'))
    expect(visibleText((await new Client(app).get('/c/disiplin')).html)).toContain('Dijawab pakar terverifikasi')
    void unanswered
  })

  test('an unknown category is 404', async () => {
    expect((await new Client(app).get('/c/tidak-ada')).status).toBe(404)
  })
})

describe('long threads', () => {
  test('a thread with more than one page of answers pages by keyset', async () => {
    const member = await createMember(app.db)
    const { threadId } = await createThreadAs(app.db, member)
    for (let i = 1; i <= 60; i++) await replyAs(app.db, member, threadId, { body: `Jawaban berurutan nomor ${i} di utas panjang.` })
    const first = await new Client(app).get(`/t/${threadId}?sort=oldest`)
    expect(first.html).toContain('Jawaban berurutan nomor 49 ')
    expect(first.html).not.toContain('Jawaban berurutan nomor 50 ')
    const next = first.html.match(/href="(\/t\/\d+\?after=\d+)"/)![1]!
    const second = await new Client(app).get(next)
    expect(second.html).toContain('Jawaban berurutan nomor 50 ')
    expect(second.html).toContain('Jawaban berurutan nomor 60 ')
    expect(second.html).not.toContain('Jawaban berurutan nomor 49 ')
    // The default (best-first) order pages too: 50 answers, then the rest.
    const best = await new Client(app).get(`/t/${threadId}`)
    expect(best.html.match(/<article id="p\d+" class="post"/g)).toHaveLength(50)
    const page2 = await new Client(app).get(`/t/${threadId}?page=2`)
    expect(page2.html.match(/<article id="p\d+" class="post"/g)).toHaveLength(10)
  })
})

describe('query plans on PostgreSQL', () => {
  test.runIf(!!process.env.DATABASE_URL)('the hot list queries use an index, not a scan of all threads', async () => {
    const member = await createMember(app.db)
    await bulkThreads('mutasi', 3000, member.id)
    await sql`analyze`.execute(app.db)
    const mutasi = await categoryId(app.db, 'mutasi')
    const plan = async (sort: ThreadSort, filter: ThreadFilter, cursor?: { at: string; id: string }) => {
      const rows = await threadListQuery(app.db, { categoryId: mutasi, sort, filter, cursor, limit: 20 }).explain()
      return rows.map((r) => String(Object.values(r)[0])).join('\n')
    }
    for (const [sort, filter] of [['activity', 'all'], ['newest', 'all'], ['activity', 'unanswered'], ['activity', 'expert']] as const) {
      const text = await plan(sort, filter, { at: new Date().toISOString(), id: '999999' })
      expect(text, `${sort}/${filter}`).toMatch(/Index Scan|Index Only Scan/)
      expect(text, `${sort}/${filter}`).not.toMatch(/Seq Scan on threads/)
    }
    const pinned = (await listPinnedThreads(app.db, mutasi)).length
    expect(pinned).toBe(0)
    await sql`insert into posts (thread_id, author_id, body_md, body_html) select t.id, t.author_id, 'isi ' || g, '<p>isi</p>' from threads t, generate_series(1, 3) g`.execute(app.db)
    const long = await createThreadAs(app.db, member, { category: 'mutasi' })
    await sql`insert into posts (thread_id, author_id, body_md, body_html) select ${long.threadId}, ${member.id}::uuid, 'isi ' || g, '<p>isi</p>' from generate_series(1, 500) g`.execute(app.db)
    await sql`analyze`.execute(app.db)
    const postsPlan = await listThreadPostsQuery(app.db, long.threadId, mutasi, null, '100').explain()
    expect(postsPlan.map((r) => String(Object.values(r)[0])).join('\n')).toMatch(/Index Scan using posts_thread_idx|Index Scan using posts_pkey/)
  })
})
