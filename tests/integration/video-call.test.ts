import { createHmac, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { assignedCase, caseCast, type CaseCast } from '../fixtures/cases'
import { Client, visibleText } from '../fixtures/client'
import { createMember, loginAs } from '../fixtures/factories'

// The video call of a session: only its two people, only around its time, and the signals
// between them pass through the server without being kept anywhere.
let app: TestApp
let cast: CaseCast
let caseId = ''

beforeAll(async () => {
  app = await startTestApp()
  cast = await caseCast(app)
  caseId = await assignedCase(app, cast)
}, 60_000)
afterAll(() => app?.close())
afterEach(() => {
  for (const name of ['CALL_OPENS_MINUTES_BEFORE', 'CALL_CLOSES_MINUTES_AFTER', 'TURN_URL', 'TURN_SECRET', 'STUN_URL']) delete process.env[name]
})

/** A video session the counselor proposes and the member accepts, then moved to start `offsetMinutes` from now. */
async function videoSession(c: CaseCast, onCase: string, offsetMinutes: number, options: { accept?: boolean; mode?: string; duration?: number } = {}) {
  const page = await c.counselorClient.post(`/cases/${onCase}`, {
    intent: 'schedule',
    mode: options.mode ?? 'video',
    startsAt: '2031-03-03T10:00',
    durationMinutes: String(options.duration ?? 60),
    place: options.mode === 'in_person' ? 'Ruang 2' : '',
  })
  expect(page.status, visibleText(page.html).slice(0, 300)).toBe(302)
  const { id } = await app.db.selectFrom('case_sessions').select('id').where('case_id', '=', onCase).orderBy('id', 'desc').executeTakeFirstOrThrow()
  if (options.accept ?? true) expect((await c.memberClient.post(`/cases/${onCase}`, { intent: 'session_accept', sessionId: id })).status).toBe(302)
  await moveSession(id, offsetMinutes)
  return id
}

async function moveSession(sessionId: string, offsetMinutes: number) {
  await app.db
    .updateTable('case_sessions')
    .set({ starts_at: new Date(Date.now() + offsetMinutes * 60_000) })
    .where('id', '=', sessionId)
    .execute()
}

const callPath = (onCase: string, sessionId: string) => `/cases/${onCase}/sessions/${sessionId}/call`
const signalPath = (onCase: string, sessionId: string) => `/events/call/${onCase}/${sessionId}`

interface Stream {
  status: number
  messages: { event: string; data: string }[]
  ended: () => boolean
  close(): void
}

/** Opens an SSE stream as `client` and collects its messages until closed. */
async function openStream(client: Client, path: string): Promise<Stream> {
  const controller = new AbortController()
  const headers = new Headers({ Host: 'localhost' })
  if (client.cookies.size) headers.set('Cookie', [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
  const response = await app.fetch(new Request(`http://localhost${path}`, { headers, signal: controller.signal }), client.ip)
  const messages: Stream['messages'] = []
  let ended = false
  if (response.status === 200 && response.body) {
    const reader = response.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) {
            ended = true
            break
          }
          buffer += decoder.decode(value, { stream: true })
          let end
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const chunk = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            messages.push({ event: /^event: (.*)$/m.exec(chunk)?.[1] ?? '', data: /^data: (.*)$/m.exec(chunk)?.[1] ?? '' })
          }
        }
      } catch {
        // aborted
      }
    })()
    await expect.poll(() => messages.some((m) => m.event === 'ready')).toBe(true)
  } else {
    await response.body?.cancel().catch(() => {})
  }
  return { status: response.status, messages, ended: () => ended, close: () => controller.abort() }
}

const signals = (stream: Stream) => stream.messages.filter((m) => m.event === 'signal').map((m) => JSON.parse(m.data) as { kind: string; data: string })

