import { sql } from 'kysely'
import type { CaseOutcome, CaseSource, CaseStatus, CaseType, CaseUrgency, FollowUp, ReferralKind } from '#db/schema'
import { anonHandle } from '~/lib/anon.server'
import { seal, sealOptional } from '~/lib/case-crypto.server'
import { isOpenCase, nextCaseStatus, type CaseTransition } from '~/lib/case-flow'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { cancelJobs, enqueueJob } from '~/lib/job-queue.server'
import { publish } from '~/lib/events.server'
import { appendAudit } from '~/models/audit.server'
import { caseAccess, crisisRecipients, findOpenCaseOfPost, isOnDuty, lockCase, type CaseRow } from '~/models/cases.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { wallClockToInstant } from '~/lib/time-zones.server'
import {
  canAssignCase,
  canClaimCase,
  canDeclineCase,
  canEscalateToCase,
  canGiveCaseFeedback,
  canReferEmployee,
  canReopenCase,
  canRequestCounseling,
  canRespondToSession,
  canRevealIdentity,
  canSendCaseMessage,
  canWorkOnCase,
  hasRole,
  type Actor,
} from '~/policies'
import { notifyAboutCase } from './notifications.server'

/** A refused change: `notFound` for things the actor may not touch, `invalid` for a state that does not allow it. */
export class CaseError extends Error {
  constructor(public code: 'notFound' | 'invalid' | 'unknownMember' | 'notCounselor' | 'dateInvalid' | 'dateInPast') {
    super(code)
  }
}

/** Associated data for each sealed field: ties a ciphertext to its case and purpose. */
export const sealContext = (caseId: string, field: 'reason' | 'identity' | 'referral' | 'closing' | 'message' | 'note' | 'event' | 'place' | 'feedback') => `case:${caseId}:${field}`

interface OpenCaseInput {
  memberId: string
  memberAlias: string
  source: CaseSource
  type: CaseType
  urgency: CaseUrgency
  openedBy: string | null
  threadId?: string | null
  postId?: string | null
  reason?: string | null
  idempotencyKey?: string | null
}

