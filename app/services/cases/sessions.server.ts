import { sql } from 'kysely'
import { sealOptional } from '~/lib/case-crypto.server'
import { isOpenCase } from '~/lib/case-flow'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { cancelJobs, enqueueJob } from '~/lib/job-queue.server'
import { wallClockToInstant } from '~/lib/time-zones.server'
import { caseAccess } from '~/models/cases.server'
import { canReadCase, canRespondToSession, canWorkOnCase, type Actor } from '~/policies'
import { notifyAboutCase, queueSessionEmail } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { caseChanged, recordEvent, sealContext, stateRefusal, transition, withLockedCase } from './shared.server'

const reminderKey = (sessionId: string) => `session-reminder:${sessionId}`

async function scheduleReminder(db: DB, sessionId: string, startsAt: Date) {
  const runAt = new Date(Math.max(Date.now(), startsAt.getTime() - env.sessionReminderMinutes * 60_000))
  await enqueueJob(db, { kind: 'session.reminder', payload: { sessionId, startsAt: startsAt.toISOString() }, runAt, dedupeKey: reminderKey(sessionId) })
}

async function cancelReminder(db: DB, sessionId: string) {
  await cancelJobs(db, reminderKey(sessionId))
}

export interface SessionInput {
  mode: 'chat' | 'video' | 'phone' | 'in_person'
  /** A wall-clock time ("2030-01-15T10:00") in the member's time zone. */
  startsAtLocal: string
  durationMinutes: number
  place: string | null
}

type SessionRefusal = 'notFound' | 'case_invalid' | 'dateInvalid' | 'dateInPast'

/** The session's instant, read in the member's current time zone; refused if malformed or past. */
async function sessionStart(db: DB, memberId: string, local: string): Promise<Outcome<{ startsAt: Date; timeZone: string }, 'dateInvalid' | 'dateInPast'>> {
  const member = await db.selectFrom('users').select('time_zone').where('id', '=', memberId).executeTakeFirstOrThrow()
  const startsAt = wallClockToInstant(local, member.time_zone)
  if (!startsAt) return refuse.invalid('dateInvalid')
  if (startsAt.getTime() < Date.now() - 60_000) return refuse.invalid('dateInPast', 'errors.dateInFuture')
  return ok({ startsAt, timeZone: member.time_zone })
}

/** The counselor proposes a session in the member's time zone; the member accepts or declines. */
export async function scheduleSession(db: DB, input: { actor: Actor; caseId: string } & SessionInput) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<string, SessionRefusal>> => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) return refuse.notFound()
    const start = await sessionStart(trx, row.member_id, input.startsAtLocal)
    if (!start.ok) return start
    const { startsAt, timeZone } = start.value
    const session = await trx
      .insertInto('case_sessions')
      .values({
        case_id: row.id,
        mode: input.mode,
        starts_at: startsAt,
        duration_minutes: input.durationMinutes,
        time_zone: timeZone,
        place_enc: sealOptional(input.place, sealContext(row.id, 'place')),
        created_by: input.actor.id,
        created_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (row.status === 'assigned') {
      const started = await transition(trx, row, 'start', input.actor.id)
      if (!started.ok) return started
    }
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'session_scheduled' })
    await scheduleReminder(trx, session.id, startsAt)
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await queueSessionEmail(trx, row.member_id, 'session_invite', session.id)
    await caseChanged(trx, row.id)
    return ok(session.id)
  })
}

export type SessionChange = { kind: 'accept' } | { kind: 'decline' } | { kind: 'cancel' } | { kind: 'held' } | ({ kind: 'reschedule' } & SessionInput)

/**
 * Changes to a session: the member accepts or declines a proposal; the counselor reschedules,
 * cancels, or records that it took place. Reminders follow (moved, or dropped).
 */