describe('who reaches the call', () => {
  let sessionId = ''
  const others = new Map<string, Client>()
  beforeAll(async () => {
    sessionId = await videoSession(cast, caseId, 5)
    const make = async (name: string, roles: ('counselor' | 'intake' | 'moderator' | 'admin' | 'hr')[]) => others.set(name, await loginAs(app, await createMember(app.db, { roles })))
    await make('another member', [])
    await make('another counselor', ['counselor'])
    await make('a moderator', ['moderator'])
    await make('an admin', ['admin'])
    await make('an HR official', ['hr'])
    others.set('the intake officer', cast.intakeClient)
    others.set('a visitor', new Client(app))
  })

  test('the member and the counselor get the call page, with a start button once JavaScript runs and the chat as fallback', async () => {
    for (const client of [cast.memberClient, cast.counselorClient]) {
      const page = await client.get(callPath(caseId, sessionId))
      expect(page.status).toBe(200)
      const text = visibleText(page.html)
      expect(text).toContain('Tidak ada yang direkam atau disimpan.')
      expect(text).toContain('Panggilan video memerlukan JavaScript')
      expect(page.html).toContain(`href="/cases/${caseId}#chat"`)
      expect(page.response.headers.get('Cache-Control')).toContain('no-store')
    }
  })

  test('the counselor’s opening of the call page is in the member’s access log, in words', async () => {
    expect((await cast.counselorClient.get(callPath(caseId, sessionId))).status).toBe(200)
    const page = visibleText((await cast.memberClient.get(`/cases/${caseId}`)).html)
    expect(page).toContain('halaman panggilan video')
    expect(page).not.toContain('cases.access_')
  })

  test('the case page shows both of them the join button', async () => {
    for (const client of [cast.memberClient, cast.counselorClient]) {
      const page = await client.get(`/cases/${caseId}`)
      expect(page.html).toContain(`href="${callPath(caseId, sessionId)}"`)
      expect(visibleText(page.html)).toContain('Gabung panggilan video')
    }
  })

  test.each(['another member', 'another counselor', 'a moderator', 'an admin', 'an HR official', 'the intake officer', 'a visitor'])('%s gets 404 from the page, the stream and the signal post', async (name) => {
    const client = others.get(name)!
    expect((await client.get(callPath(caseId, sessionId))).status).toBe(404)
    const stream = await openStream(client, signalPath(caseId, sessionId))
    stream.close()
    expect(stream.status).toBe(404)
    expect((await client.post(signalPath(caseId, sessionId), { kind: 'offer', data: 'v=0' })).status).toBe(404)
  })

  test('a call page for a session number that is not this case’s, or no number at all, is 404 for the participants too', async () => {
    expect((await cast.memberClient.get(callPath(caseId, '999999'))).status).toBe(404)
    expect((await cast.memberClient.get(`/cases/${caseId}/sessions/abc/call`)).status).toBe(404)
  })
})

