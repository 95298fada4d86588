import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { appendAudit } from '~/models/audit.server'
import { canDecideEmailReveal, canRequestEmailReveal, canSeeRevealedEmail, canViewAdminArea, type Actor, type RevealAccess } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

const lockReveal = (db: DB, id: string) =>
  db.selectFrom('email_reveals').select(['id', 'target_user_id', 'requested_by', 'reason', 'status']).where('id', '=', id).forUpdate().executeTakeFirst()

const accessOf = (r: { target_user_id: string; requested_by: string | null; status: RevealAccess['status'] }): RevealAccess => ({
  targetUserId: r.target_user_id,
  requestedBy: r.requested_by,
  status: r.status,
})

/** Step 1: an admin names the account (by pseudonym) and says why; audited with the reason. */
export async function requestEmailReveal(db: DB, input: { actor: Actor; pseudonym: string; reason: string }): Promise<Outcome<{ id: string }, 'notFound' | 'rateLimited' | 'revealUnknownMember' | 'revealPending'>> {
  return inWrite(db, async (trx) => {
    if (!canViewAdminArea(input.actor)) return refuse.notFound()
    const target = await trx.selectFrom('users').select('id').where('pseudonym', '=', input.pseudonym).where('deleted_at', 'is', null).executeTakeFirst()
    if (!target || !canRequestEmailReveal(input.actor, target)) return refuse.invalid('revealUnknownMember')
    const pending = await trx.selectFrom('email_reveals').select('id').where('target_user_id', '=', target.id).where('requested_by', '=', input.actor.id).where('status', 'in', ['pending', 'approved']).executeTakeFirst()
    if (pending) return refuse.invalid('revealPending')
    const limit = await hitRateLimit(trx, RATE_RULES.revealRequestsPerAdmin, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    const row = await trx.insertInto('email_reveals').values({ target_user_id: target.id, requested_by: input.actor.id, reason: input.reason, created_at: sql<Date>`now()` }).returning('id').executeTakeFirstOrThrow()
    await appendAudit(trx, { actorId: input.actor.id, action: 'email_reveal.request', targetType: 'user', targetId: target.id, reason: input.reason, meta: { reveal: row.id } })
    return ok({ id: row.id })
  })
}

/** Step 2: a second admin (not the requester, not the account) approves or declines; audited. */
export async function decideEmailReveal(db: DB, input: { actor: Actor; revealId: string; approve: boolean }): Promise<Outcome<undefined, 'notFound' | 'revealDecided'>> {
  return inWrite(db, async (trx) => {
    if (!canViewAdminArea(input.actor)) return refuse.notFound()
    const reveal = await lockReveal(trx, input.revealId)
    if (!reveal) return refuse.notFound()
    if (reveal.status !== 'pending') return refuse.conflict('revealDecided')
    if (!canDecideEmailReveal(input.actor, accessOf(reveal))) return refuse.notFound()
    await trx.updateTable('email_reveals').set({ status: input.approve ? 'approved' : 'declined', decided_by: input.actor.id, decided_at: sql`now()` }).where('id', '=', reveal.id).execute()
    await appendAudit(trx, {
      actorId: input.actor.id,
      action: input.approve ? 'email_reveal.approve' : 'email_reveal.decline',
      targetType: 'user',
      targetId: reveal.target_user_id,
      meta: { reveal: reveal.id, requestedBy: reveal.requested_by },
    })
    return ok()
  })
}

/**
 * Step 3: the requester sees the email, once: the answer to this one POST carries it and the
 * request is then spent. The member is told, neutrally, that it happened and why; audited.
 */
export async function showRevealedEmail(db: DB, input: { actor: Actor; revealId: string }): Promise<Outcome<{ email: string; pseudonym: string }, 'notFound' | 'revealSpent'>> {
  return inWrite(db, async (trx) => {
    if (!canViewAdminArea(input.actor)) return refuse.notFound()
    const reveal = await lockReveal(trx, input.revealId)
    if (!reveal || reveal.requested_by !== input.actor.id) return refuse.notFound()
    if (reveal.status === 'shown') return refuse.conflict('revealSpent')
    if (!canSeeRevealedEmail(input.actor, accessOf(reveal))) return refuse.notFound()
    const target = await trx.selectFrom('users').select(['email', 'pseudonym']).where('id', '=', reveal.target_user_id).where('deleted_at', 'is', null).executeTakeFirst()
    if (!target) return refuse.notFound()
    await trx.updateTable('email_reveals').set({ status: 'shown', shown_at: sql`now()` }).where('id', '=', reveal.id).execute()
    await trx
      .insertInto('notifications')
      .values({ user_id: reveal.target_user_id, kind: 'identity_revealed', thread_id: null, post_id: null, actor_label: null, detail: reveal.reason, created_at: sql<Date>`now()` })
      .execute()
    await publish(trx, { type: 'notification', userId: reveal.target_user_id })
    await appendAudit(trx, { actorId: input.actor.id, action: 'email_reveal.show', targetType: 'user', targetId: reveal.target_user_id, meta: { reveal: reveal.id } })
    return ok({ email: target.email, pseudonym: target.pseudonym })
  })
}
