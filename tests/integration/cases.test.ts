import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignAs, assignedCase, caseCast, caseStatus, escalatedCase, requestCaseAs } from '../fixtures/cases'
import { visibleText } from '../fixtures/client'
import { createMember, createThreadAs, loginAs } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

async function notificationsOf(userId: string) {
  return app.db.selectFrom('notifications').select(['kind', 'detail', 'count']).where('user_id', '=', userId).orderBy('id').execute()
}

describe('three ways in', () => {
  test('a member asks for a counselor from their own page; intake sees the type, urgency and age but not the words', async () => {
    const { memberClient, intakeClient } = await caseCast(app)
    expect(visibleText((await memberClient.get('/me')).html)).toContain('Minta pendampingan konselor')
    const caseId = await requestCaseAs(memberClient, { type: 'career', urgency: 'high', message: 'Saya bingung soal jalur karier fungsional saya.' })
    const page = visibleText((await memberClient.visit(`/cases/${caseId}`)).html)
    expect(page).toContain('Permintaan Anda sudah diterima')
    expect(page).toContain('Saya bingung soal jalur karier fungsional saya.')
    expect(page).toContain('Siapa yang bisa melihat apa')
    const queue = visibleText((await intakeClient.get('/cases/intake')).html)
    expect(queue).toContain(`Kasus #${caseId}`)
    expect(queue).toContain('Karier')
    expect(queue).toContain('Tinggi')
    expect(queue).not.toContain('jalur karier fungsional')
    const row = await app.db.selectFrom('cases').select(['source', 'type', 'urgency', 'status']).where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row).toEqual({ source: 'request', type: 'career', urgency: 'high', status: 'new' })
  })

  test('a member may withdraw their own request before it is under way', async () => {
    const { memberClient } = await caseCast(app)
    const caseId = await requestCaseAs(memberClient)
    const page = visibleText((await memberClient.get(`/cases/${caseId}`)).html)
    expect(page).toContain('Batalkan permintaan ini')
    expect(page).not.toContain('Anda boleh menolak kasus ini')
    expect((await memberClient.post(`/cases/${caseId}`, { intent: 'decline', reason: '' })).status).toBe(302)
    expect(await caseStatus(app, caseId)).toBe('declined')
  })

  test('a double-submitted request opens one case', async () => {
    const { member, memberClient } = await caseCast(app)
    const fields = { type: 'staffing', urgency: 'normal', message: 'Pertanyaan tentang berkas pensiun.', idempotencyKey: 'request-key-0001' }
    const first = await requestCaseAs(memberClient, fields)
    const second = await requestCaseAs(memberClient, fields)
    expect(second).toBe(first)
    const rows = await app.db.selectFrom('cases').select('id').where('member_id', '=', member.id).execute()
    expect(rows).toHaveLength(1)
    expect(await app.db.selectFrom('case_messages').select('id').where('case_id', '=', first).execute()).toHaveLength(1)
  })

  test('a request without a type is refused next to the field and keeps the message typed', async () => {
    const { memberClient } = await caseCast(app)
    const page = await memberClient.post('/cases/new', { type: '', urgency: 'normal', message: 'Pesan yang tidak boleh hilang.' })
    expect(page.status).toBe(400)
    expect(page.html).toMatch(/id="request-case-type-error"[^>]*>.*Wajib diisi/)
    expect(page.html).toContain('Pesan yang tidak boleh hilang.')
  })

  test('a moderator escalates a post; the writer is told in neutral words, sees why, and may decline', async () => {
    const writer = await createMember(app.db)
    const moderator = await createMember(app.db, { roles: ['moderator'] })
    const moderatorClient = await loginAs(app, moderator)
    const { caseId } = await escalatedCase(app, moderatorClient, writer)
    const status = visibleText((await moderatorClient.visit(`/cases/${caseId}/status`)).html)
    expect(status).toContain('Kasus konseling dibuka')
    expect(status).toContain('Baru')
    expect(status).not.toContain('Tanda kelelahan berat')
    expect(await notificationsOf(writer.id)).toEqual([{ kind: 'case_update', detail: caseId, count: 1 }])
    const writerClient = await loginAs(app, writer)
    // Screens are shared in offices: the notification names no topic.
    const bell = visibleText((await writerClient.get('/me/notifications')).html.match(/<ul class="notification-list">[\s\S]*?<\/ul>/)![0])
    expect(bell).toContain('Anda punya pesan baru di Teduh.')
    expect(bell).not.toMatch(/konseling|kasus|krisis|moderator/i)
    const page = visibleText((await writerClient.get(`/cases/${caseId}`)).html)
    expect(page).toContain('Seorang moderator membuka kasus ini karena peduli pada kiriman Anda.')
    expect(page).toContain('Tanda kelelahan berat di kiriman.')
    expect(page).toContain('Anda boleh menolak kasus ini')
    const declined = await writerClient.post(`/cases/${caseId}`, { intent: 'decline', reason: 'Saya sudah merasa lebih baik.' })
    expect(declined.status).toBe(302)
    expect(await caseStatus(app, caseId)).toBe('declined')
    expect(visibleText((await moderatorClient.get(`/cases/${caseId}/status`)).html)).toContain('Ditolak atau dibatalkan anggota')
    const again = await writerClient.post(`/cases/${caseId}`, { intent: 'decline', reason: '' })
    expect(again.status).toBe(409)
    expect(visibleText(again.html)).toContain('Langkah ini tidak dapat dilakukan pada status kasus saat ini.')
  })

  test('an escalation without a reason is refused next to the field and opens nothing', async () => {
    const writer = await createMember(app.db)
    const moderatorClient = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const { postId } = await createThreadAs(app.db, writer)
    const page = await moderatorClient.post(`/mod/p/${postId}`, { intent: 'escalate', type: 'career', urgency: 'high', reason: '  ' })
    expect(page.status).toBe(400)
    expect(page.html).toMatch(/id="escalate-reason-error"[^>]*>.*Wajib diisi/)
    expect(page.html).toMatch(/<option value="career" selected="">/)
    expect(await app.db.selectFrom('cases').select('id').where('post_id', '=', postId).execute()).toHaveLength(0)
  })

  test('escalating a post that already has an open case says so instead of opening a second', async () => {
    const writer = await createMember(app.db)
    const moderatorClient = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const { postId } = await escalatedCase(app, moderatorClient, writer)
    const other = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const page = await other.post(`/mod/p/${postId}`, { intent: 'escalate', type: 'wellbeing', urgency: 'high', reason: 'Kedua kali.' })
    expect(page.status).toBe(409)
    expect(visibleText(page.html)).toContain('sudah memiliki kasus konseling yang terbuka')
    expect(await app.db.selectFrom('cases').select('id').where('post_id', '=', postId).execute()).toHaveLength(1)
  })

  test('a case escalated from an anonymous post shows the counselor the thread handle, not the pseudonym', async () => {
    const cast = await caseCast(app)
    const moderatorClient = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const { caseId } = await escalatedCase(app, moderatorClient, cast.member, { anonymous: true })
    await assignAs(cast.intakeClient, caseId, cast.counselor.id)
    const page = visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)
    expect(page).toMatch(/Anonim #[0-9A-F]{4}/)
    expect(page).not.toContain(cast.member.pseudonym)
  })

  test('an HR official refers an employee by pseudonym and later learns only whether and when sessions took place', async () => {
    const cast = await caseCast(app)
    const official = await createMember(app.db, { roles: ['hr'] })
    const hr = await loginAs(app, official)
    const unknown = await hr.post('/cases/refer', { pseudonym: 'TidakAdaOrangnya', type: 'performance', urgency: 'normal', reason: 'Target kinerja tidak tercapai.' })
    expect(unknown.status).toBe(400)
    expect(visibleText(unknown.html)).toContain('Tidak ada anggota dengan nama samaran itu.')
    expect(unknown.html).toContain('Target kinerja tidak tercapai.')
    const sent = await hr.post('/cases/refer', { pseudonym: cast.member.pseudonym, type: 'performance', urgency: 'normal', reason: 'Target kinerja tidak tercapai.' })
    expect(sent.status).toBe(302)
    const row = await app.db.selectFrom('cases').select(['id', 'source', 'type']).where('member_id', '=', cast.member.id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ source: 'referral', type: 'performance' })
    expect(visibleText((await hr.get('/cases/refer')).html)).toContain('belum ada sesi yang berlangsung')
    await assignAs(cast.intakeClient, row.id, cast.counselor.id)
    await cast.counselorClient.post(`/cases/${row.id}`, { intent: 'message', body: 'Isi percakapan yang rahasia.' })
    // A session that was accepted and then took place (moved into the past to be markable).
    await cast.counselorClient.post(`/cases/${row.id}`, { intent: 'schedule', mode: 'phone', startsAt: '2031-03-03T09:00', durationMinutes: '30', place: '' })
    const session = await app.db.selectFrom('case_sessions').select('id').where('case_id', '=', row.id).executeTakeFirstOrThrow()
    await cast.memberClient.post(`/cases/${row.id}`, { intent: 'session_accept', sessionId: session.id })
    await app.db.updateTable('case_sessions').set({ starts_at: new Date('2026-01-05T02:00:00Z') }).where('id', '=', session.id).execute()
    expect((await cast.counselorClient.post(`/cases/${row.id}`, { intent: 'session_held', sessionId: session.id })).status).toBe(302)
    const list = visibleText((await hr.get('/cases/refer')).html)
    expect(list).toContain('1 sesi berlangsung: 5 Januari 2026')
    expect(list).not.toContain('Isi percakapan yang rahasia.')
    expect((await hr.get(`/cases/${row.id}`)).status).toBe(404)
    const member = visibleText((await cast.memberClient.get(`/cases/${row.id}`)).html)
    expect(member).toContain('Seorang pejabat SDM merujuk Anda')
  })
})