async function recordEvent(
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

async function caseChanged(db: DB, caseId: string, options: { queue?: boolean; crisis?: boolean } = {}) {
  await publish(db, { type: 'case', caseId, what: 'changed' })
  if (options.queue) await publish(db, { type: 'cases.queue', crisis: !!options.crisis })
}

/** Opens a case in the caller's transaction: the timeline's first entry, the member told, intake told. */
async function openCase(db: DB, input: OpenCaseInput): Promise<string> {
  const row = await db
    .insertInto('cases')
    .values({
      member_id: input.memberId,
      member_alias: input.memberAlias,
      source: input.source,
      type: input.type,
      urgency: input.urgency,
      opened_by: input.openedBy,
      thread_id: input.threadId ?? null,
      post_id: input.postId ?? null,
      idempotency_key: input.idempotencyKey ?? null,
      created_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const caseId = row.id
  if (input.reason) {
    await db.updateTable('cases').set({ reason_enc: seal(input.reason, sealContext(caseId, 'reason')) }).where('id', '=', caseId).execute()
  }
  await recordEvent(db, caseId, { actorId: input.openedBy ?? input.memberId, kind: `opened_${input.source}`, to: 'new' })
  // The member hears of a case someone else opened for them (they opened their own request themselves).
  if (input.source !== 'request') await notifyAboutCase(db, [input.memberId], 'case_update', caseId, { email: true })
  if (input.urgency === 'crisis') {
    const recipients = (await crisisRecipients(db)).filter((id) => id !== input.memberId)
    await notifyAboutCase(db, recipients, 'case_crisis', caseId, { email: true })
    await db.updateTable('cases').set({ alerted_at: sql`now()` }).where('id', '=', caseId).execute()
  }
  await caseChanged(db, caseId, { queue: true, crisis: input.urgency === 'crisis' })
  return caseId
}

async function findByIdempotencyKey(db: DB, key: string | null | undefined) {
  if (!key) return undefined
  return db.selectFrom('cases').select('id').where('idempotency_key', '=', key).executeTakeFirst()
}

/** A member asks for a counselor (from their page or the crisis message); a repeated submit returns the same case. */
export async function requestCase(
  db: DB,
  input: { actor: Actor; type: CaseType; urgency: CaseUrgency; message?: string | null; postId?: string | null; idempotencyKey?: string | null },
): Promise<string> {
  if (!canRequestCounseling(input.actor)) throw new CaseError('notFound')
  return db.transaction().execute(async (trx) => {
    const existing = await findByIdempotencyKey(trx, input.idempotencyKey)
    if (existing) return existing.id
    const post = input.postId
      ? await trx.selectFrom('posts').select(['id', 'thread_id', 'author_id']).where('id', '=', input.postId).executeTakeFirst()
      : undefined
    const own = post && post.author_id === input.actor.id ? post : undefined
    const caseId = await openCase(trx, {
      memberId: input.actor.id,
      memberAlias: input.actor.pseudonym,
      source: 'request',
      type: input.type,
      urgency: input.urgency,
      openedBy: input.actor.id,
      threadId: own?.thread_id ?? null,
      postId: own?.id ?? null,
      idempotencyKey: input.idempotencyKey,
    })
    if (input.message) await insertMessage(trx, caseId, input.actor.id, input.message, null)
    return caseId
  })
}

/**
 * A moderator escalates a post into a case for its writer. The writer appears to the counselor as
 * they appeared on the post (their thread's Anonim handle for an anonymous post). One open case per post.
 */
export async function escalatePost(
  db: DB,
  input: { actor: Actor; postId: string; type: CaseType; urgency: CaseUrgency; reason: string },
): Promise<{ caseId: string } | { existing: true }> {
  return db.transaction().execute(async (trx) => {
    const post = await trx
      .selectFrom('posts as p')
      .innerJoin('users as u', 'u.id', 'p.author_id')
      .select(['p.id', 'p.thread_id', 'p.author_id', 'p.is_anonymous', 'u.pseudonym'])
      .where('p.id', '=', input.postId)
      .executeTakeFirst()
    if (!post || !canEscalateToCase(input.actor, { authorId: post.author_id })) throw new CaseError('notFound')
    if (await findOpenCaseOfPost(trx, post.id)) return { existing: true as const }
    const caseId = await openCase(trx, {
      memberId: post.author_id,
      memberAlias: post.is_anonymous ? anonHandle(post.thread_id, post.author_id) : post.pseudonym,
      source: 'escalation',
      type: input.type,
      urgency: input.urgency,
      openedBy: input.actor.id,
      threadId: post.thread_id,
      postId: post.id,
      reason: input.reason,
    })
    // The audit row names the case, never the reason (which may describe someone's health).
    await appendAudit(trx, { actorId: input.actor.id, action: 'case.escalate', targetType: 'case', targetId: caseId, meta: { postId: post.id, urgency: input.urgency } })
    return { caseId }
  })
}

/** An HR official refers an employee by pseudonym; they will later see only whether and when sessions took place. */
export async function referEmployee(
  db: DB,
  input: { actor: Actor; pseudonym: string; type: CaseType; urgency: CaseUrgency; reason: string; idempotencyKey?: string | null },
): Promise<string> {
  if (!canReferEmployee(input.actor)) throw new CaseError('notFound')
  return db.transaction().execute(async (trx) => {
    const existing = await findByIdempotencyKey(trx, input.idempotencyKey)
    if (existing) return existing.id
    const member = await trx
      .selectFrom('users')
      .select(['id', 'pseudonym'])
      .where('pseudonym_key', '=', pseudonymKey(input.pseudonym))
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!member || member.id === input.actor.id) throw new CaseError('unknownMember')
    const caseId = await openCase(trx, {
      memberId: member.id,
      memberAlias: member.pseudonym,
      source: 'referral',
      type: input.type,
      urgency: input.urgency,
      openedBy: input.actor.id,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
    })
    await appendAudit(trx, { actorId: input.actor.id, action: 'case.refer_employee', targetType: 'case', targetId: caseId })
    return caseId
  })
}

/** Applies a transition to a locked case, or refuses it; records it in the timeline. */
async function transition(db: DB, row: CaseRow, move: CaseTransition, actorId: string, detail?: string | null, set: Record<string, unknown> = {}) {
  const to = nextCaseStatus(row.status, move, !!(set.counselor_id ?? row.counselor_id))
  if (!to) throw new CaseError('invalid')
  await db
    .updateTable('cases')
    .set({ ...set, status: to, updated_at: sql`now()` })
    .where('id', '=', row.id)
    .execute()
  await recordEvent(db, row.id, { actorId, kind: move, from: row.status, to, detail })
  return to
}

async function withLockedCase<T>(db: DB, caseId: string, work: (trx: DB, row: CaseRow) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const row = await lockCase(trx, caseId)
    if (!row) throw new CaseError('notFound')
    return work(trx, row)
  })
}

