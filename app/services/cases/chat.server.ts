import { sql } from 'kysely'
import { seal } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { caseAccess } from '~/models/cases.server'
import { canReadCase, canSendCaseMessage, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { sealContext, transition, withLockedCase } from './shared.server'

export async function insertMessage(db: DB, caseId: string, senderId: string, body: string, idempotencyKey: string | null) {
  const row = await db
    .insertInto('case_messages')
    .values({ case_id: caseId, sender_id: senderId, body_enc: seal(body, sealContext(caseId, 'message')), idempotency_key: idempotencyKey, created_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

/**
 * A chat message from the member or the assigned counselor (a resent form adds nothing). The
 * counselor's first message starts the case (assigned → active). The other side is notified
 * neutrally; open pages update live.
 */
export async function sendCaseMessage(db: DB, input: { actor: Actor; caseId: string; body: string; idempotencyKey: string | null }) {
  return withLockedCase(db, input.caseId, async (trx, row): Promise<Outcome<string | null, 'notFound' | 'case_invalid' | 'rateLimited'>> => {
    const access = caseAccess(row)
    if (!canReadCase(input.actor, access)) return refuse.notFound()
    if (!canSendCaseMessage(input.actor, access)) return refuse.conflict('case_invalid')
    const limit = await hitRateLimit(trx, RATE_RULES.caseMessagesPerMember, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    const messageId = await insertMessage(trx, row.id, input.actor.id, input.body, input.idempotencyKey)
    if (!messageId) return ok(null)
    const fromCounselor = input.actor.id === row.counselor_id
    if (fromCounselor && row.status === 'assigned') {
      const started = await transition(trx, row, 'start', input.actor.id)
      if (!started.ok) return started
    }
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
    return ok(messageId)
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