describe('signalling', () => {
  let sessionId = ''
  beforeAll(async () => {
    sessionId = await videoSession(cast, caseId, 0)
  })

  test('a signal reaches the other person only, and a third party can neither inject nor read one', async () => {
    const counselorStream = await openStream(cast.counselorClient, signalPath(caseId, sessionId))
    const memberStream = await openStream(cast.memberClient, signalPath(caseId, sessionId))
    expect([counselorStream.status, memberStream.status]).toEqual([200, 200])
    // Staff with every other role, and a member with a video session of their own.
    const intruder = await loginAs(app, await createMember(app.db, { roles: ['counselor', 'moderator', 'admin', 'intake'] }))
    const otherCast = await caseCast(app)
    const otherCase = await assignedCase(app, otherCast)
    const otherSession = await videoSession(otherCast, otherCase, 0)
    const eavesdrop = await openStream(intruder, signalPath(caseId, sessionId))
    expect(eavesdrop.status).toBe(404)
    expect((await intruder.post(signalPath(caseId, sessionId), { kind: 'offer', data: 'v=0 from the intruder' })).status).toBe(404)
    // Their own session's id under this case, and this session's id under their case: neither exists.
    expect((await otherCast.memberClient.post(signalPath(caseId, otherSession), { kind: 'offer', data: 'v=0 crossed' })).status).toBe(404)
    expect((await otherCast.memberClient.post(signalPath(otherCase, sessionId), { kind: 'offer', data: 'v=0 crossed' })).status).toBe(404)
    const otherStream = await openStream(otherCast.counselorClient, signalPath(otherCase, otherSession))

    const sdp = `v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\na=marker:${'x'.repeat(3000)}\r\n`
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'offer', data: JSON.stringify({ gen: 1, sdp }) })).status).toBe(204)
    expect((await cast.counselorClient.post(signalPath(caseId, sessionId), { kind: 'answer', data: 'answer-from-counselor' })).status).toBe(204)
    await expect.poll(() => signals(counselorStream).length).toBe(1)
    await expect.poll(() => signals(memberStream).length).toBe(1)
    expect(signals(counselorStream)[0]).toEqual({ kind: 'offer', data: JSON.stringify({ gen: 1, sdp }) })
    expect(signals(memberStream)[0]).toEqual({ kind: 'answer', data: 'answer-from-counselor' })
    // The other case's call heard nothing of it, and nothing of the intruder's attempts arrived anywhere.
    expect(signals(otherStream)).toEqual([])
    for (const s of [counselorStream, memberStream, otherStream]) s.close()
  })

  test('a signal is never stored: no table holds any part of it afterwards', async () => {
    const marker = `teduh-signal-marker-${Date.now()}`
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'ice', data: JSON.stringify({ gen: 1, candidate: { candidate: marker } }) })).status).toBe(204)
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(app.db)
    expect(tables.rows.length).toBeGreaterThan(10)
    for (const { table_name } of tables.rows) {
      const rows = await sql<{ j: string }>`select row_to_json(t)::text as j from ${sql.table(table_name)} t`.execute(app.db)
      expect(rows.rows.some((r) => r.j.includes(marker)), table_name).toBe(false)
    }
  })

  test('unknown kinds and oversized signals are refused', async () => {
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'recording', data: '' })).status).toBe(400)
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'offer', data: 'x'.repeat(16_001) })).status).toBe(400)
    // Random text does not deflate below the event bus's limit either.
    const noise = randomBytes(11_000).toString('base64')
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'offer', data: noise })).status).toBe(400)
  })

  test('a signal without the CSRF token is refused', async () => {
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'join' }, { csrf: null })).status).toBe(403)
  })
})

