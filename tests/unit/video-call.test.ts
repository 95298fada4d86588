import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { turnCredentials } from '~/lib/ice.server'
import { calendarFile, foldLine, icsText, icsUtc } from '~/lib/ics'
import { callWindow, canJoinCall, canSeeCall, type Actor, type CallSessionAccess, type CaseAccess } from '~/policies'

const person = (id: string, roles: Role[] = []): Actor => ({ id, pseudonym: id, roles: ['member', ...roles], suspendedUntil: null, createdAt: new Date('2026-01-01'), reputation: 0 })
const theCase = (over: Partial<CaseAccess> = {}): CaseAccess => ({
  memberId: 'member',
  counselorId: 'counselor',
  openedBy: null,
  source: 'request',
  urgency: 'normal',
  status: 'active',
  closedAt: null,
  ...over,
})
const start = new Date('2030-01-15T03:00:00Z')
const session = (over: Partial<CallSessionAccess> = {}): CallSessionAccess => ({ mode: 'video', status: 'accepted', startsAt: start, durationMinutes: 60, ...over })
const rule = { opensMinutesBefore: 15, closesMinutesAfter: 30 }
const at = (minutesFromStart: number) => new Date(start.getTime() + minutesFromStart * 60_000)

describe('who may join a session’s call, and when', () => {
  const member = person('member')
  const counselor = person('counselor', ['counselor'])

  test('its member and its assigned counselor only; other staff never', () => {
    expect(canSeeCall(member, theCase(), session())).toBe(true)
    expect(canSeeCall(counselor, theCase(), session())).toBe(true)
    for (const other of [person('x'), person('c2', ['counselor']), person('a', ['admin', 'moderator', 'intake', 'hr']), null]) expect(canSeeCall(other, theCase(), session())).toBe(false)
    // The assigned counselor id without the counselor role (the role was taken away): no.
    expect(canSeeCall(person('counselor'), theCase(), session())).toBe(false)
  })

  test('only a video session that is on, in an open case', () => {
    expect(canSeeCall(member, theCase(), session({ mode: 'phone' }))).toBe(false)
    for (const status of ['proposed', 'declined', 'cancelled'] as const) expect(canSeeCall(member, theCase(), session({ status }))).toBe(false)
    expect(canSeeCall(member, theCase(), session({ status: 'held' }))).toBe(true)
    expect(canSeeCall(member, theCase({ status: 'closed' }), session())).toBe(false)
    expect(canSeeCall(member, theCase({ status: 'referred' }), session())).toBe(true)
  })

  test('from 15 minutes before the start to 30 minutes after the planned end, edges included', () => {
    expect(callWindow(session(), rule)).toEqual({ opensAt: at(-15), closesAt: at(90) })
    expect(canJoinCall(member, theCase(), session(), rule, at(-16))).toBe(false)
    expect(canJoinCall(member, theCase(), session(), rule, at(-15))).toBe(true)
    expect(canJoinCall(counselor, theCase(), session(), rule, at(90))).toBe(true)
    expect(canJoinCall(counselor, theCase(), session(), rule, at(90.1))).toBe(false)
    expect(canJoinCall(member, theCase(), session(), { opensMinutesBefore: 0, closesMinutesAfter: 0 }, at(-1))).toBe(false)
    expect(canJoinCall(person('x'), theCase(), session(), rule, at(0))).toBe(false)
  })
})

describe('TURN REST API credentials', () => {
  test('username is expiry:user, credential is base64 HMAC-SHA1 of it (vector computed with Python’s hmac)', () => {
    expect(turnCredentials('north', 'u1', 3600, 1_700_000_000_000)).toEqual({ username: '1700003600:u1', credential: 'v/htRUiFiOnpNCbrnctUyh6uZAg=' })
  })
})

describe('calendar files (RFC 5545)', () => {
  const file = calendarFile({
    uid: 'session-7@teduh.example',
    sequence: 2,
    stamp: new Date('2030-01-10T08:09:10.123Z'),
    start,
    end: at(45),
    summary: 'Jadwal Teduh',
    description: 'Buka Teduh; lihat jadwal ini,\nhttps://teduh.example/cases/3#sessions',
    url: 'https://teduh.example/cases/3#sessions',
    status: 'CONFIRMED',
  })

  test('one VEVENT with UID, SEQUENCE, DTSTAMP and UTC times, CRLF line ends', () => {
    const lines = file.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('METHOD:PUBLISH')
    expect(lines).toContain('UID:session-7@teduh.example')
    expect(lines).toContain('SEQUENCE:2')
    expect(lines).toContain('DTSTAMP:20300110T080910Z')
    expect(lines).toContain('DTSTART:20300115T030000Z')
    expect(lines).toContain('DTEND:20300115T034500Z')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(file.replace(/\r\n/g, '')).not.toContain('\n')
  })

  test('text is escaped and long lines are folded at 75 octets without splitting a character', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne')
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const unfolded = file.replace(/\r\n /g, '')
    expect(unfolded).toContain('\r\nDESCRIPTION:Buka Teduh\\; lihat jadwal ini\\,\\nhttps://teduh.example/cases/3#sessions\r\n')
    expect(file).not.toContain('\r\nDESCRIPTION:Buka Teduh\\; lihat jadwal ini\\,\\nhttps://teduh.example/cases/3#sessions\r\n')
    const long = foldLine(`SUMMARY:${'é'.repeat(100)}`)
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(long.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`)
    expect(icsUtc(new Date('2030-12-31T23:59:59.999Z'))).toBe('20301231T235959Z')
  })
})