describe('intake, assignment and states', () => {
  test('intake assigns a counselor, who is told neutrally; reassignment needs a reason and lands in the timeline', async () => {
    const cast = await caseCast(app)
    const caseId = await requestCaseAs(cast.memberClient)
    await assignAs(cast.intakeClient, caseId, cast.counselor.id)
    expect(await caseStatus(app, caseId)).toBe('assigned')
    expect(await notificationsOf(cast.counselor.id)).toEqual([{ kind: 'case_update', detail: caseId, count: 1 }])
    const email = await app.db.selectFrom('jobs').select(['kind', 'payload']).where('kind', '=', 'email').execute()
    expect(email.some((j) => JSON.stringify(j.payload).includes(cast.counselor.id))).toBe(true)
    expect(JSON.stringify(email)).not.toContain('@')
    const second = await createMember(app.db, { roles: ['counselor'] })
    const noReason = await cast.intakeClient.post('/cases/intake', { caseId, counselorId: second.id, reason: '' })
    expect(noReason.status).toBe(400)
    expect(visibleText(noReason.html)).toContain('Tuliskan alasan penggantian konselor.')
    await assignAs(cast.intakeClient, caseId, second.id, 'Beban kasus konselor pertama penuh.')
    const timeline = visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)
    expect(timeline).toContain('Konselor diganti')
    expect(timeline).toContain('Beban kasus konselor pertama penuh.')
    expect((await cast.counselorClient.get(`/cases/${caseId}`)).status).toBe(404)
  })

  test('assigning to someone who is not a counselor is refused', async () => {
    const cast = await caseCast(app)
    const caseId = await requestCaseAs(cast.memberClient)
    const page = await cast.intakeClient.post('/cases/intake', { caseId, counselorId: cast.intake.id, reason: '' })
    expect(page.status).toBe(400)
    expect(await caseStatus(app, caseId)).toBe('new')
  })

  test('the states move new → assigned → active → referred → closed, invalid moves are refused, and the member may reopen within the window', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'message', body: 'Halo, saya konselor Anda.' })
    expect(await caseStatus(app, caseId)).toBe('active')
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: 'psychologist', reason: 'Perlu asesmen psikolog.' })).status).toBe(302)
    expect(await caseStatus(app, caseId)).toBe('referred')
    const referAgain = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: 'clinic', reason: 'Lagi.' })
    expect(referAgain.status).toBe(409)
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'referred_out', summary: 'Dilanjutkan ke psikolog.' })).status).toBe(302)
    expect(await caseStatus(app, caseId)).toBe('closed')
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved' })).status).toBe(404)
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'reopen', reason: 'Saya butuh bantuan lagi.' })).status).toBe(302)
    expect(await caseStatus(app, caseId)).toBe('active')
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved' })
    await app.db.updateTable('cases').set({ closed_at: sql<Date>`now() - interval '31 days'` }).where('id', '=', caseId).execute()
    const late = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'reopen', reason: '' })
    expect(late.status).toBe(409)
    const kinds = await app.db.selectFrom('case_events').select(['kind', 'from_status', 'to_status']).where('case_id', '=', caseId).orderBy('id').execute()
    expect(kinds.map((k) => `${k.kind}:${k.from_status ?? ''}>${k.to_status ?? ''}`)).toEqual([
      'opened_request:>new',
      'assign:new>assigned',
      'start:assigned>active',
      'refer:active>referred',
      'close:referred>closed',
      'reopen:closed>active',
      'close:active>closed',
    ])
  })

  test('performance counseling closes only with a follow-up', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast, { type: 'performance' })
    const without = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', summary: 'Ringkasan yang tidak boleh hilang.' })
    expect(without.status).toBe(400)
    expect(without.html).toMatch(/id="close-followUp-error"[^>]*>.*Pilih tindak lanjut untuk Konseling Kinerja\./)
    expect(without.html).toContain('Ringkasan yang tidak boleh hilang.')
    const withFollowUp = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved', followUp: 'training', summary: '' })
    expect(withFollowUp.status).toBe(302)
    const member = visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)
    expect(member).toContain('Tindak lanjut: Pelatihan')
  })

  test('a crisis case alerts every on-duty counselor at once; an on-duty counselor may take it', async () => {
    const cast = await caseCast(app)
    const onDuty = await createMember(app.db, { roles: ['counselor'] })
    const onDutyClient = await loginAs(app, onDuty)
    expect((await onDutyClient.post('/cases', { intent: 'duty', onDuty: 'on' })).status).toBe(302)
    expect(visibleText((await onDutyClient.get('/cases')).html)).toContain('Anda sedang bertugas')
    const caseId = await requestCaseAs(cast.memberClient, { urgency: 'crisis' })
    expect(await notificationsOf(onDuty.id)).toEqual([{ kind: 'case_crisis', detail: caseId, count: 1 }])
    // Off duty: not alerted (others on duty are).
    expect((await notificationsOf(cast.counselor.id)).filter((n) => n.kind === 'case_crisis')).toEqual([])
    const bell = visibleText((await onDutyClient.get('/me/notifications')).html)
    expect(bell).toContain('Ada hal mendesak yang menunggu Anda di Teduh.')
    // Nobody took it within the window: the alert goes out again, now to intake as well.
    const { alertStaleCrisisCases } = await import('~/services/cases/alerts.server')
    expect(await alertStaleCrisisCases(app.db)).toBe(0)
    await app.db.updateTable('cases').set({ alerted_at: sql<Date>`now() - interval '16 minutes'` }).where('id', '=', caseId).execute()
    expect(await alertStaleCrisisCases(app.db)).toBe(1)
    expect(await notificationsOf(cast.intake.id)).toEqual([{ kind: 'case_crisis', detail: caseId, count: 1 }])
    expect(await notificationsOf(onDuty.id)).toEqual([{ kind: 'case_crisis', detail: caseId, count: 2 }])
    const list = visibleText((await onDutyClient.get('/cases')).html)
    expect(list).toContain(`Ambil kasus #${caseId}`)
    expect((await cast.counselorClient.post('/cases', { intent: 'claim', caseId })).location).toBe('/cases')
    expect((await onDutyClient.post('/cases', { intent: 'claim', caseId })).location).toBe(`/cases/${caseId}`)
    const row = await app.db.selectFrom('cases').select(['status', 'counselor_id']).where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'assigned', counselor_id: onDuty.id })
    await onDutyClient.post('/cases', { intent: 'duty' })
  })
})

