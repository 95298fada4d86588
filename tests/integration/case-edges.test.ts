import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignedCase, caseCast, type CaseCast } from '../fixtures/cases'
import { visibleText } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// Issue 15.5 and the calendar files of 15.4: closing with an accepted session asks first and
// tells the member; a referral says where to go; session emails carry an .ics file.
let app: TestApp
let smtp: Mailbox
let received: Mailbox['received'] = []

beforeAll(async () => {
  smtp = await startMailbox()
  received = smtp.received
  process.env.SMTP_URL = smtp.url
  app = await startTestApp()
}, 60_000)
afterAll(async () => {
  delete process.env.SMTP_URL
  await app?.close()
  await smtp.close()
})

async function runJobs() {
  const { runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  while ((await runDueJobs(app.db, jobHandlers)) > 0) {
    // until the queue is empty
  }
}

async function schedule(cast: CaseCast, caseId: string, fields: Record<string, string> = {}) {
  const page = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'video', startsAt: '2031-03-03T10:00', durationMinutes: '45', place: '', ...fields })
  expect(page.status, visibleText(page.html).slice(0, 300)).toBe(302)
  return (await app.db.selectFrom('case_sessions').select('id').where('case_id', '=', caseId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id
}

/** The text/calendar part of a raw message, decoded. */
function calendarOf(raw: string): string | null {
  const unfolded = raw.replace(/\r\n/g, '\n')
  const part = /Content-Type: text\/calendar[^\n]*(?:\n[ \t][^\n]*)*\n((?:[A-Za-z-]+:[^\n]*(?:\n[ \t][^\n]*)*\n)*)\n([\s\S]*?)\n--/i.exec(unfolded)
  if (!part) return null
  const headers = part[1]!
  const body = part[2]!
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers))
    return Buffer.from(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
  return body.replace(/\n/g, '\r\n')
}

const mailTo = (email: string, subject: string) => received.filter((m) => m.to.includes(email) && m.data.includes(`Subject: ${subject}`))

describe('calendar attachments on session emails', () => {
  test('the invitation carries an RFC 5545 file: stable UID, DTSTAMP, UTC times, neutral summary; a reschedule raises SEQUENCE; the acceptance goes to the counselor', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast, { message: 'Saya sulit tidur karena beban kerja.' })
    const sessionId = await schedule(cast, caseId)
    await runJobs()
    const invites = mailTo(cast.member.email, 'Usulan jadwal di Teduh')
    expect(invites).toHaveLength(1)
    const ics = calendarOf(invites[0]!.data)
    expect(ics, invites[0]!.data.slice(0, 2000)).not.toBeNull()
    const lines = ics!.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('METHOD:PUBLISH')
    expect(lines).toContain(`UID:session-${sessionId}@localhost`)
    expect(lines).toContain('SEQUENCE:0')
    expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/)
    // 10.00 WIB is 03.00 UTC; 45 minutes long.
    expect(lines).toContain('DTSTART:20310303T030000Z')
    expect(lines).toContain('DTEND:20310303T034500Z')
    expect(lines).toContain('SUMMARY:Jadwal Teduh')
    expect(lines).toContain('STATUS:TENTATIVE')
    expect(ics!.replace(/\r\n /g, '')).toContain(`LOCATION:http://localhost:3000/cases/${caseId}/sessions/${sessionId}/call`)
    // Neutral: nothing of the case's topic, nobody's name.
    expect(ics).not.toMatch(/konsel|kasus|tidur|wellbeing|kesejahteraan/i)
    expect(ics).not.toContain(cast.member.pseudonym)
    expect(ics).not.toContain(cast.counselor.pseudonym)
    expect(invites[0]!.data).toMatch(/filename="?jadwal-teduh\.ics/)

    const moved = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'reschedule', sessionId, mode: 'video', startsAt: '2031-03-04T14:30', durationMinutes: '60', place: '' })
    expect(moved.status).toBe(302)
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId })).status).toBe(302)
    await runJobs()
    const second = calendarOf(mailTo(cast.member.email, 'Usulan jadwal di Teduh')[1]!.data)!.split('\r\n')
    expect(second).toContain(`UID:session-${sessionId}@localhost`)
    expect(second).toContain('SEQUENCE:1')
    expect(second).toContain('DTSTART:20310304T073000Z')
    expect(second).toContain('DTEND:20310304T083000Z')
    const accepted = mailTo(cast.counselor.email, 'Jadwal di Teduh disetujui')
    expect(accepted).toHaveLength(1)
    const confirmed = calendarOf(accepted[0]!.data)!.split('\r\n')
    expect(confirmed).toContain(`UID:session-${sessionId}@localhost`)
    expect(confirmed).toContain('STATUS:CONFIRMED')
    expect(confirmed).toContain('SEQUENCE:1')
  })

  test('a proposal cancelled before its email went out sends no invitation', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const sessionId = await schedule(cast, caseId, { mode: 'phone' })
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'session_cancel', sessionId })).status).toBe(302)
    await runJobs()
    expect(mailTo(cast.member.email, 'Usulan jadwal di Teduh')).toHaveLength(0)
    expect(mailTo(cast.member.email, 'Jadwal di Teduh dibatalkan')).toHaveLength(1)
  })
})

