import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { appendAudit } from '~/models/audit.server'
import { caseAccess, isOnDuty } from '~/models/cases.server'
import { canAssignCase, canClaimCase, canSetOwnDuty, hasRole, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'
import { caseChanged, logCaseAccess, stateRefusal, transition, withLockedCase } from './shared.server'

/**
 * Intake assigns a counselor (or reassigns, with a reason that goes into the timeline).
 * Staff actions are audited: who gave whom the case, never what the case is about.
 */
export async function assignCase(db: DB, input: { actor: Actor; caseId: string; counselorId: string; reason?: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'notFound' | 'case_invalid' | 'case_notCounselor'>> => {
    if (!canAssignCase(input.actor, caseAccess(row))) return refuse.notFound()
    const counselor = await trx.selectFrom('user_roles').select('user_id').where('user_id', '=', input.counselorId).where('role', '=', 'counselor').executeTakeFirst()
    if (!counselor || input.counselorId === row.member_id) return refuse.invalid('case_notCounselor')
    if (row.status !== 'new' && (!input.reason || row.counselor_id === input.counselorId)) return stateRefusal()
    const previous = row.counselor_id
    const moved = await transition(trx, row, row.status === 'new' ? 'assign' : 'reassign', input.actor.id, input.reason ?? null, {
      counselor_id: input.counselorId,
      assigned_at: sql`now()`,
      // The new counselor starts unread on the conversation so far.
      counselor_read_id: '0',
    })
    if (!moved.ok) return moved
    await logCaseAccess(trx, { caseId: row.id, actorId: input.actor.id, capacity: hasRole(input.actor, 'intake') ? 'intake' : 'admin', what: 'assign' })
    await appendAudit(trx, {
      actorId: input.actor.id,
      action: previous ? 'case.reassign' : 'case.assign',
      targetType: 'case',
      targetId: row.id,
      meta: { counselorId: input.counselorId, ...(previous ? { previousCounselorId: previous } : {}) },
    })
    await notifyAboutCase(trx, [input.counselorId], 'case_update', row.id, { email: true })
    await notifyAboutCase(trx, [row.member_id, ...(previous ? [previous] : [])], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}

/** An on-duty counselor takes an unassigned crisis case. */
export async function claimCase(db: DB, input: { actor: Actor; caseId: string }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'case_invalid'>> => {
    const onDuty = await isOnDuty(trx, input.actor.id)
    if (!canClaimCase(input.actor, caseAccess(row), onDuty) || row.member_id === input.actor.id) return stateRefusal()
    const moved = await transition(trx, row, 'assign', input.actor.id, null, { counselor_id: input.actor.id, assigned_at: sql`now()` })
    if (!moved.ok) return moved
    await logCaseAccess(trx, { caseId: row.id, actorId: input.actor.id, capacity: 'counselor', what: 'claim' })
    await appendAudit(trx, { actorId: input.actor.id, action: 'case.claim', targetType: 'case', targetId: row.id })
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}

/** A counselor goes on or off duty (who receives crisis alerts); audited, as staff availability is. */
export async function setDuty(db: DB, input: { actor: Actor; onDuty: boolean }): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canSetOwnDuty(input.actor)) return refuse.notFound()
    const current = await isOnDuty(trx, input.actor.id)
    if (current === input.onDuty) return ok()
    await trx
      .insertInto('counselor_duty')
      .values({ user_id: input.actor.id, on_duty: input.onDuty, updated_at: sql<Date>`now()` })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ on_duty: input.onDuty, updated_at: sql`now()` }))
      .execute()
    await appendAudit(trx, { actorId: input.actor.id, action: input.onDuty ? 'duty.on' : 'duty.off', targetType: 'user', targetId: input.actor.id })
    return ok()
  })
}
