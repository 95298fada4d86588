import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { alertStaleCrisisFlags } from '~/services/moderation/crisis-alerts.server'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignedCase, caseCast } from '../fixtures/cases'
import { visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs } from '../fixtures/factories'

// Issue 13, parts 3–5: a crisis item that a counselor now holds leaves the moderators' crisis
// lane and stops re-alerting; re-alerts reach staff by email too; the writer's help is one tap away.

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const CRISIS = 'Saya sudah tidak kuat lagi dan ingin mengakhiri hidup malam ini.'

async function crisisPost() {
  const writer = await createMember(app.db)
  const { postId, threadId } = await createThreadAs(app.db, writer, { body: CRISIS })
  const open = await app.db.selectFrom('flags').select('id').where('post_id', '=', postId).where('reason', '=', 'crisis').where('status', '=', 'open').execute()
  expect(open).toHaveLength(1)
  return { writer, postId, threadId }
}

const ageFlags = (postId: string) => app.db.updateTable('flags').set({ created_at: sql`now() - interval '30 minutes'` }).where('post_id', '=', postId).execute()

describe('escalating a crisis item', () => {
  test('the escalation form proposes "crisis" urgency for a crisis item, and "high" for others', async () => {
    const moderator = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const { postId } = await crisisPost()
    const form = (await moderator.get(`/mod/p/${postId}`)).html
    expect(form).toMatch(/<option value="crisis" selected="">/)
    const other = await createThreadAs(app.db, await createMember(app.db), { body: 'Atasan saya sering membentak di depan rekan kerja.' })
    await (await loginAs(app, await createMember(app.db))).post(`/p/${other.postId}/flag`, { reason: 'harassment' })
    expect((await moderator.get(`/mod/p/${other.postId}`)).html).toMatch(/<option value="high" selected="">/)
  })

  test('resolves the item: it leaves the queue, and the re-alert stops, also after the case is closed', async () => {
    const moderatorMember = await createMember(app.db, { roles: ['moderator'] })
    const moderator = await loginAs(app, moderatorMember)
    const { postId, writer } = await crisisPost()
    expect((await moderator.get('/mod')).html).toContain(`/mod/p/${postId}"`)
    const escalated = await moderator.post(`/mod/p/${postId}`, { intent: 'escalate', type: 'wellbeing', urgency: 'crisis', reason: 'Pernyataan krisis langsung.' })
    expect(escalated.status).toBe(302)
    const caseId = escalated.location!.match(/\/cases\/(\d+)\/status/)![1]!
    expect((await moderator.get('/mod')).html).not.toContain(`/mod/p/${postId}"`)
    const flags = await app.db.selectFrom('flags').select(['status', 'resolution']).where('post_id', '=', postId).execute()
    expect(flags.every((f) => f.status === 'resolved' && f.resolution === 'escalate')).toBe(true)
    const item = visibleText((await moderator.get(`/mod/p/${postId}`)).html)
    expect(item).toContain('Dieskalasi ke kasus konseling')
    await ageFlags(postId)
    const alertsOf = () => app.db.selectFrom('notifications').select('id').where('user_id', '=', moderatorMember.id).where('kind', '=', 'crisis_alert').where('post_id', '=', postId).execute()
    await alertStaleCrisisFlags(app.db)
    expect(await alertsOf()).toHaveLength(0)
    // The counselor takes it and closes it: still no alert to the moderators about the post.
    const cast = await caseCast(app)
    expect((await cast.intakeClient.post('/cases/intake', { caseId, counselorId: cast.counselor.id, reason: '' })).status).toBe(302)
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved' })).status).toBe(302)
    await ageFlags(postId)
    await alertStaleCrisisFlags(app.db)
    expect(await alertsOf()).toHaveLength(0)
    void writer
  })
})

describe('re-alerts reach staff by email', () => {
  test('an unhandled crisis item past the window queues one neutral email per moderator and admin, none to members', async () => {
    const moderator = await createMember(app.db, { roles: ['moderator'] })
    const admin = await createMember(app.db, { roles: ['admin'] })
    const bystander = await createMember(app.db)
    const { postId } = await crisisPost()
    await ageFlags(postId)
    expect(await alertStaleCrisisFlags(app.db)).toBeGreaterThanOrEqual(1)
    const emails = await app.db.selectFrom('jobs').select(['payload']).where('kind', '=', 'email').execute()
    const to = (id: string) => emails.filter((e) => JSON.stringify(e.payload).includes(id))
    expect(to(moderator.id).map((e) => JSON.stringify(e.payload))).toEqual([JSON.stringify({ userId: moderator.id, template: 'crisis_alert' })])
    expect(to(admin.id)).toHaveLength(1)
    expect(to(bystander.id)).toHaveLength(0)
    // The queue holds ids and a template name only: never the post, its words or its writer.
    const payloads = emails.map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as Record<string, unknown>)
    expect(payloads.every((p) => Object.keys(p).sort().join() === 'template,userId')).toBe(true)
    expect(JSON.stringify(emails)).not.toContain('mengakhiri')
  })
})

describe("the writer's crisis page", () => {
  test('puts the counselor button before the help contacts, and every number is a tel: link', async () => {
    const { writer, postId } = await crisisPost()
    const page = await (await loginAs(app, writer)).get(`/support?post=${postId}`)
    expect(page.status).toBe(200)
    expect(page.html.indexOf('Minta konselor pribadi')).toBeLessThan(page.html.indexOf('Bantuan yang bisa dihubungi sekarang'))
    expect(page.html).toContain('href="tel:112"')
    expect(page.html).toContain('href="tel:119;ext=8"')
  })

  test("the member's case page shows the help contacts while they wait, and not once a counselor is talking with them", async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const waiting = await cast.memberClient.get(`/cases/${caseId}`)
    expect(visibleText(waiting.html)).toContain('Sambil menunggu konselor')
    expect(waiting.html).toContain('href="tel:112"')
    expect(visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)).not.toContain('Sambil menunggu konselor')
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'message', body: 'Halo, saya konselor Anda.' })).status).toBe(302)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).not.toContain('Sambil menunggu konselor')
  })
})
