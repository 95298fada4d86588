import { sql } from 'kysely'
import type { CaseOutcome, FollowUp, ReferralKind } from '#db/schema'
import { seal, sealOptional } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { caseAccess, listUpcomingAcceptedSessions } from '~/models/cases.server'
import { canWorkOnCase, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { cancelSessionsOnClosure } from './sessions.server'
import { caseChanged, recordEvent, sealContext, transition, withLockedCase } from './shared.server'

/** Counselor-only notes, sealed; the member never sees them (nor that their text exists beyond "a note"). */
export async function addCaseNote(db: DB, input: { actor: Actor; caseId: string; body: string }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'notFound'>> => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) return refuse.notFound()
    await trx.insertInto('case_notes').values({ case_id: row.id, author_id: input.actor.id, body_enc: seal(input.body, sealContext(row.id, 'note')), created_at: sql<Date>`now()` }).execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'note_added' })
    return ok()
  })
}

/** A referral: where to (kind), why, and where the member should go (a place or contact they see). */
export async function referCase(db: DB, input: { actor: Actor; caseId: string; kind: ReferralKind; reason: string; place: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'notFound' | 'case_invalid'>> => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) return refuse.notFound()
    const moved = await transition(trx, row, 'refer', input.actor.id, null, {
      referral_kind: input.kind,
      referral_reason_enc: seal(input.reason, sealContext(row.id, 'referral')),
      referral_place_enc: sealOptional(input.place, sealContext(row.id, 'referralPlace')),
    })
    if (!moved.ok) return moved
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}

/** The accepted sessions a closure would cancel, for the confirmation step. */
export interface SessionsToCancel {
  sessions: { id: string; mode: string; startsAt: string; durationMinutes: number; timeZone: string }[]
}

/**
 * Closure with an outcome (and, for performance counseling, a follow-up); future sessions are
 * cancelled. An accepted session still ahead is never cancelled silently: without
 * `cancelSessions` the closure is refused with those sessions (the form asks first), and with it
 * the member is told their session was cancelled.
 */
export async function closeCase(
  db: DB,
  input: { actor: Actor; caseId: string; outcome: CaseOutcome; followUp: FollowUp | null; summary: string | null; cancelSessions?: boolean },
) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, 'notFound' | 'case_invalid' | 'followUpRequired' | 'closeCancelsSessions'>> => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) return refuse.notFound()
    if (row.type === 'performance' && !input.followUp) return refuse.invalid('followUpRequired')
    const accepted = await listUpcomingAcceptedSessions(trx, row.id)
    if (accepted.length && !input.cancelSessions) {
      const detail: SessionsToCancel = {
        sessions: accepted.map((s) => ({ id: s.id, mode: s.mode, startsAt: s.starts_at.toISOString(), durationMinutes: s.duration_minutes, timeZone: s.time_zone })),
      }
      return refuse.needsDecision('closeCancelsSessions', detail)
    }
    const moved = await transition(trx, row, 'close', input.actor.id, null, {
      outcome: input.outcome,
      follow_up: input.followUp,
      closing_enc: sealOptional(input.summary, sealContext(row.id, 'closing')),
      closed_at: sql`now()`,
    })
    if (!moved.ok) return moved
    const cancelled = await cancelSessionsOnClosure(trx, row.id)
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    if (cancelled) await notifyAboutCase(trx, [row.member_id], 'session_cancelled', row.id, { email: true })
    await caseChanged(trx, row.id, { queue: true })
    return ok()
  })
}