describe('the conversation', () => {
  test('member and counselor exchange messages with read receipts; the counselor sees the pseudonym until identity is revealed', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'message', body: 'Saya sulit tidur karena tekanan kerja.' })).status).toBe(302)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).toMatch(/Anda · [^·]+ · Terkirim Saya sulit tidur/)
    const counselorView = visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)
    expect(counselorView).toContain('Saya sulit tidur karena tekanan kerja.')
    expect(counselorView).toContain(cast.member.pseudonym)
    expect(counselorView).toContain('identitas tidak dibagikan')
    expect(counselorView).not.toContain(cast.member.email)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).toMatch(/Anda · [^·]+ · Dibaca Saya sulit tidur/)
    const revealWithoutConsent = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'reveal', details: 'Budi, Biro Umum' })
    expect(revealWithoutConsent.status).toBe(400)
    expect(visibleText(revealWithoutConsent.html)).toContain('Centang persetujuan')
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'reveal', details: 'Budi, Biro Umum', confirm: 'on' })).status).toBe(302)
    const revealed = visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)
    expect(revealed).toContain(cast.member.email)
    expect(revealed).toContain('Budi, Biro Umum')
    const consent = await app.db.selectFrom('consents').select(['kind', 'version']).where('user_id', '=', cast.member.id).execute()
    expect(consent).toContainEqual({ kind: 'case_identity_reveal', version: `case-${caseId}` })
  })

  test('an empty message is refused next to the field; a double-submitted one is stored once', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const empty = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'message', body: '   ' })
    expect(empty.status).toBe(400)
    expect(empty.html).toMatch(/id="message-body-error"[^>]*>.*Wajib diisi/)
    const fields = { intent: 'message', body: 'Pesan sekali saja.', idempotencyKey: 'message-key-0001' }
    await cast.memberClient.post(`/cases/${caseId}`, fields)
    await cast.memberClient.post(`/cases/${caseId}`, fields)
    expect(await app.db.selectFrom('case_messages').select('id').where('case_id', '=', caseId).execute()).toHaveLength(1)
  })

  test('an empty note, a referral without a destination and an unknown time zone are refused with translated errors', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    const note = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'note', body: '' })
    expect(note.status).toBe(400)
    expect(note.html).toMatch(/id="note-body-error"[^>]*>.*Wajib diisi/)
    const refer = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: '', reason: 'Alasan yang tetap tertulis.' })
    expect(refer.status).toBe(400)
    expect(refer.html).toMatch(/id="refer-kind-error"[^>]*>.*Wajib diisi/)
    expect(refer.html).toContain('Alasan yang tetap tertulis.')
    expect(await caseStatus(app, caseId)).toBe('assigned')
    const zone = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'timezone', timeZone: 'Europe/London' })
    expect(zone.status).toBe(400)
    expect((await app.db.selectFrom('users').select('time_zone').where('id', '=', cast.member.id).executeTakeFirstOrThrow()).time_zone).toBe('Asia/Jakarta')
  })

  test('counselor notes stay with the counselor', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect((await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'note', body: 'Catatan klinis: gejala kelelahan kerja.' })).status).toBe(302)
    expect(visibleText((await cast.counselorClient.get(`/cases/${caseId}`)).html)).toContain('Catatan klinis: gejala kelelahan kerja.')
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).not.toContain('Catatan klinis')
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'note', body: 'Coba menulis catatan.' })).status).toBe(404)
  })
})

