import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { categoryId, createMember, createThreadAs, loginAs, replyAs, type TestMember } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

async function verifyExpert(member: TestMember) {
  await app.db
    .insertInto('expert_verifications')
    .values({ user_id: member.id, badge_text: 'Analis Kepegawaian — terverifikasi', areas: [await categoryId(app.db, 'cuti')], verified_at: new Date(), expires_at: sql<Date>`now() + interval '1 year'` })
    .execute()
}

/** How many times each post is rendered as an article, and the highlight lines the reader sees. */
function read(html: string) {
  const articles = [...html.matchAll(/<article id="([^"]+)"/g)].map((m) => m[1]!)
  const section = html.match(/<section aria-labelledby="highlights-heading"[\s\S]*?<\/section>/)?.[0] ?? ''
  const highlights = [...section.matchAll(/<li class="highlight[^"]*">([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!).trim())
  const links = [...section.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
  return { articles, highlights, links }
}

async function threadWithThreeAnswers() {
  const asker = await createMember(app.db)
  const expert = await createMember(app.db)
  await verifyExpert(expert)
  const peer = await createMember(app.db)
  const other = await createMember(app.db)
  const { threadId, postId: questionId } = await createThreadAs(app.db, asker, { category: 'cuti' })
  const expertAnswer = (await replyAs(app.db, expert, threadId, { body: 'Jawaban pakar: cuti diajukan lewat atasan langsung.' })).postId
  const peerAnswer = (await replyAs(app.db, peer, threadId, { body: 'Jawaban rekan: saya mengajukannya dua minggu sebelumnya.' })).postId
  const lateAnswer = (await replyAs(app.db, other, threadId, { body: 'Jawaban ketiga yang nanti diterima penanya.' })).postId
  for (let i = 0; i < 2; i++) await (await loginAs(app, await createMember(app.db))).post(`/p/${peerAnswer}/rate`, { choice: 'helpful' })
  return { asker, threadId, questionId, expertAnswer, peerAnswer, lateAnswer, expert, peer }
}

describe('one answer shown once on the thread page', () => {
  test('every post is rendered once; a highlight is a link to the post in the list, shown only when the list does not already lead with it', async () => {
    const t = await threadWithThreeAnswers()
    // Best order: the peer's 2-of-2 helpful answer leads, the expert's unrated answer follows.
    let page = read((await new Client(app).get(`/t/${t.threadId}`)).html)
    expect(page.articles).toEqual([`p${t.questionId}`, `p${t.peerAnswer}`, `p${t.expertAnswer}`, `p${t.lateAnswer}`])
    // The community's top answer is the first in the list: no highlight for it; the expert's is.
    expect(page.highlights).toEqual([`Pakar terverifikasi di kategori ini Lihat jawaban ${t.expert.pseudonym} (#${t.expertAnswer}) 0 membantu`])
    expect(page.links).toEqual([`#p${t.expertAnswer}`])

    // Once the asker accepts the late answer it leads; the community's top answer is now worth pointing at.
    const asker = await loginAs(app, t.asker)
    expect((await asker.post(`/t/${t.threadId}/accept`, { postId: t.lateAnswer })).status).toBe(302)
    page = read((await new Client(app).get(`/t/${t.threadId}`)).html)
    expect(page.articles).toEqual([`p${t.questionId}`, `p${t.lateAnswer}`, `p${t.peerAnswer}`, `p${t.expertAnswer}`])
    expect(page.highlights.map((h) => h.split(' Lihat')[0])).toEqual(['Terbaik menurut komunitas', 'Pakar terverifikasi di kategori ini'])
    expect(page.links).toEqual([`#p${t.peerAnswer}`, `#p${t.expertAnswer}`])

    // In time order the accepted answer is pointed at too; the first reply (the expert's) is not, it is right there.
    page = read((await new Client(app).get(`/t/${t.threadId}?sort=oldest`)).html)
    expect(page.articles).toEqual([`p${t.questionId}`, `p${t.expertAnswer}`, `p${t.peerAnswer}`, `p${t.lateAnswer}`])
    expect(page.highlights.map((h) => h.split(' Lihat')[0])).toEqual(['Diterima penanya', 'Terbaik menurut komunitas'])
    expect(page.links).toEqual([`#p${t.lateAnswer}`, `#p${t.peerAnswer}`])
  })

  test('a thread whose only answer is the expert answer shows no highlight, and the answer once with its badge', async () => {
    const asker = await createMember(app.db)
    const expert = await createMember(app.db)
    await verifyExpert(expert)
    const { threadId, postId: questionId } = await createThreadAs(app.db, asker, { category: 'cuti' })
    const { postId } = await replyAs(app.db, expert, threadId, { body: 'Satu-satunya jawaban, dari pakar.' })
    const html = (await new Client(app).get(`/t/${threadId}`)).html
    const page = read(html)
    expect(page.articles).toEqual([`p${questionId}`, `p${postId}`])
    expect(page.highlights).toEqual([])
    expect(visibleText(html).split('Satu-satunya jawaban, dari pakar.')).toHaveLength(2)
    expect(visibleText(html)).toContain('Analis Kepegawaian — terverifikasi')
  })

  test('a highlighted answer is never a second copy, also when the same answer is the community top and the expert best', async () => {
    const t = await threadWithThreeAnswers()
    // The expert's answer collects the most helpful ratings; the asker accepts the late answer.
    for (let i = 0; i < 3; i++) await (await loginAs(app, await createMember(app.db))).post(`/p/${t.expertAnswer}/rate`, { choice: 'helpful' })
    await (await loginAs(app, t.asker)).post(`/t/${t.threadId}/accept`, { postId: t.lateAnswer })
    const page = read((await new Client(app).get(`/t/${t.threadId}`)).html)
    expect(new Set(page.articles).size).toBe(page.articles.length)
    expect(page.highlights).toEqual([`Terbaik menurut komunitas · Pakar terverifikasi di kategori ini Lihat jawaban ${t.expert.pseudonym} (#${t.expertAnswer}) 3 membantu`])
  })
})