describe('the time window', () => {
  test('15 minutes before the start the call opens; 20 minutes before it says when it will', async () => {
    const sessionId = await videoSession(cast, caseId, 20)
    let page = await cast.memberClient.get(callPath(caseId, sessionId))
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('Panggilan belum dibuka. Panggilan dibuka pukul')
    expect(visibleText(page.html)).not.toContain('Panggilan video memerlukan JavaScript')
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(404)
    const early = await openStream(cast.counselorClient, signalPath(caseId, sessionId))
    early.close()
    expect(early.status).toBe(404)
    const casePage = await cast.memberClient.get(`/cases/${caseId}`)
    expect(casePage.html).not.toContain(`href="${callPath(caseId, sessionId)}"`)

    await moveSession(sessionId, 14)
    page = await cast.memberClient.get(callPath(caseId, sessionId))
    expect(visibleText(page.html)).toContain('Panggilan video memerlukan JavaScript')
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(204)
    expect((await cast.memberClient.get(`/cases/${caseId}`)).html).toContain(`href="${callPath(caseId, sessionId)}"`)
  })

  test('it stays open until 30 minutes after the planned end, then closes', async () => {
    const sessionId = await videoSession(cast, caseId, -(45 + 29), { duration: 45 })
    expect((await cast.counselorClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(204)
    await moveSession(sessionId, -(45 + 31))
    const page = await cast.counselorClient.get(callPath(caseId, sessionId))
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('Waktu panggilan untuk sesi ini sudah lewat.')
    expect((await cast.counselorClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(404)
  })

  test('an open signal stream ends when the window closes', async () => {
    const sessionId = await videoSession(cast, caseId, 0, { duration: 15 })
    // The window (15 minutes + 30 after) closes three seconds from now.
    await app.db
      .updateTable('case_sessions')
      .set({ starts_at: new Date(Date.now() - 45 * 60_000 + 3_000) })
      .where('id', '=', sessionId)
      .execute()
    const stream = await openStream(cast.memberClient, signalPath(caseId, sessionId))
    expect(stream.status).toBe(200)
    expect(stream.ended()).toBe(false)
    await expect.poll(() => stream.ended(), { timeout: 10_000 }).toBe(true)
    const again = await openStream(cast.memberClient, signalPath(caseId, sessionId))
    again.close()
    expect(again.status).toBe(404)
  })

  test('the window is configurable', async () => {
    const sessionId = await videoSession(cast, caseId, 25)
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(404)
    process.env.CALL_OPENS_MINUTES_BEFORE = '30'
    expect((await cast.memberClient.post(signalPath(caseId, sessionId), { kind: 'join' })).status).toBe(204)
  })

  test('a proposal not yet accepted, a declined or cancelled session, a phone session and a closed case have no call', async () => {
    const c = await caseCast(app)
    const onCase = await assignedCase(app, c)
    const proposed = await videoSession(c, onCase, 0, { accept: false })
    const phone = await videoSession(c, onCase, 0, { mode: 'phone' })
    const declined = await videoSession(c, onCase, 0, { accept: false })
    expect((await c.memberClient.post(`/cases/${onCase}`, { intent: 'session_decline', sessionId: declined })).status).toBe(302)
    const cancelled = await videoSession(c, onCase, 0)
    expect((await c.counselorClient.post(`/cases/${onCase}`, { intent: 'session_cancel', sessionId: cancelled })).status).toBe(302)
    const live = await videoSession(c, onCase, 0)
    for (const id of [proposed, phone, declined, cancelled]) {
      expect((await c.memberClient.get(callPath(onCase, id))).status, id).toBe(404)
      expect((await c.counselorClient.get(callPath(onCase, id))).status, id).toBe(404)
    }
    expect((await c.memberClient.get(callPath(onCase, live))).status).toBe(200)
    // Closing (confirmed) cancels the live one too; a closed case has no call at all.
    expect((await c.counselorClient.post(`/cases/${onCase}`, { intent: 'close', outcome: 'resolved', summary: '', cancelSessions: 'yes' })).status).toBe(302)
    expect((await c.memberClient.get(callPath(onCase, live))).status).toBe(404)
    expect((await c.memberClient.post(signalPath(onCase, live), { kind: 'join' })).status).toBe(404)
  })
})

describe('STUN and TURN', () => {
  test('with TURN_URL and TURN_SECRET the page hands out short-lived credentials (TURN REST API), only while the call is open', async () => {
    process.env.TURN_URL = 'turn:turn.teduh.example:3478?transport=udp,turns:turn.teduh.example:5349'
    process.env.TURN_SECRET = 'rahasia-coturn'
    process.env.STUN_URL = 'stun:turn.teduh.example:3478'
    const sessionId = await videoSession(cast, caseId, 0)
    const before = Math.floor(Date.now() / 1000)
    const page = await cast.memberClient.get(callPath(caseId, sessionId))
    expect(page.html).toContain('turns:turn.teduh.example:5349')
    expect(page.html).toContain('stun:turn.teduh.example:3478')
    const username = new RegExp(`(\\d{10}):${cast.member.id}`).exec(page.html)
    expect(username).not.toBeNull()
    const expiry = Number(username![1])
    expect(expiry).toBeGreaterThanOrEqual(before + 3600)
    expect(expiry).toBeLessThanOrEqual(before + 3600 + 60)
    const credential = createHmac('sha1', 'rahasia-coturn').update(`${expiry}:${cast.member.id}`).digest('base64')
    expect(page.html).toContain(credential)
    expect(page.html).not.toContain('rahasia-coturn')

    const later = await videoSession(cast, caseId, 60)
    expect((await cast.memberClient.get(callPath(caseId, later))).html).not.toContain('turn.teduh.example')
  })
})
