import { sql } from 'kysely'
import type { CaseStatus } from '#db/schema'
import { sealOptional } from '~/lib/case-crypto.server'
import { nextCaseStatus, type CaseTransition } from '~/lib/case-flow'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { lockCase, type CaseRow } from '~/models/cases.server'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

/** Refusals of case writes; the route maps each to a field, the top of the page, or 404. */
export type CaseRefusal =
  | 'notFound'
  | 'case_invalid'
  | 'case_exists'
  | 'case_unknownMember'
  | 'case_notCounselor'
  | 'dateInvalid'
  | 'dateInPast'
  | 'followUpRequired'
  | 'closeCancelsSessions'
  | 'rateLimited'

/** The step is not allowed in the case's current state (someone acted first, or it never was). */
export const stateRefusal = () => refuse.conflict('case_invalid' as const)

/** Associated data for each sealed field: ties a ciphertext to its case and purpose. */
export const sealContext = (caseId: string, field: 'reason' | 'identity' | 'referral' | 'referralPlace' | 'closing' | 'message' | 'note' | 'event' | 'place' | 'feedback') => `case:${caseId}:${field}`

export async function recordEvent(
  db: DB,
  caseId: string,
  event: { actorId: string | null; kind: string; from?: CaseStatus | null; to?: CaseStatus | null; detail?: string | null },
) {
  await db
    .insertInto('case_events')
    .values({
      case_id: caseId,
      actor_id: event.actorId,
      kind: event.kind,
      from_status: event.from ?? null,
      to_status: event.to ?? null,
      detail_enc: sealOptional(event.detail, sealContext(caseId, 'event')),
      created_at: sql<Date>`now()`,
    })
    .execute()
}

/** Tells the case's open pages (and, with `queue`, the intake queue) that something changed. */
export async function caseChanged(db: DB, caseId: string, options: { queue?: boolean; crisis?: boolean } = {}) {
  await publish(db, { type: 'case', caseId, what: 'changed' })
  if (options.queue) await publish(db, { type: 'cases.queue', crisis: !!options.crisis })
}

/** Applies a state-machine move to a locked case (or refuses it) and records it in the timeline. */
export async function transition(
  db: DB,
  row: CaseRow,
  move: CaseTransition,
  actorId: string,
  detail?: string | null,
  set: Record<string, unknown> = {},
): Promise<Outcome<CaseStatus, 'case_invalid'>> {
  const to = nextCaseStatus(row.status, move, !!(set.counselor_id ?? row.counselor_id))
  if (!to) return stateRefusal()
  await db
    .updateTable('cases')
    .set({ ...set, status: to, updated_at: sql`now()` })
    .where('id', '=', row.id)
    .execute()
  await recordEvent(db, row.id, { actorId, kind: move, from: row.status, to, detail })
  return ok(to)
}

/** The frame of every change to one case: its row locked for the whole transaction, 404 if it does not exist. */
export function withLockedCase<T, C extends string>(db: DB, caseId: string, work: (trx: DB, row: CaseRow) => Promise<Outcome<T, C>>) {
  return inWrite<T, C | 'notFound'>(db, async (trx) => {
    const row = await lockCase(trx, caseId)
    if (!row) return refuse.notFound()
    return work(trx, row)
  })
}

export async function logCaseAccess(db: DB, input: { caseId: string; actorId: string; capacity: 'counselor' | 'intake' | 'moderator' | 'hr' | 'admin'; what: string }) {
  await db.insertInto('case_access_log').values({ case_id: input.caseId, actor_id: input.actorId, capacity: input.capacity, what: input.what, created_at: sql<Date>`now()` }).execute()
}
