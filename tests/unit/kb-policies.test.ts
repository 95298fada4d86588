import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { canChangeKbSettings, canCurateKbEntry, canTurnThreadIntoEntry, canViewKbReviewQueue, isKbEntryDue, type Actor } from '~/policies'

const actor = (roles: Role[], suspendedUntil: Date | null = null): Actor => ({ id: 'u1', pseudonym: 'RusaBiru', roles: ['member', ...roles], suspendedUntil, createdAt: new Date('2026-01-01'), reputation: 0 })
const CUTI = 3
const inCuti = { areas: [CUTI] }
const inDisiplin = { areas: [7] }
const thread = { categoryId: CUTI, hiddenAt: null, deletedAt: null, hasHoldingAnswer: true, hasEntry: false }

describe('knowledge-base policies', () => {
  test('an expert of the area and moderators curate an entry; nobody else', () => {
    expect(canCurateKbEntry(actor(['expert']), { categoryId: CUTI }, inCuti)).toBe(true)
    expect(canCurateKbEntry(actor(['expert']), { categoryId: CUTI }, inDisiplin)).toBe(false)
    expect(canCurateKbEntry(actor(['moderator']), { categoryId: CUTI }, null)).toBe(true)
    expect(canCurateKbEntry(actor(['admin']), { categoryId: CUTI }, null)).toBe(true)
    expect(canCurateKbEntry(actor([]), { categoryId: CUTI }, null)).toBe(false)
    expect(canCurateKbEntry(null, { categoryId: CUTI }, inCuti)).toBe(false)
    // The expert role alone is not a badge in force.
    expect(canCurateKbEntry(actor(['expert']), { categoryId: CUTI }, null)).toBe(false)
    expect(canCurateKbEntry(actor(['expert'], new Date(Date.now() + 86_400_000)), { categoryId: CUTI }, inCuti)).toBe(false)
  })

  test('a thread becomes an entry once, while visible and only if an accepted or expert answer holds', () => {
    const expert = actor(['expert'])
    expect(canTurnThreadIntoEntry(expert, thread, inCuti)).toBe(true)
    expect(canTurnThreadIntoEntry(expert, { ...thread, hasHoldingAnswer: false }, inCuti)).toBe(false)
    expect(canTurnThreadIntoEntry(expert, { ...thread, hasEntry: true }, inCuti)).toBe(false)
    expect(canTurnThreadIntoEntry(expert, { ...thread, hiddenAt: new Date() }, inCuti)).toBe(false)
    expect(canTurnThreadIntoEntry(actor(['moderator']), { ...thread, deletedAt: new Date() }, null)).toBe(false)
  })

  test('the review queue is for experts with a badge in force and moderators; settings for admins', () => {
    expect(canViewKbReviewQueue(actor(['expert']), inDisiplin)).toBe(true)
    expect(canViewKbReviewQueue(actor(['expert']), { areas: [] })).toBe(false)
    expect(canViewKbReviewQueue(actor(['moderator']), null)).toBe(true)
    expect(canViewKbReviewQueue(actor([]), null)).toBe(false)
    expect(canChangeKbSettings(actor(['admin']))).toBe(true)
    expect(canChangeKbSettings(actor(['moderator']))).toBe(false)
  })

  test('an entry is due on and after its review date', () => {
    const now = new Date('2027-01-01T00:00:00Z')
    expect(isKbEntryDue({ reviewDueAt: '2026-12-31T23:59:59Z' }, now)).toBe(true)
    expect(isKbEntryDue({ reviewDueAt: now }, now)).toBe(true)
    expect(isKbEntryDue({ reviewDueAt: '2027-01-01T00:00:01Z' }, now)).toBe(false)
  })
})
