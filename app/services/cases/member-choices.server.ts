import { sql } from 'kysely'
import { seal, sealOptional } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { caseAccess } from '~/models/cases.server'
import { canDeclineCase, canGiveCaseFeedback, canReadCase, canReopenCase, canRevealIdentity, isCaseMember, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { caseChanged, recordEvent, sealContext, stateRefusal, transition, withLockedCase } from './shared.server'

type MemberRefusal = 'notFound' | 'case_invalid'

/** Refuses with 404 anyone who may not read the case, and with a state error the member whose case does not allow the step now. */
function memberGate(actor: Actor, access: ReturnType<typeof caseAccess>, allowed: boolean): Outcome<undefined, MemberRefusal> {
  if (!canReadCase(actor, access)) return refuse.notFound()
  return allowed ? ok() : stateRefusal()
}

export async function reopenCase(db: DB, input: { actor: Actor; caseId: string; reason: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, MemberRefusal>> => {
    const access = caseAccess(row)
    const gate = memberGate(input.actor, access, canReopenCase(input.actor, access, env.caseReopenDays))
    if (!gate.ok) return gate
    const moved = await transition(trx, row, 'reopen', input.actor.id, input.reason, { closed_at: null })
    if (!moved.ok) return moved
    if (row.counselor_id) await notifyAboutCase(trx, [row.counselor_id], 'case_update', row.id, { email: true })
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}

/** The member turns down a case opened for them, or withdraws their own request, before it is under way. */
export async function declineCase(db: DB, input: { actor: Actor; caseId: string; reason: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, MemberRefusal>> => {
    const access = caseAccess(row)
    const gate = memberGate(input.actor, access, canDeclineCase(input.actor, access))
    if (!gate.ok) return gate
    const moved = await transition(trx, row, 'decline', input.actor.id, input.reason, { closed_at: sql`now()` })
    if (!moved.ok) return moved
    if (row.counselor_id) await notifyAboutCase(trx, [row.counselor_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}

/** The member chooses to show the counselor who they are; the consent is recorded with its time. */
export async function revealIdentity(db: DB, input: { actor: Actor; caseId: string; details: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, MemberRefusal>> => {
    const access = caseAccess(row)
    const gate = memberGate(input.actor, access, canRevealIdentity(input.actor, access, !!row.identity_revealed_at))
    if (!gate.ok) return gate
    const account = await trx.selectFrom('users').select(['email', 'pseudonym']).where('id', '=', input.actor.id).executeTakeFirstOrThrow()
    const identity = JSON.stringify({ pseudonym: account.pseudonym, email: account.email, details: input.details ?? '' })
    await trx
      .updateTable('cases')
      .set({ identity_enc: seal(identity, sealContext(row.id, 'identity')), identity_revealed_at: sql`now()`, updated_at: sql`now()` })
      .where('id', '=', row.id)
      .execute()
    await trx.insertInto('consents').values({ user_id: input.actor.id, kind: 'case_identity_reveal', version: `case-${row.id}`, accepted_at: sql<Date>`now()` }).execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'identity_revealed' })
    if (row.counselor_id) await notifyAboutCase(trx, [row.counselor_id], 'case_update', row.id)
    await caseChanged(trx, row.id)
    return ok()
  })
}

export async function giveCaseFeedback(db: DB, input: { actor: Actor; caseId: string; rating: number; comment: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, MemberRefusal>> => {
    const given = await trx.selectFrom('case_feedback').select('case_id').where('case_id', '=', row.id).executeTakeFirst()
    const access = caseAccess(row)
    const gate = memberGate(input.actor, access, canGiveCaseFeedback(input.actor, access, !!given))
    if (!gate.ok) return gate
    await trx
      .insertInto('case_feedback')
      .values({ case_id: row.id, rating: input.rating, comment_enc: sealOptional(input.comment, sealContext(row.id, 'feedback')), created_at: sql<Date>`now()` })
      .execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'feedback_given' })
    return ok()
  })
}

/** The member's time zone (WIB, WITA, WIT), in which their sessions are proposed and shown. */
export async function setMemberTimeZone(db: DB, input: { actor: Actor; caseId: string; timeZone: string }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'notFound'>> => {
    if (!isCaseMember(input.actor, caseAccess(row))) return refuse.notFound()
    await trx.updateTable('users').set({ time_zone: input.timeZone }).where('id', '=', input.actor.id).execute()
    return ok()
  })
}