describe('sessions and reminders', () => {
  test('a session is proposed in the member’s time zone, accepted, and reminded once by the job queue', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'timezone', timeZone: 'Asia/Makassar' })).status).toBe(302)
    const noLink = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'video', startsAt: '2030-01-15T10:00', durationMinutes: '45', place: 'zoom' })
    expect(noLink.status).toBe(400)
    expect(visibleText(noLink.html)).toContain('Masukkan tautan video yang diawali https://.')
    expect(noLink.html).toContain('2030-01-15T10:00')
    const past = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'chat', startsAt: '2020-01-15T10:00', durationMinutes: '45', place: '' })
    expect(visibleText(past.html)).toContain('Pilih waktu yang akan datang.')
    const ok = await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'video', startsAt: '2030-01-15T10:00', durationMinutes: '45', place: 'https://vicon.contoh.go.id/r/123' })
    expect(ok.status).toBe(302)
    const session = await app.db.selectFrom('case_sessions').select(['id', 'starts_at', 'time_zone', 'status']).where('case_id', '=', caseId).executeTakeFirstOrThrow()
    expect(session.starts_at.toISOString()).toBe('2030-01-15T02:00:00.000Z')
    expect(session.time_zone).toBe('Asia/Makassar')
    const memberPage = visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)
    expect(memberPage).toContain('Selasa, 15 Januari 2030 pukul 10.00 WITA')
    expect(memberPage).toContain('https://vicon.contoh.go.id/r/123')
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId: session.id })).status).toBe(302)
    const reminders = () => app.db.selectFrom('jobs').select(['id', 'run_at', 'done_at']).where('dedupe_key', '=', `session-reminder:${session.id}`).execute()
    const [reminder] = await reminders()
    expect(reminder!.run_at.toISOString()).toBe('2030-01-15T01:00:00.000Z')
    // Rescheduling replaces the pending reminder; it never doubles.
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'reschedule', sessionId: session.id, mode: 'video', startsAt: '2030-01-16T10:00', durationMinutes: '45', place: 'https://vicon.contoh.go.id/r/123' })
    const pending = (await reminders()).filter((r) => !r.done_at)
    expect(pending).toHaveLength(1)
    expect(pending[0]!.run_at.toISOString()).toBe('2030-01-16T01:00:00.000Z')
    await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId: session.id })

    // Time passes: the reminder is due. Two workers race for it; it runs once.
    const { runDueJobs } = await import('~/lib/job-queue.server')
    const { jobHandlers } = await import('~/services/job-handlers.server')
    await app.db.updateTable('jobs').set({ run_at: sql<Date>`now() - interval '1 second'` }).where('dedupe_key', '=', `session-reminder:${session.id}`).where('done_at', 'is', null).execute()
    await app.db.updateTable('case_sessions').set({ starts_at: new Date('2030-01-16T02:00:00Z') }).where('id', '=', session.id).execute()
    await Promise.all([runDueJobs(app.db, jobHandlers), runDueJobs(app.db, jobHandlers)])
    const memberReminders = (await notificationsOf(cast.member.id)).filter((n) => n.kind === 'session_reminder')
    const counselorReminders = (await notificationsOf(cast.counselor.id)).filter((n) => n.kind === 'session_reminder')
    expect(memberReminders).toEqual([{ kind: 'session_reminder', detail: caseId, count: 1 }])
    expect(counselorReminders).toEqual([{ kind: 'session_reminder', detail: caseId, count: 1 }])
    expect(visibleText((await cast.memberClient.get('/me/notifications')).html)).toContain('Pengingat: Anda punya jadwal di Teduh sebentar lagi.')
  })

  test('a declined or cancelled session drops its reminder', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'in_person', startsAt: '2030-02-01T09:00', durationMinutes: '60', place: 'Ruang konseling lantai 2' })
    const session = await app.db.selectFrom('case_sessions').select('id').where('case_id', '=', caseId).executeTakeFirstOrThrow()
    const pending = () => app.db.selectFrom('jobs').select('id').where('dedupe_key', '=', `session-reminder:${session.id}`).where('done_at', 'is', null).execute()
    expect(await pending()).toHaveLength(1)
    await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_decline', sessionId: session.id })
    expect(await pending()).toHaveLength(0)
    const again = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'session_accept', sessionId: session.id })
    expect(again.status).toBe(409)
  })
})

