import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { recountMaturedRatings } from '~/services/reputation.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs, replyAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const counts = (postId: string) =>
  app.db.selectFrom('posts').select(['helpful_count', 'unhelpful_count']).where('id', '=', postId).executeTakeFirstOrThrow()

async function answeredThread() {
  const asker = await createMember(app.db)
  const helper = await createMember(app.db)
  const { threadId } = await createThreadAs(app.db, asker)
  const { postId } = await replyAs(app.db, helper, threadId)
  return { threadId, postId, helper }
}

/** The rating form of one answer and the note under it, as the reader sees them. */
function ratingOf(html: string, postId: string) {
  const start = html.indexOf(`<article id="p${postId}"`)
  const article = html.slice(start, html.indexOf('</article>', start))
  return {
    pressed: article.match(/aria-pressed="true"[^>]*>([^<]*)</)?.[1] ?? null,
    note: visibleText(article.match(/<p id="rating-note-\d+"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '').trim(),
  }
}

describe('ratings that explain themselves', () => {
  test('a new account is told that its rating is recorded and from which day it counts; the count does not move yet', async () => {
    const { threadId, postId } = await answeredThread()
    const fresh = await loginAs(app, await createMember(app.db, { fresh: true }))
    const before = visibleText((await fresh.get(`/t/${threadId}`)).html)
    expect(before).toMatch(/Akun Anda masih baru: penilaian Anda tercatat, tetapi baru ikut dihitung setelah akun berumur 3 hari \(mulai \d+ \w+ \d{4}\)/)
    const rated = await fresh.post(`/p/${postId}/rate`, { choice: 'helpful' })
    expect(rated.status).toBe(302)
    expect(rated.location).toBe(`/t/${threadId}#p${postId}`)
    const after = ratingOf((await fresh.get(`/t/${threadId}`)).html, postId)
    expect(after.pressed).toBe('Membantu (0)')
    expect(after.note).toMatch(/^Penilaian Anda tercatat\. Angkanya belum berubah karena penilaian dari akun baru dihitung mulai \d+ \w+ \d{4}\.$/)
    expect(await counts(postId)).toEqual({ helpful_count: 0, unhelpful_count: 0 })
  })

  test('an established member sees no such notice and the count moves at once', async () => {
    const { threadId, postId } = await answeredThread()
    const member = await loginAs(app, await createMember(app.db))
    expect(visibleText((await member.get(`/t/${threadId}`)).html)).not.toContain('Akun Anda masih baru')
    await member.post(`/p/${postId}/rate`, { choice: 'helpful' })
    const after = ratingOf((await member.get(`/t/${threadId}`)).html, postId)
    expect(after).toEqual({ pressed: 'Membantu (1)', note: '' })
  })

  test('a rating sent by the page script stays on the page (no redirect) and the next read has the new count', async () => {
    const { threadId, postId } = await answeredThread()
    const member = await loginAs(app, await createMember(app.db))
    const rated = await member.post(`/p/${postId}/rate`, { choice: 'unhelpful', stay: '1' })
    expect(rated.status).toBe(200)
    expect(rated.location).toBeNull()
    expect(ratingOf((await member.get(`/t/${threadId}`)).html, postId).pressed).toBe('Tidak membantu (1)')
  })

  test("a new account's rating starts to count once the account is old enough, without rating again", async () => {
    const { threadId, postId, helper } = await answeredThread()
    const freshMember = await createMember(app.db, { fresh: true })
    await (await loginAs(app, freshMember)).post(`/p/${postId}/rate`, { choice: 'helpful' })
    expect(await recountMaturedRatings(app.db)).toBe(0)
    expect(await counts(postId)).toEqual({ helpful_count: 0, unhelpful_count: 0 })
    await app.db.updateTable('users').set({ created_at: sql<Date>`now() - interval '3 days 1 hour'` }).where('id', '=', freshMember.id).execute()
    expect(await recountMaturedRatings(app.db)).toBe(1)
    expect(await counts(postId)).toEqual({ helpful_count: 1, unhelpful_count: 0 })
    expect((await app.db.selectFrom('users').select('reputation').where('id', '=', helper.id).executeTakeFirstOrThrow()).reputation).toBe(10)
    const page = await (await loginAs(app, freshMember)).get(`/t/${threadId}`)
    expect(visibleText(page.html)).not.toContain('Akun Anda masih baru')
    expect(ratingOf(page.html, postId)).toEqual({ pressed: 'Membantu (1)', note: '' })
  })
})