export async function logCaseAccess(db: DB, input: { caseId: string; actorId: string; capacity: 'counselor' | 'intake' | 'moderator' | 'hr' | 'admin'; what: string }) {
  await db.insertInto('case_access_log').values({ case_id: input.caseId, actor_id: input.actorId, capacity: input.capacity, what: input.what, created_at: sql<Date>`now()` }).execute()
}

/** Intake assigns a counselor (or reassigns, with a reason that goes into the timeline). */
export async function assignCase(db: DB, input: { actor: Actor; caseId: string; counselorId: string; reason?: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canAssignCase(input.actor, caseAccess(row))) throw new CaseError('notFound')
    const counselor = await trx.selectFrom('user_roles').select('user_id').where('user_id', '=', input.counselorId).where('role', '=', 'counselor').executeTakeFirst()
    if (!counselor || input.counselorId === row.member_id) throw new CaseError('notCounselor')
    if (row.status !== 'new' && (!input.reason || row.counselor_id === input.counselorId)) throw new CaseError('invalid')
    const previous = row.counselor_id
    await transition(trx, row, row.status === 'new' ? 'assign' : 'reassign', input.actor.id, input.reason ?? null, {
      counselor_id: input.counselorId,
      assigned_at: sql`now()`,
      // The new counselor starts unread on the conversation so far.
      counselor_read_id: '0',
    })
    await logCaseAccess(trx, { caseId: row.id, actorId: input.actor.id, capacity: hasRole(input.actor, 'intake') ? 'intake' : 'admin', what: 'assign' })
    await notifyAboutCase(trx, [input.counselorId], 'case_update', row.id, { email: true })
    await notifyAboutCase(trx, [row.member_id, ...(previous ? [previous] : [])], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
  })
}

/** An on-duty counselor takes an unassigned crisis case. */
export async function claimCase(db: DB, input: { actor: Actor; caseId: string }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    const onDuty = await isOnDuty(trx, input.actor.id)
    if (!canClaimCase(input.actor, caseAccess(row), onDuty) || row.member_id === input.actor.id) throw new CaseError('invalid')
    await transition(trx, row, 'assign', input.actor.id, null, { counselor_id: input.actor.id, assigned_at: sql`now()` })
    await logCaseAccess(trx, { caseId: row.id, actorId: input.actor.id, capacity: 'counselor', what: 'claim' })
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
  })
}

export async function setDuty(db: DB, userId: string, onDuty: boolean) {
  await db
    .insertInto('counselor_duty')
    .values({ user_id: userId, on_duty: onDuty, updated_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ on_duty: onDuty, updated_at: sql`now()` }))
    .execute()
}

async function insertMessage(db: DB, caseId: string, senderId: string, body: string, idempotencyKey: string | null) {
  const row = await db
    .insertInto('case_messages')
    .values({ case_id: caseId, sender_id: senderId, body_enc: seal(body, sealContext(caseId, 'message')), idempotency_key: idempotencyKey, created_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/**
 * A chat message from the member or the assigned counselor. The counselor's first message starts
 * the case (assigned → active). The other side is notified neutrally; open pages update live.
 */
export async function sendCaseMessage(db: DB, input: { actor: Actor; caseId: string; body: string; idempotencyKey: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canSendCaseMessage(input.actor, caseAccess(row))) throw new CaseError('notFound')
    const messageId = await insertMessage(trx, row.id, input.actor.id, input.body, input.idempotencyKey)
    if (!messageId) return null
    const fromCounselor = input.actor.id === row.counselor_id
    if (fromCounselor && row.status === 'assigned') await transition(trx, row, 'start', input.actor.id)
    await trx
      .updateTable('cases')
      .set({
        updated_at: sql`now()`,
        ...(fromCounselor ? { counselor_read_id: messageId } : { member_read_id: messageId }),
        ...(fromCounselor && !row.first_response_at ? { first_response_at: sql`now()` } : {}),
      })
      .where('id', '=', row.id)
      .execute()
    const other = fromCounselor ? row.member_id : row.counselor_id
    if (other) await notifyAboutCase(trx, [other], 'case_update', row.id)
    await publish(trx, { type: 'case', caseId: row.id, what: 'message' })
    return messageId
  })
}

/** Moves the viewer's read marker to the newest message (read receipts); tells the other side if it moved. */
export async function markCaseRead(db: DB, input: { caseId: string; viewer: 'member' | 'counselor'; upTo: string | null }) {
  if (!input.upTo) return
  const column = input.viewer === 'member' ? 'member_read_id' : 'counselor_read_id'
  const moved = await db
    .updateTable('cases')
    .set({ [column]: input.upTo })
    .where('id', '=', input.caseId)
    .where(column, '<', input.upTo)
    .returning('id')
    .executeTakeFirst()
  if (moved) await publish(db, { type: 'case', caseId: input.caseId, what: 'read' })
}

export async function addCaseNote(db: DB, input: { actor: Actor; caseId: string; body: string }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) throw new CaseError('notFound')
    await trx.insertInto('case_notes').values({ case_id: row.id, author_id: input.actor.id, body_enc: seal(input.body, sealContext(row.id, 'note')), created_at: sql<Date>`now()` }).execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'note_added' })
  })
}

