import { sql } from 'kysely'
import { OPEN_CASE_STATUSES } from '~/lib/case-flow'
import type { DB } from '~/lib/db.server'
import type { CaseAccess } from '~/policies'

const CASE_COLUMNS = [
  'c.id',
  'c.member_id',
  'c.member_alias',
  'c.source',
  'c.type',
  'c.urgency',
  'c.status',
  'c.counselor_id',
  'c.opened_by',
  'c.thread_id',
  'c.post_id',
  'c.reason_enc',
  'c.identity_enc',
  'c.identity_revealed_at',
  'c.referral_kind',
  'c.referral_reason_enc',
  'c.referral_place_enc',
  'c.outcome',
  'c.follow_up',
  'c.closing_enc',
  'c.member_read_id',
  'c.counselor_read_id',
  'c.created_at',
  'c.assigned_at',
  'c.first_response_at',
  'c.closed_at',
] as const

export function findCase(db: DB, caseId: string) {
  return db.selectFrom('cases as c').leftJoin('users as co', 'co.id', 'c.counselor_id').select([...CASE_COLUMNS, 'co.pseudonym as counselor_pseudonym']).where('c.id', '=', caseId).executeTakeFirst()
}

/** Locks the case row for a state change, so two simultaneous transitions cannot both pass. */
export function lockCase(db: DB, caseId: string) {
  return db.selectFrom('cases as c').select(CASE_COLUMNS).where('c.id', '=', caseId).forUpdate().executeTakeFirst()
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof lockCase>>>

export const caseAccess = (row: Pick<CaseRow, 'member_id' | 'counselor_id' | 'opened_by' | 'source' | 'urgency' | 'status' | 'closed_at'>): CaseAccess => ({
  memberId: row.member_id,
  counselorId: row.counselor_id,
  openedBy: row.opened_by,
  source: row.source,
  urgency: row.urgency,
  status: row.status,
  closedAt: row.closed_at,
})

export function listCasesOfMember(db: DB, memberId: string) {
  return db
    .selectFrom('cases as c')
    .leftJoin('users as co', 'co.id', 'c.counselor_id')
    .select(['c.id', 'c.type', 'c.urgency', 'c.status', 'c.source', 'c.created_at', 'c.updated_at', 'co.pseudonym as counselor_pseudonym'])
    .select((eb) =>
      eb
        .selectFrom('case_messages as m')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('m.case_id', '=', 'c.id')
        .whereRef('m.id', '>', 'c.member_read_id')
        .where((e) => e.or([e('m.sender_id', 'is', null), e('m.sender_id', '!=', memberId)]))
        .as('unread'),
    )
    .where('c.member_id', '=', memberId)
    .orderBy('c.updated_at', 'desc')
    .limit(100)
    .execute()
}

export function listCasesOfCounselor(db: DB, counselorId: string) {
  return db
    .selectFrom('cases as c')
    .select(['c.id', 'c.type', 'c.urgency', 'c.status', 'c.source', 'c.member_alias', 'c.created_at', 'c.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('case_messages as m')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('m.case_id', '=', 'c.id')
        .whereRef('m.id', '>', 'c.counselor_read_id')
        .where((e) => e.or([e('m.sender_id', 'is', null), e('m.sender_id', '!=', counselorId)]))
        .as('unread'),
    )
    .where('c.counselor_id', '=', counselorId)
    .orderBy(sql`c.status in ('closed', 'declined')`)
    .orderBy('c.updated_at', 'desc')
    .limit(200)
    .execute()
}

const URGENCY_ORDER = sql<number>`case c.urgency when 'crisis' then 0 when 'high' then 1 else 2 end`

/** Intake: open cases, unassigned first, then by urgency and age. Metadata only. */
export function listIntakeQueue(db: DB) {
  return db
    .selectFrom('cases as c')
    .leftJoin('users as co', 'co.id', 'c.counselor_id')
    .select(['c.id', 'c.type', 'c.urgency', 'c.status', 'c.source', 'c.created_at', 'c.assigned_at', 'c.counselor_id', 'co.pseudonym as counselor_pseudonym'])
    .where('c.status', 'in', OPEN_CASE_STATUSES)
    .orderBy(sql`c.status = 'new'`, 'desc')
    .orderBy(URGENCY_ORDER)
    .orderBy('c.created_at')
    .limit(300)
    .execute()
}

/** Unassigned crisis cases an on-duty counselor may take (metadata only). */
export function listClaimableCrisisCases(db: DB) {
  return db
    .selectFrom('cases as c')
    .select(['c.id', 'c.type', 'c.urgency', 'c.source', 'c.created_at'])
    .where('c.status', '=', 'new')
    .where('c.urgency', '=', 'crisis')
    .orderBy('c.created_at')
    .limit(50)
    .execute()
}

/** Counselors with their duty status and open caseload, for assignment. */
export function listCounselors(db: DB) {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('counselor_duty as d', 'd.user_id', 'u.id')
    .select(['u.id', 'u.pseudonym', sql<boolean>`coalesce(d.on_duty, false)`.as('on_duty')])
    .select((eb) =>
      eb
        .selectFrom('cases as c')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('c.counselor_id', '=', 'u.id')
        .where('c.status', 'in', ['assigned', 'active', 'referred'])
        .as('open_cases'),
    )
    .where('r.role', '=', 'counselor')
    .where('u.deleted_at', 'is', null)
    .orderBy('u.pseudonym')
    .execute()
}

export async function isOnDuty(db: DB, userId: string): Promise<boolean> {
  const row = await db.selectFrom('counselor_duty').select('on_duty').where('user_id', '=', userId).executeTakeFirst()
  return row?.on_duty ?? false
}

/** Who hears of a crisis case at once: on-duty counselors, or, when nobody is on duty, every counselor and intake staff member. */
export async function crisisRecipients(db: DB): Promise<string[]> {
  const onDuty = await db
    .selectFrom('counselor_duty as d')
    .innerJoin('user_roles as r', (j) => j.onRef('r.user_id', '=', 'd.user_id').on('r.role', '=', 'counselor'))
    .select('d.user_id')
    .where('d.on_duty', '=', true)
    .execute()
  if (onDuty.length) return onDuty.map((r) => r.user_id)
  const everyone = await db.selectFrom('user_roles').select('user_id').distinct().where('role', 'in', ['counselor', 'intake']).execute()
  return everyone.map((r) => r.user_id)
}

/** The newest 1,000 messages, oldest first. */
export async function listMessages(db: DB, caseId: string) {
  const newest = await db
    .selectFrom('case_messages as m')
    .leftJoin('users as u', 'u.id', 'm.sender_id')
    .select(['m.id', 'm.sender_id', 'm.body_enc', 'm.created_at', 'u.pseudonym as sender_pseudonym'])
    .where('m.case_id', '=', caseId)
    .orderBy('m.id', 'desc')
    .limit(1000)
    .execute()
  return newest.reverse()
}

export function listSessions(db: DB, caseId: string) {
  return db
    .selectFrom('case_sessions')
    .select(['id', 'mode', 'starts_at', 'duration_minutes', 'time_zone', 'place_enc', 'status', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('starts_at')
    .execute()
}

/** One session of a case, with what the call page and its policy need. */
export function findSession(db: DB, caseId: string, sessionId: string) {
  return db
    .selectFrom('case_sessions')
    .select(['id', 'case_id', 'mode', 'status', 'starts_at', 'duration_minutes', 'time_zone', 'created_at', 'updated_at'])
    .where('case_id', '=', caseId)
    .where('id', '=', sessionId)
    .executeTakeFirst()
}

/** A case's sessions still on and still ahead (the ones a closure would cancel and should mention). */
export function listUpcomingAcceptedSessions(db: DB, caseId: string, now = new Date()) {
  return db
    .selectFrom('case_sessions')
    .select(['id', 'mode', 'starts_at', 'duration_minutes', 'time_zone'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'accepted')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .execute()
}

export function listNotes(db: DB, caseId: string) {
  return db
    .selectFrom('case_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body_enc', 'n.created_at', 'u.pseudonym as author_pseudonym'])
    .where('n.case_id', '=', caseId)
    .orderBy('n.id', 'desc')
    .execute()
}

export function listCaseEvents(db: DB, caseId: string) {
  return db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.from_status', 'e.to_status', 'e.detail_enc', 'e.created_at', 'e.actor_id', 'u.pseudonym as actor_pseudonym'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute()
}

/** The access log as the member sees it: who, in what capacity, how often per day. */
export function summarizeCaseAccess(db: DB, caseId: string) {
  return db
    .selectFrom('case_access_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'u.pseudonym as actor_pseudonym',
      'a.capacity',
      'a.what',
      sql<string>`to_char(date_trunc('day', a.created_at at time zone 'Asia/Jakarta'), 'YYYY-MM-DD')`.as('day'),
      (eb) => eb.fn.countAll<string>().as('times'),
      (eb) => eb.fn.max('a.created_at').as('last_at'),
    ])
    .where('a.case_id', '=', caseId)
    .groupBy(['u.pseudonym', 'a.capacity', 'a.what', sql`date_trunc('day', a.created_at at time zone 'Asia/Jakarta')`])
    .orderBy('last_at', 'desc')
    .limit(200)
    .execute()
}

export function findFeedback(db: DB, caseId: string) {
  return db.selectFrom('case_feedback').select(['rating', 'comment_enc', 'created_at']).where('case_id', '=', caseId).executeTakeFirst()
}

/** Cases an HR official referred, with only the dates of sessions that took place. */
export async function listReferralsBy(db: DB, officialId: string) {
  const cases = await db
    .selectFrom('cases as c')
    .select(['c.id', 'c.member_alias', 'c.type', 'c.status', 'c.created_at'])
    .where('c.opened_by', '=', officialId)
    .where('c.source', '=', 'referral')
    .orderBy('c.id', 'desc')
    .limit(200)
    .execute()
  if (!cases.length) return []
  const held = await db
    .selectFrom('case_sessions')
    .select(['case_id', 'starts_at'])
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .where('status', '=', 'held')
    .orderBy('starts_at')
    .execute()
  return cases.map((c) => ({ ...c, heldSessions: held.filter((h) => h.case_id === c.id).map((h) => h.starts_at) }))
}

/** Cases the actor opened by escalation from this post (status only). */
export function listEscalationsOfPost(db: DB, postId: string, actorId: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'status', 'created_at'])
    .where('post_id', '=', postId)
    .where('opened_by', '=', actorId)
    .where('source', '=', 'escalation')
    .orderBy('id', 'desc')
    .execute()
}

export function findOpenCaseOfPost(db: DB, postId: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'opened_by'])
    .where('post_id', '=', postId)
    .where('status', 'in', OPEN_CASE_STATUSES)
    .executeTakeFirst()
}

export function findOpenRequestOf(db: DB, memberId: string) {
  return db
    .selectFrom('cases')
    .select(['id'])
    .where('member_id', '=', memberId)
    .where('source', '=', 'request')
    .where('status', 'in', OPEN_CASE_STATUSES)
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

/** Admin counts: status × type and by source. No contents, no people. */
export function countCases(db: DB) {
  return db
    .selectFrom('cases')
    .select(['status', 'type', 'source', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['status', 'type', 'source'])
    .execute()
}