export async function changeSession(db: DB, input: { actor: Actor; caseId: string; sessionId: string; change: SessionChange }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<undefined, SessionRefusal>> => {
    const access = caseAccess(row)
    if (!canReadCase(input.actor, access)) return refuse.notFound()
    const session = await trx
      .selectFrom('case_sessions')
      .select(['id', 'status', 'starts_at'])
      .where('id', '=', input.sessionId)
      .where('case_id', '=', row.id)
      .forUpdate()
      .executeTakeFirst()
    if (!session) return refuse.notFound()
    const byMember = input.actor.id === row.member_id
    const { change } = input
    const memberMove = change.kind === 'accept' || change.kind === 'decline'
    if (!(memberMove ? canRespondToSession(input.actor, access) : canWorkOnCase(input.actor, access))) return refuse.notFound()
    let status = session.status
    let rescheduledTo: { startsAt: Date; timeZone: string } | undefined
    const set: Record<string, unknown> = { updated_at: sql`now()` }
    switch (change.kind) {
      case 'accept':
      case 'decline':
        if (session.status !== 'proposed') return stateRefusal()
        status = change.kind === 'accept' ? 'accepted' : 'declined'
        break
      case 'cancel':
        if (session.status !== 'proposed' && session.status !== 'accepted') return stateRefusal()
        status = 'cancelled'
        break
      case 'held':
        if (session.status !== 'accepted' || session.starts_at > new Date()) return stateRefusal()
        status = 'held'
        break
      case 'reschedule': {
        if (session.status === 'held' || session.status === 'cancelled') return stateRefusal()
        const start = await sessionStart(trx, row.member_id, change.startsAtLocal)
        if (!start.ok) return start
        status = 'proposed'
        rescheduledTo = start.value
        Object.assign(set, {
          mode: change.mode,
          starts_at: rescheduledTo.startsAt,
          time_zone: rescheduledTo.timeZone,
          duration_minutes: change.durationMinutes,
          place_enc: sealOptional(change.place, sealContext(row.id, 'place')),
          sequence: sql`sequence + 1`,
        })
        break
      }
    }
    await trx
      .updateTable('case_sessions')
      .set({ ...set, status })
      .where('id', '=', session.id)
      .execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: `session_${change.kind}` })
    if (rescheduledTo) await scheduleReminder(trx, session.id, rescheduledTo.startsAt)
    if (status === 'declined' || status === 'cancelled' || status === 'held') await cancelReminder(trx, session.id)
    const other = byMember ? row.counselor_id : row.member_id
    if (other && change.kind === 'cancel') await notifyAboutCase(trx, [other], 'session_cancelled', row.id, { email: true })
    else if (other && change.kind !== 'held') await notifyAboutCase(trx, [other], 'case_update', row.id)
    // The calendar file goes with the proposal (to the member) and with its acceptance (to the counselor).
    if (change.kind === 'reschedule') await queueSessionEmail(trx, row.member_id, 'session_invite', session.id)
    if (change.kind === 'accept' && row.counselor_id) await queueSessionEmail(trx, row.counselor_id, 'session_accepted', session.id)
    await caseChanged(trx, row.id)
    return ok()
  })
}

/** A closing case's future sessions are cancelled, and their reminders with them; returns how many. */
export async function cancelSessionsOnClosure(db: DB, caseId: string) {
  const pending = await db
    .updateTable('case_sessions')
    .set({ status: 'cancelled', updated_at: sql`now()` })
    .where('case_id', '=', caseId)
    .where('status', 'in', ['proposed', 'accepted'])
    .returning('id')
    .execute()
  for (const s of pending) await cancelReminder(db, s.id)
  return pending.length
}

/** Job: the reminder before a session, to both sides, if the session is still on at that time. */
export async function sendSessionReminder(db: DB, payload: Record<string, unknown>) {
  const session = await db
    .selectFrom('case_sessions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.id', 's.case_id', 's.status', 's.starts_at', 'c.member_id', 'c.counselor_id', 'c.status as case_status'])
    .where('s.id', '=', String(payload.sessionId))
    .executeTakeFirst()
  if (!session || !['proposed', 'accepted'].includes(session.status) || session.starts_at.toISOString() !== payload.startsAt) return
  if (!isOpenCase(session.case_status)) return
  const recipients = [session.member_id, ...(session.counselor_id ? [session.counselor_id] : [])]
  await notifyAboutCase(db, recipients, 'session_reminder', session.case_id, { email: true })
}