export async function referCase(db: DB, input: { actor: Actor; caseId: string; kind: ReferralKind; reason: string }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) throw new CaseError('notFound')
    await transition(trx, row, 'refer', input.actor.id, null, {
      referral_kind: input.kind,
      referral_reason_enc: seal(input.reason, sealContext(row.id, 'referral')),
    })
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
  })
}

/** Closure with an outcome (and, for performance counseling, a follow-up); future sessions are cancelled. */
export async function closeCase(db: DB, input: { actor: Actor; caseId: string; outcome: CaseOutcome; followUp: FollowUp | null; summary: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) throw new CaseError('notFound')
    if (row.type === 'performance' && !input.followUp) throw new CaseError('invalid')
    await transition(trx, row, 'close', input.actor.id, null, {
      outcome: input.outcome,
      follow_up: input.followUp,
      closing_enc: sealOptional(input.summary, sealContext(row.id, 'closing')),
      closed_at: sql`now()`,
    })
    const pending = await trx
      .updateTable('case_sessions')
      .set({ status: 'cancelled', updated_at: sql`now()` })
      .where('case_id', '=', row.id)
      .where('status', 'in', ['proposed', 'accepted'])
      .returning('id')
      .execute()
    for (const s of pending) await cancelReminder(trx, s.id)
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
  })
}

export async function reopenCase(db: DB, input: { actor: Actor; caseId: string; reason: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canReopenCase(input.actor, caseAccess(row), env.caseReopenDays)) throw new CaseError('invalid')
    await transition(trx, row, 'reopen', input.actor.id, input.reason, { closed_at: null })
    if (row.counselor_id) await notifyAboutCase(trx, [row.counselor_id], 'case_update', row.id, { email: true })
    await caseChanged(trx, row.id, { queue: true })
  })
}

export async function declineCase(db: DB, input: { actor: Actor; caseId: string; reason: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canDeclineCase(input.actor, caseAccess(row))) throw new CaseError('invalid')
    await transition(trx, row, 'decline', input.actor.id, input.reason, { closed_at: sql`now()` })
    if (row.counselor_id) await notifyAboutCase(trx, [row.counselor_id], 'case_update', row.id)
    await caseChanged(trx, row.id, { queue: true })
  })
}

/** The member chooses to show the counselor who they are; the consent is recorded with its time. */
export async function revealIdentity(db: DB, input: { actor: Actor; caseId: string; details: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canRevealIdentity(input.actor, caseAccess(row), !!row.identity_revealed_at)) throw new CaseError('invalid')
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
  })
}

export async function giveCaseFeedback(db: DB, input: { actor: Actor; caseId: string; rating: number; comment: string | null }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    const given = await trx.selectFrom('case_feedback').select('case_id').where('case_id', '=', row.id).executeTakeFirst()
    if (!canGiveCaseFeedback(input.actor, caseAccess(row), !!given)) throw new CaseError('invalid')
    await trx
      .insertInto('case_feedback')
      .values({ case_id: row.id, rating: input.rating, comment_enc: sealOptional(input.comment, sealContext(row.id, 'feedback')), created_at: sql<Date>`now()` })
      .execute()
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'feedback_given' })
  })
}

// ── Sessions ─────────────────────────────────────────────────────────────────

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

/** The session's instant, read in the member's current time zone; refused if malformed or past. */
async function sessionStart(db: DB, memberId: string, local: string) {
  const member = await db.selectFrom('users').select('time_zone').where('id', '=', memberId).executeTakeFirstOrThrow()
  const startsAt = wallClockToInstant(local, member.time_zone)
  if (!startsAt) throw new CaseError('dateInvalid')
  if (startsAt.getTime() < Date.now() - 60_000) throw new CaseError('dateInPast')
  return { startsAt, timeZone: member.time_zone }
}

