import { sql } from 'kysely'
import type { CaseSource, CaseType, CaseUrgency } from '#db/schema'
import { anonHandle } from '~/lib/anon.server'
import { seal } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { appendAudit } from '~/models/audit.server'
import { crisisRecipients, findOpenCaseOfPost, findOpenRequestOf } from '~/models/cases.server'
import { canEscalateToCase, canReferEmployee, canRequestCounseling, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'
import { insertMessage } from './chat.server'
import { caseChanged, recordEvent, sealContext } from './shared.server'

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

export interface RequestCaseInput {
  actor: Actor
  type: CaseType
  urgency: CaseUrgency
  message?: string | null
  postId?: string | null
  idempotencyKey?: string | null
  /** From the crisis message: land on the member's open request if there is one (a second click opens nothing new). */
  reuseOpenRequest?: boolean
  /** From the request form: a daily limit on new cases (the crisis path is never limited). */
  limited?: boolean
}

/** A member asks for a counselor (from their page or the crisis message); a repeated submit returns the same case. */
export async function requestCase(db: DB, input: RequestCaseInput): Promise<Outcome<string, 'notFound' | 'rateLimited'>> {
  return inWrite(db, async (trx) => {
    if (!canRequestCounseling(input.actor)) return refuse.notFound()
    // One request at a time per member, so a double click cannot open two cases.
    await sql`select pg_advisory_xact_lock(hashtext(${`teduh:case-request:${input.actor.id}`}))`.execute(trx)
    const existing = (await findByIdempotencyKey(trx, input.idempotencyKey)) ?? (input.reuseOpenRequest ? await findOpenRequestOf(trx, input.actor.id) : undefined)
    if (existing) return ok(existing.id)
    if (input.limited) {
      const limit = await hitRateLimit(trx, RATE_RULES.caseOpensPerMember, input.actor.id)
      if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    }
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
    return ok(caseId)
  })
}

/**
 * A moderator escalates a post into a case for its writer. The writer appears to the counselor as
 * they appeared on the post (their thread's Anonim handle for an anonymous post). One open case
 * per post. The post's open flags are resolved by it: a crisis item leaves the moderators'
 * crisis lane (and its re-alerts stop) because a counselor now has it.
 */
export async function escalatePost(
  db: DB,
  input: { actor: Actor; postId: string; type: CaseType; urgency: CaseUrgency; reason: string },
): Promise<Outcome<{ caseId: string }, 'notFound' | 'case_exists'>> {
  return inWrite(db, async (trx) => {
    const post = await trx
      .selectFrom('posts as p')
      .innerJoin('users as u', 'u.id', 'p.author_id')
      .select(['p.id', 'p.thread_id', 'p.author_id', 'p.is_anonymous', 'u.pseudonym'])
      .where('p.id', '=', input.postId)
      .forUpdate('p')
      .executeTakeFirst()
    if (!post || !canEscalateToCase(input.actor, { authorId: post.author_id })) return refuse.notFound()
    if (await findOpenCaseOfPost(trx, post.id)) return refuse.conflict('case_exists')
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
    await trx
      .updateTable('flags')
      .set({ status: 'resolved', resolution: 'escalate', resolved_by: input.actor.id, resolved_at: sql`now()` })
      .where('post_id', '=', post.id)
      .where('status', '=', 'open')
      .execute()
    // The audit row names the case, never the reason (which may describe someone's health).
    await appendAudit(trx, { actorId: input.actor.id, action: 'case.escalate', targetType: 'case', targetId: caseId, meta: { postId: post.id, urgency: input.urgency } })
    await publish(trx, { type: 'moderation.flag', crisis: false })
    return ok({ caseId })
  })
}

/** An HR official refers an employee by pseudonym; they will later see only whether and when sessions took place. */
export async function referEmployee(
  db: DB,
  input: { actor: Actor; pseudonym: string; type: CaseType; urgency: CaseUrgency; reason: string; idempotencyKey?: string | null },
): Promise<Outcome<string, 'notFound' | 'case_unknownMember'>> {
  return inWrite(db, async (trx) => {
    if (!canReferEmployee(input.actor)) return refuse.notFound()
    const existing = await findByIdempotencyKey(trx, input.idempotencyKey)
    if (existing) return ok(existing.id)
    const member = await trx
      .selectFrom('users')
      .select(['id', 'pseudonym'])
      .where('pseudonym_key', '=', pseudonymKey(input.pseudonym))
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!member || member.id === input.actor.id) return refuse.invalid('case_unknownMember')
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
    return ok(caseId)
  })
}
