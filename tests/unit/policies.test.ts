import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import {
  canAcceptAnswer,
  canApplyAsExpert,
  canEndSession,
  canGrantRoles,
  canManageOwnAccount,
  canModerate,
  canRatePost,
  canReviewExperts,
  canViewAdminArea,
  hasRole,
  isSuspended,
  ratingCounts,
  visibleRoles,
  type Actor,
} from '~/policies'

const actor = (roles: Role[], id = 'u1'): Actor => ({ id, pseudonym: 'RusaBiru', roles: ['member', ...roles], suspendedUntil: null, createdAt: new Date('2026-01-01'), reputation: 0 })
const everyone: [string, Actor | null][] = [
  ['visitor', null],
  ['member', actor([])],
  ['expert', actor(['expert'])],
  ['counselor', actor(['counselor'])],
  ['moderator', actor(['moderator'])],
  ['admin', actor(['admin'])],
]

describe('policies for every role', () => {
  test.each(everyone)('%s: own account pages only for the owner', (_, who) => {
    expect(canManageOwnAccount(who, 'u1')).toBe(!!who)
    expect(canManageOwnAccount(who, 'someone-else')).toBe(false)
    expect(canEndSession(who, { id: 's2', userId: 'someone-else' }, 's1')).toBe(false)
    // One's own other device, yes; the session one is using ends by logging out instead.
    if (who) expect(canEndSession(who, { id: 's2', userId: who.id }, 's1')).toBe(true)
    if (who) expect(canEndSession(who, { id: 's1', userId: who.id }, 's1')).toBe(false)
  })

  test.each(everyone)('%s: role grants and the admin area are for admins only', (name, who) => {
    expect(canGrantRoles(who)).toBe(name === 'admin')
    expect(canViewAdminArea(who)).toBe(name === 'admin')
  })

  test.each(everyone)('%s: moderation is for moderators and admins', (name, who) => {
    expect(canModerate(who)).toBe(name === 'moderator' || name === 'admin')
  })
})

test('roles are a set: one account can hold several', () => {
  const both = actor(['counselor', 'moderator'])
  expect(hasRole(both, 'counselor') && hasRole(both, 'moderator')).toBe(true)
  expect(hasRole(both, 'admin')).toBe(false)
  expect(visibleRoles(both)).toEqual(['counselor', 'moderator'])
})

test('a suspension lasts until its end', () => {
  const now = new Date('2026-11-25T10:00:00Z')
  expect(isSuspended({ ...actor([]), suspendedUntil: new Date('2026-11-26T00:00:00Z') }, now)).toBe(true)
  expect(isSuspended({ ...actor([]), suspendedUntil: new Date('2026-11-24T00:00:00Z') }, now)).toBe(false)
  expect(isSuspended(actor([]), now)).toBe(false)
})

describe('ratings and acceptance for every role', () => {
  const post = { authorId: 'author', deletedAt: null, hiddenAt: null, isOpening: false }
  const thread = { authorId: 'asker', lockedAt: null, deletedAt: null, hiddenAt: null, categoryStaffOnly: false }
  test.each(everyone)('%s: may rate an answer by someone else, never their own or a question', (_, who) => {
    expect(canRatePost(who, post, thread)).toBe(!!who)
    if (who) expect(canRatePost(who, { ...post, authorId: who.id }, thread)).toBe(false)
    expect(canRatePost(who, { ...post, isOpening: true }, thread)).toBe(false)
    expect(canRatePost(who, { ...post, deletedAt: new Date() }, thread)).toBe(false)
    expect(canRatePost(who, { ...post, hiddenAt: new Date() }, thread)).toBe(false)
    expect(canRatePost(who, post, { ...thread, hiddenAt: new Date() })).toBe(false)
    expect(canRatePost(who, post, { ...thread, deletedAt: new Date() })).toBe(false)
  })

  test.each(everyone)('%s: only the asker accepts, whatever other roles they hold', (_, who) => {
    expect(canAcceptAnswer(who, thread, post)).toBe(false)
    if (who) expect(canAcceptAnswer(who, { ...thread, authorId: who.id }, post)).toBe(true)
  })

  test.each(everyone)('%s: expert review is for admins only', (name, who) => {
    expect(canReviewExperts(who)).toBe(name === 'admin')
    expect(canApplyAsExpert(who)).toBe(!!who)
  })

  test('a suspended member can neither rate nor accept', () => {
    const suspended = { ...actor([]), suspendedUntil: new Date(Date.now() + 86_400_000) }
    expect(canRatePost(suspended, post, thread)).toBe(false)
    expect(canAcceptAnswer({ ...suspended, id: 'asker' }, thread, post)).toBe(false)
  })

  test('ratings count from accounts old or trusted enough, and not while suspended', () => {
    const rules = { minAccountDays: 3, minReputation: 10 }
    const now = new Date('2026-11-25T00:00:00Z')
    const day = 86_400_000
    expect(ratingCounts({ suspendedUntil: null, createdAt: new Date(now.getTime() - 4 * day), reputation: 0 }, rules, now)).toBe(true)
    expect(ratingCounts({ suspendedUntil: null, createdAt: new Date(now.getTime() - day), reputation: 0 }, rules, now)).toBe(false)
    expect(ratingCounts({ suspendedUntil: null, createdAt: new Date(now.getTime() - day), reputation: 12 }, rules, now)).toBe(true)
    expect(ratingCounts({ suspendedUntil: new Date(now.getTime() + day), createdAt: new Date(now.getTime() - 40 * day), reputation: 99 }, rules, now)).toBe(false)
  })
})
