import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { canEndSession, canGrantRoles, canManageOwnAccount, canModerate, canViewAdminArea, hasRole, isSuspended, visibleRoles, type Actor } from '~/policies'

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
    expect(canEndSession(who, { userId: 'someone-else' })).toBe(false)
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
