import { describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { canDecideEmailReveal, canExerciseDataRights, canRequestEmailReveal, canSeeRevealedEmail, type Actor, type RevealAccess } from '~/policies'

const actor = (roles: Role[], id: string): Actor => ({ id, pseudonym: `P${id}`, roles: ['member', ...roles], suspendedUntil: null, createdAt: new Date('2026-01-01'), reputation: 0 })
const requester = actor(['admin'], 'a1')
const approver = actor(['admin'], 'a2')
const target = actor([], 'm1')
const pending: RevealAccess = { targetUserId: 'm1', requestedBy: 'a1', status: 'pending' }

describe('data-rights policies', () => {
  test('data rights belong to the account owner alone, also while suspended', () => {
    expect(canExerciseDataRights(target, 'm1')).toBe(true)
    expect(canExerciseDataRights({ ...target, suspendedUntil: new Date(Date.now() + 86_400_000) }, 'm1')).toBe(true)
    expect(canExerciseDataRights(requester, 'm1')).toBe(false)
    expect(canExerciseDataRights(null, 'm1')).toBe(false)
  })
  test('only admins ask for a reveal, never of themselves', () => {
    expect(canRequestEmailReveal(requester, { id: 'm1' })).toBe(true)
    expect(canRequestEmailReveal(requester, { id: 'a1' })).toBe(false)
    for (const role of ['moderator', 'counselor', 'hr', 'intake', 'expert'] as const) expect(canRequestEmailReveal(actor([role], 'x'), { id: 'm1' })).toBe(false)
  })
  test('a second, different admin decides; not the requester, not the account, only while pending', () => {
    expect(canDecideEmailReveal(approver, pending)).toBe(true)
    expect(canDecideEmailReveal(requester, pending)).toBe(false)
    expect(canDecideEmailReveal(actor(['admin'], 'm1'), pending)).toBe(false)
    expect(canDecideEmailReveal(actor(['moderator'], 'x'), pending)).toBe(false)
    expect(canDecideEmailReveal(approver, { ...pending, status: 'approved' })).toBe(false)
    expect(canDecideEmailReveal(approver, { ...pending, requestedBy: null })).toBe(false)
  })
  test('the requester sees the email only once approved, and nobody else ever', () => {
    expect(canSeeRevealedEmail(requester, { ...pending, status: 'approved' })).toBe(true)
    expect(canSeeRevealedEmail(requester, pending)).toBe(false)
    expect(canSeeRevealedEmail(requester, { ...pending, status: 'shown' })).toBe(false)
    expect(canSeeRevealedEmail(requester, { ...pending, status: 'declined' })).toBe(false)
    expect(canSeeRevealedEmail(approver, { ...pending, status: 'approved' })).toBe(false)
  })
})