describe('feedback, access log and encryption', () => {
  test('after closure the member rates the support once', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).not.toContain('Seberapa puas Anda')
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'resolved' })
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).toContain('Seberapa puas Anda dengan pendampingan ini?')
    const missing = await cast.memberClient.post(`/cases/${caseId}`, { intent: 'feedback', comment: 'Komentar tanpa nilai.' })
    expect(missing.status).toBe(400)
    expect(missing.html).toContain('Komentar tanpa nilai.')
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'feedback', rating: '4', comment: 'Sangat membantu.' })).status).toBe(302)
    expect(visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)).toContain('Terima kasih atas penilaian Anda (4 dari 5).')
    expect((await cast.memberClient.post(`/cases/${caseId}`, { intent: 'feedback', rating: '5' })).status).toBe(409)
    expect(await app.db.selectFrom('case_feedback').select('rating').where('case_id', '=', caseId).execute()).toEqual([{ rating: 4 }])
  })

  test('every staff read is in the access log the member sees', async () => {
    const cast = await caseCast(app)
    const moderator = await createMember(app.db, { roles: ['moderator'] })
    const moderatorClient = await loginAs(app, moderator)
    const { caseId } = await escalatedCase(app, moderatorClient, cast.member)
    await assignAs(cast.intakeClient, caseId, cast.counselor.id)
    await cast.counselorClient.get(`/cases/${caseId}`)
    await cast.counselorClient.get(`/cases/${caseId}`)
    await moderatorClient.get(`/cases/${caseId}/status`)
    const log = visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)
    expect(log).toContain(`${cast.counselor.pseudonym} (konselor) isi kasus 2`)
    expect(log).toContain(`${moderator.pseudonym} (moderator) status saja`)
    expect(log).toContain(`${cast.intake.pseudonym} (petugas penerimaan) data antrean (penugasan) 1`)
  })

  test('messages, notes, reasons, places and comments are stored as AES-256-GCM ciphertext, never as plaintext', async () => {
    const cast = await caseCast(app)
    const moderatorClient = await loginAs(app, await createMember(app.db, { roles: ['moderator'] }))
    const { caseId } = await escalatedCase(app, moderatorClient, cast.member)
    await assignAs(cast.intakeClient, caseId, cast.counselor.id, '')
    const secrets = ['RahasiaPesanAnggota', 'RahasiaCatatanKonselor', 'RahasiaTempatSesi', 'RahasiaAlasanRujukan', 'RahasiaRingkasanTutup', 'RahasiaKomentarSurvei', 'RahasiaKeteranganIdentitas']
    await cast.memberClient.post(`/cases/${caseId}`, { intent: 'message', body: `Pesan ${secrets[0]}` })
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'note', body: `Catatan ${secrets[1]}` })
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'schedule', mode: 'in_person', startsAt: '2030-03-01T09:00', durationMinutes: '60', place: `Ruang ${secrets[2]}` })
    await cast.memberClient.post(`/cases/${caseId}`, { intent: 'reveal', details: secrets[6]!, confirm: 'on' })
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'refer', kind: 'clinic', reason: secrets[3]! })
    await cast.counselorClient.post(`/cases/${caseId}`, { intent: 'close', outcome: 'referred_out', summary: secrets[4]! })
    await cast.memberClient.post(`/cases/${caseId}`, { intent: 'feedback', rating: '5', comment: secrets[5]! })
    // Everything readable in the page…
    const counselorPage = (await cast.counselorClient.get(`/cases/${caseId}`)).status
    expect(counselorPage).toBe(200)
    // …and nothing readable in the rows, however they are dumped.
    const tables = ['cases', 'case_events', 'case_messages', 'case_notes', 'case_sessions', 'case_feedback', 'notifications', 'jobs', 'audit_log']
    for (const table of tables) {
      const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t`.execute(app.db)
      const dump = rows.map((r) => r.row).join('\n')
      for (const secret of [...secrets, 'Tanda kelelahan berat']) expect(dump, `${table} holds "${secret}"`).not.toContain(secret)
    }
    const message = await app.db.selectFrom('case_messages').select('body_enc').where('case_id', '=', caseId).executeTakeFirstOrThrow()
    expect(message.body_enc).toMatch(/^v1\.[A-Za-z0-9+/=]{16}\.[A-Za-z0-9+/=]{24}\.[A-Za-z0-9+/=]+$/)
  })
})

describe('admin sees counts, not cases', () => {
  test('the counts page suppresses small cells and shows no contents; the case itself is 404 for an admin', async () => {
    const cast = await caseCast(app)
    const caseId = await assignedCase(app, cast, { message: 'Isi yang admin tidak boleh baca.' })
    const admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    const counts = await admin.get('/admin/cases')
    expect(counts.status).toBe(200)
    const text = visibleText(counts.html)
    expect(text).toContain('Jumlah kasus konseling')
    expect(text).toMatch(/<5|\b\d{1,}\b/)
    expect(text).not.toContain('Isi yang admin tidak boleh baca.')
    expect(text).not.toContain(cast.member.pseudonym)
    expect((await admin.get(`/cases/${caseId}`)).status).toBe(404)
  })
})
