import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import {
  canAssignCase,
  canClaimCase,
  canDeclineCase,
  canGiveCaseFeedback,
  canReadCase,
  canReopenCase,
  canSendCaseMessage,
  canViewCaseStatus,
  canWorkOnCase,
  type Actor,
  type CaseAccess,
} from '~/policies'

const person = (id: string, roles: Role[] = [], suspended = false): Actor => ({
  id,
  pseudonym: id,
  roles: ['member', ...roles],
  suspendedUntil: suspended ? new Date(Date.now() + 86_400_000) : null,
  createdAt: new Date('2026-01-01'),
  reputation: 0,
})
const theCase = (over: Partial<CaseAccess> = {}): CaseAccess => ({
  memberId: 'member',
  counselorId: 'counselor',
  openedBy: 'moderator',
  source: 'escalation',
  urgency: 'high',
  status: 'active',
  closedAt: null,
  ...over,
})

describe('who reads a case', () => {
  test('the member and the assigned counselor, and nobody else (not even an admin)', () => {
    expect(canReadCase(person('member'), theCase())).toBe(true)
    expect(canReadCase(person('counselor', ['counselor']), theCase())).toBe(true)
    for (const other of [person('x'), person('x', ['counselor']), person('x', ['intake']), person('moderator', ['moderator']), person('x', ['admin'])]) {
      expect(canReadCase(other, theCase())).toBe(false)
    }
    expect(canReadCase(null, theCase())).toBe(false)
  })

  test('a counselor whose role was taken away no longer reads the case assigned to them', () => {
    expect(canReadCase(person('counselor'), theCase())).toBe(false)
  })

  test('the escalating moderator sees the status only while still a moderator', () => {
    expect(canViewCaseStatus(person('moderator', ['moderator']), theCase())).toBe(true)
    expect(canViewCaseStatus(person('moderator'), theCase())).toBe(false)
    expect(canViewCaseStatus(person('other', ['moderator']), theCase())).toBe(false)
  })

  test('a suspended member still talks to their counselor', () => {
    expect(canSendCaseMessage(person('member', [], true), theCase())).toBe(true)
  })
})

describe('what each side may do', () => {
  test('only the assigned counselor works on an open case', () => {
    expect(canWorkOnCase(person('counselor', ['counselor']), theCase())).toBe(true)
    expect(canWorkOnCase(person('counselor', ['counselor']), theCase({ status: 'closed' }))).toBe(false)
    expect(canWorkOnCase(person('member'), theCase())).toBe(false)
  })

  test('a member declines a case, or withdraws their own request, only before it is under way', () => {
    expect(canDeclineCase(person('member'), theCase({ status: 'assigned' }))).toBe(true)
    expect(canDeclineCase(person('member'), theCase({ status: 'new', source: 'request' }))).toBe(true)
    expect(canDeclineCase(person('member'), theCase({ status: 'active' }))).toBe(false)
    expect(canDeclineCase(person('counselor', ['counselor']), theCase({ status: 'assigned' }))).toBe(false)
  })

  test('reopening is possible only within the window after closure', () => {
    const now = new Date('2026-06-30T00:00:00Z')
    expect(canReopenCase(person('member'), theCase({ status: 'closed', closedAt: '2026-06-01T00:00:00Z' }), 30, now)).toBe(true)
    expect(canReopenCase(person('member'), theCase({ status: 'closed', closedAt: '2026-05-01T00:00:00Z' }), 30, now)).toBe(false)
    expect(canReopenCase(person('counselor', ['counselor']), theCase({ status: 'closed', closedAt: '2026-06-20T00:00:00Z' }), 30, now)).toBe(false)
  })

  test('feedback once, after closure, by the member', () => {
    expect(canGiveCaseFeedback(person('member'), theCase({ status: 'closed' }), false)).toBe(true)
    expect(canGiveCaseFeedback(person('member'), theCase({ status: 'closed' }), true)).toBe(false)
    expect(canGiveCaseFeedback(person('member'), theCase({ status: 'active' }), false)).toBe(false)
  })

  test('only an on-duty counselor takes an unassigned crisis case', () => {
    const crisis = theCase({ status: 'new', urgency: 'crisis', counselorId: null })
    expect(canClaimCase(person('c', ['counselor']), crisis, true)).toBe(true)
    expect(canClaimCase(person('c', ['counselor']), crisis, false)).toBe(false)
    expect(canClaimCase(person('c', ['counselor']), { ...crisis, urgency: 'high' }, true)).toBe(false)
    expect(canClaimCase(person('c', ['intake']), crisis, true)).toBe(false)
  })
})

describe('assignment', () => {
  test('intake and admins assign open cases only; nobody assigns a closed or declined one', () => {
    for (const who of [person('in', ['intake']), person('adm', ['admin'])]) {
      for (const status of ['new', 'assigned', 'active', 'referred'] as const) expect(canAssignCase(who, theCase({ status }))).toBe(true)
      for (const status of ['closed', 'declined'] as const) expect(canAssignCase(who, theCase({ status }))).toBe(false)
    }
    for (const who of [person('member'), person('counselor', ['counselor']), person('moderator', ['moderator']), person('hr', ['hr']), null]) {
      expect(canAssignCase(who, theCase({ status: 'new' }))).toBe(false)
    }
  })
})