describe('closing a case with an accepted session', () => {
  test('asks first, listing the session; nothing changes until confirmed; then the member is told it was cancelled', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const sessionId = await schedule(cast, caseId)
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId })).status).toBe(302)

    const asked = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', summary: 'Sudah membaik.' })
    expect(asked.status).toBe(200)
    const text = visibleText(asked.html)
    expect(text).toContain('Kasus ini masih punya sesi yang disetujui')
    expect(text).toContain('Senin, 3 Maret 2031')
    expect(text).toContain('Panggilan video · 45 menit')
    expect(asked.html).toMatch(/<button type="submit" class="button">Tutup kasus dan batalkan sesi<\/button>/)
    expect(asked.html).toContain('name="cancelSessions" value="yes"')
    // What the counselor typed is still there.
    expect(asked.html).toContain('Sudah membaik.')
    let row = await app.db.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row.status).not.toBe('closed')
    expect((await app.db.selectFrom('case_sessions').select('status').where('id', '=', sessionId).executeTakeFirstOrThrow()).status).toBe('accepted')

    const closed = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', summary: 'Sudah membaik.', cancelSessions: 'yes' })
    expect(closed.status).toBe(302)
    row = await app.db.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row.status).toBe('closed')
    expect((await app.db.selectFrom('case_sessions').select('status').where('id', '=', sessionId).executeTakeFirstOrThrow()).status).toBe('cancelled')
    const notifications = visibleText((await cast.memberClient.get('/me/notifications')).html)
    expect(notifications).toContain('Sesi Anda di Teduh dibatalkan.')
    expect((await cast.memberClient.get('/me/notifications')).html).toContain(`/cases/${caseId}#sessions`)
    await runJobs()
    expect(mailTo(cast.member.email, 'Jadwal di Teduh dibatalkan')).toHaveLength(1)
  })

  test('without an accepted session ahead it closes at once (a mere proposal is cancelled, and the member told)', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const sessionId = await schedule(cast, caseId, { mode: 'chat' })
    const closed = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', summary: '' })
    expect(closed.status).toBe(302)
    expect((await app.db.selectFrom('case_sessions').select('status').where('id', '=', sessionId).executeTakeFirstOrThrow()).status).toBe('cancelled')
    expect(visibleText((await cast.memberClient.get('/me/notifications')).html)).toContain('Sesi Anda di Teduh dibatalkan.')
  })

  test('with no session at all the member gets no cancellation notice', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', summary: '' })).status).toBe(302)
    expect(visibleText((await cast.memberClient.get('/me/notifications')).html)).not.toContain('dibatalkan')
  })
})

describe('referrals', () => {
  test('the counselor says where to go; the member’s case page shows it, phone numbers as tel: links; stored sealed', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const place = 'Klinik Psikologi Sehat Jiwa, Jl. Merdeka 10, Senin–Jumat 08.00–15.00, telp 021-5550-1010'
    const referred = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: 'clinic', reason: 'Perlu pendampingan tatap muka.', place })
    expect(referred.status).toBe(302)
    const page = await cast.memberClient.get(`/cases/${caseId}`)
    const text = visibleText(page.html)
    expect(text).toContain('Tujuan rujukan')
    expect(text).toContain('Klinik Psikologi Sehat Jiwa, Jl. Merdeka 10')
    expect(page.html).toContain('<a href="tel:02155501010" class="tel-link">021-5550-1010</a>')
    expect(visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)).toContain('Klinik Psikologi Sehat Jiwa')
    const row = await app.db.selectFrom('cases').select('referral_place_enc').where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row.referral_place_enc).toBeTruthy()
    expect(row.referral_place_enc).not.toContain('Klinik')
  })

  test('a referral without a place still works, and the case page has no empty "where to go"', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: 'psychologist', reason: 'Perlu psikolog.', place: '' })).status).toBe(302)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).not.toContain('Tujuan rujukan')
  })

  test('the HR official’s list links each referral’s status page', async () => {
    const hr = await loginAs(app, await createMember(app.db, { roles: ['hr'] }))
    const employees = [await createMember(app.db), await createMember(app.db)]
    for (const e of employees) expect((await hr.post('/cases/refer', { pseudonym: e.pseudonym, type: 'performance', urgency: 'normal', reason: 'Rujukan uji.' })).status).toBe(302)
    const ids = (await app.db.selectFrom('cases').select('id').where('source', '=', 'referral').where('member_id', 'in', employees.map((e) => e.id)).execute()).map((r) => r.id)
    const list = await hr.get('/cases/refer')
    for (const id of ids) {
      expect(list.html).toContain(`href="/cases/${id}/status"`)
      expect((await hr.get(`/cases/${id}/status`)).status).toBe(200)
    }
  })
})