/** The counselor proposes a session in the member's time zone; the member accepts or declines. */
export async function scheduleSession(db: DB, input: { actor: Actor; caseId: string } & SessionInput) {
  return withLockedCase(db, input.caseId, async (trx, row) => {
    if (!canWorkOnCase(input.actor, caseAccess(row))) throw new CaseError('notFound')
    const { startsAt, timeZone } = await sessionStart(trx, row.member_id, input.startsAtLocal)
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
    if (row.status === 'assigned') await transition(trx, row, 'start', input.actor.id)
    await recordEvent(trx, row.id, { actorId: input.actor.id, kind: 'session_scheduled' })
    await scheduleReminder(trx, session.id, startsAt)
    await notifyAboutCase(trx, [row.member_id], 'case_update', row.id)
    await caseChanged(trx, row.id)
    return session.id
  })
}

type SessionChange = { kind: 'accept' } | { kind: 'decline' } | { kind: 'cancel' } | { kind: 'held' } | ({ kind: 'reschedule' } & SessionInput)

/**
 * Changes to a session: the member accepts or declines a proposal; the counselor reschedules,
 * cancels, or records that it took place. Reminders follow (moved, or dropped).
 */
export async function changeSession(db: DB, input: { actor: Actor; caseId: string; sessionId: string; change: SessionChange }) {
  await withLockedCase(db, input.caseId, async (trx, row) => {
    const access = caseAccess(row)
    const session = await trx
      .selectFrom('case_sessions')
      .select(['id', 'status', 'starts_at'])
      .where('id', '=', input.sessionId)
      .where('case_id', '=', row.id)
      .forUpdate()
      .executeTakeFirst()
    if (!session) throw new CaseError('notFound')
    const byMember = input.actor.id === row.member_id
    const { change } = input
    const memberMove = change.kind === 'accept' || change.kind === 'decline'
    if (!(memberMove ? canRespondToSession(input.actor, access) : canWorkOnCase(input.actor, access))) throw new CaseError('notFound')
    let status = session.status
    let rescheduledTo: { startsAt: Date; timeZone: string } | undefined
    const set: Record<string, unknown> = { updated_at: sql`now()` }
    switch (change.kind) {
      case 'accept':
      case 'decline':
        if (session.status !== 'proposed') throw new CaseError('invalid')
        status = change.kind === 'accept' ? 'accepted' : 'declined'
        break
      case 'cancel':
        if (session.status !== 'proposed' && session.status !== 'accepted') throw new CaseError('invalid')
        status = 'cancelled'
        break
      case 'held':
        if (session.status !== 'accepted' || session.starts_at > new Date()) throw new CaseError('invalid')
        status = 'held'
        break
      case 'reschedule': {
        if (session.status === 'held' || session.status === 'cancelled') throw new CaseError('invalid')
        status = 'proposed'
        rescheduledTo = await sessionStart(trx, row.member_id, change.startsAtLocal)
        Object.assign(set, {
          mode: change.mode,
          starts_at: rescheduledTo.startsAt,
          time_zone: rescheduledTo.timeZone,
          duration_minutes: change.durationMinutes,
          place_enc: sealOptional(change.place, sealContext(row.id, 'place')),
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
    if (other && change.kind !== 'held') await notifyAboutCase(trx, [other], 'case_update', row.id)
    await caseChanged(trx, row.id)
  })
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

export async function setMemberTimeZone(db: DB, userId: string, timeZone: string) {
  await db.updateTable('users').set({ time_zone: timeZone }).where('id', '=', userId).execute()
}

/**
 * A crisis case nobody has taken within the response window alerts again, more widely: the
 * on-duty counselors plus every intake officer and admin (each alert restarts the window).
 * Runs from every process each minute; an advisory lock makes one pass at a time.
 */
export async function alertStaleCrisisCases(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('teduh:crisis-case-alerts')) as locked`.execute(trx)
    if (!rows[0]?.locked) return 0
    const stale = await trx
      .updateTable('cases')
      .set({ alerted_at: sql`now()` })
      .where('status', '=', 'new')
      .where('urgency', '=', 'crisis')
      .where(sql<boolean>`coalesce(alerted_at, created_at) <= now() - make_interval(mins => ${env.crisisAlertMinutes})`)
      .returning(['id', 'member_id'])
      .execute()
    if (!stale.length) return 0
    const staff = await trx.selectFrom('user_roles').select('user_id').distinct().where('role', 'in', ['intake', 'admin']).execute()
    const recipients = [...new Set([...(await crisisRecipients(trx)), ...staff.map((s) => s.user_id)])]
    for (const c of stale) {
      await notifyAboutCase(trx, recipients.filter((id) => id !== c.member_id), 'case_crisis', c.id, { email: true })
    }
    await publish(trx, { type: 'cases.queue', crisis: true })
    return stale.length
  })
}
