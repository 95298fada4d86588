import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import {
  canDeletePost,
  canEditPost,
  canFlagPost,
  canPinThread,
  canReply,
  canStartThread,
  canViewPostHistory,
  canViewThread,
  isStaff,
  type Actor,
  type ThreadAccess,
} from '~/policies'

// The forum's write policies, for every role and every state a thread or post can be in:
// each line is one rule a person would notice if it broke.

const person = (roles: Role[], id = 'u1'): Actor => ({ id, pseudonym: 'RusaBiru', roles: ['member', ...roles], suspendedUntil: null, createdAt: new Date('2026-01-01'), reputation: 0 })
const suspended = (a: Actor): Actor => ({ ...a, suspendedUntil: new Date(Date.now() + 86_400_000) })
const when = new Date('2026-11-01')

const thread = (over: Partial<ThreadAccess> = {}): ThreadAccess => ({ authorId: 'asker', lockedAt: null, hiddenAt: null, deletedAt: null, categoryStaffOnly: false, ...over })
const post = (over: Partial<{ authorId: string; deletedAt: Date | null; hiddenAt: Date | null; isOpening: boolean }> = {}) => ({
  authorId: 'u1',
  deletedAt: null,
  hiddenAt: null,
  isOpening: false,
  ...over,
})

const member = person([])
const moderator = person(['moderator'], 'mod')
const admin = person(['admin'], 'adm')
const counselor = person(['counselor'], 'co')
const roles: [string, Actor | null, boolean][] = [
  ['visitor', null, false],
  ['member', member, false],
  ['expert', person(['expert'], 'ex'), false],
  ['counselor', counselor, false],
  ['intake', person(['intake'], 'in'), false],
  ['hr', person(['hr'], 'hr'), false],
  ['moderator', moderator, true],
  ['admin', admin, true],
]

describe('who sees a thread', () => {
  test.each(roles)('%s: a visible thread yes; a deleted one only staff; a hidden one staff and its author', (_, who, staff) => {
    expect(canViewThread(who, thread())).toBe(true)
    expect(canViewThread(who, thread({ deletedAt: when }))).toBe(staff)
    expect(canViewThread(who, thread({ hiddenAt: when }))).toBe(staff)
    expect(isStaff(who)).toBe(staff)
    expect(canPinThread(who)).toBe(staff)
  })

  test('the author sees their hidden thread (with the reason), but not one a moderator deleted', () => {
    expect(canViewThread(member, thread({ authorId: member.id, hiddenAt: when }))).toBe(true)
    expect(canViewThread(member, thread({ authorId: member.id, deletedAt: when }))).toBe(false)
    expect(canViewThread(member, thread({ authorId: member.id, hiddenAt: when, deletedAt: when }))).toBe(false)
  })
})

describe('starting and replying', () => {
  test.each(roles)('%s: threads in open categories for anyone signed in; announcements for staff only', (_, who, staff) => {
    expect(canStartThread(who, { staffOnly: false })).toBe(!!who)
    expect(canStartThread(who, { staffOnly: true })).toBe(staff)
    if (who) expect(canStartThread(suspended(who), { staffOnly: false })).toBe(false)
  })

  test.each(roles)('%s: replies while open; a lock, a hide or an announcement category stop members, not staff', (_, who, staff) => {
    expect(canReply(who, thread())).toBe(!!who)
    expect(canReply(who, thread({ lockedAt: when }))).toBe(staff)
    expect(canReply(who, thread({ hiddenAt: when }))).toBe(staff)
    expect(canReply(who, thread({ categoryStaffOnly: true }))).toBe(staff)
    expect(canReply(who, thread({ deletedAt: when }))).toBe(false)
    if (who) expect(canReply(suspended(who), thread())).toBe(false)
  })
})

describe('editing and deleting one’s own posts', () => {
  test.each(roles)('%s: only the author edits, and not once the thread is locked or the post removed', (_, who) => {
    const own = post({ authorId: who?.id ?? 'nobody' })
    expect(canEditPost(who, own, thread())).toBe(!!who)
    expect(canEditPost(who, post({ authorId: 'someone-else' }), thread())).toBe(false)
    expect(canEditPost(who, own, thread({ lockedAt: when }))).toBe(false)
    expect(canEditPost(who, { ...own, hiddenAt: when }, thread())).toBe(false)
    expect(canEditPost(who, { ...own, deletedAt: when }, thread())).toBe(false)
    if (who) expect(canEditPost(suspended(who), own, thread())).toBe(false)
  })

  test.each(roles)('%s: the author deletes their post, also in a locked thread, never in a thread they can no longer see', (_, who, staff) => {
    const own = post({ authorId: who?.id ?? 'nobody' })
    expect(canDeletePost(who, own, thread())).toBe(!!who)
    expect(canDeletePost(who, own, thread({ lockedAt: when }))).toBe(!!who)
    expect(canDeletePost(who, post({ authorId: 'someone-else' }), thread())).toBe(false)
    expect(canDeletePost(who, { ...own, deletedAt: when }, thread())).toBe(false)
    expect(canDeletePost(who, own, thread({ deletedAt: when }))).toBe(staff)
    if (who) expect(canDeletePost(suspended(who), own, thread())).toBe(false)
  })

  test.each(roles)('%s: edit history for the author and staff only', (_, who, staff) => {
    expect(canViewPostHistory(who, { authorId: who?.id ?? 'nobody' })).toBe(!!who)
    expect(canViewPostHistory(who, { authorId: 'someone-else' })).toBe(staff)
  })
})

describe('flags', () => {
  test.each(roles)('%s: flags others’ visible posts in visible threads; not their own, not while suspended', (_, who) => {
    const others = post({ authorId: 'someone-else' })
    expect(canFlagPost(who, others, thread())).toBe(!!who)
    if (who) expect(canFlagPost(who, post({ authorId: who.id }), thread())).toBe(false)
    expect(canFlagPost(who, { ...others, deletedAt: when }, thread())).toBe(false)
    expect(canFlagPost(who, { ...others, hiddenAt: when }, thread())).toBe(false)
    expect(canFlagPost(who, others, thread({ hiddenAt: when }))).toBe(false)
    expect(canFlagPost(who, others, thread({ deletedAt: when }))).toBe(false)
    if (who) expect(canFlagPost(suspended(who), others, thread())).toBe(false)
  })
})
