import { describe, expect, test } from 'vitest'
import { CASE_STATUSES, type CaseStatus } from '#db/schema'
import { nextCaseStatus, type CaseTransition } from '~/lib/case-flow'

const TRANSITIONS: CaseTransition[] = ['assign', 'reassign', 'start', 'refer', 'close', 'reopen', 'decline']

// The whole table: every state × every transition, so a change to the flow shows here.
const ALLOWED: Record<string, CaseStatus> = {
  'new:assign': 'assigned',
  'new:decline': 'declined',
  'assigned:reassign': 'assigned',
  'assigned:start': 'active',
  'assigned:refer': 'referred',
  'assigned:close': 'closed',
  'assigned:decline': 'declined',
  'active:reassign': 'active',
  'active:refer': 'referred',
  'active:close': 'closed',
  'referred:reassign': 'referred',
  'referred:close': 'closed',
  'closed:reopen': 'active',
}

describe('case states', () => {
  for (const status of CASE_STATUSES) {
    for (const transition of TRANSITIONS) {
      const expected = ALLOWED[`${status}:${transition}`] ?? null
      test(`${transition} from ${status} ${expected ? `→ ${expected}` : 'is refused'}`, () => {
        expect(nextCaseStatus(status, transition)).toBe(expected)
      })
    }
  }

  test('a reopened case without a counselor goes back to intake', () => {
    expect(nextCaseStatus('closed', 'reopen', false)).toBe('new')
  })

  test('a declined case is final', () => {
    expect(TRANSITIONS.map((t) => nextCaseStatus('declined', t))).toEqual(TRANSITIONS.map(() => null))
  })
})
