import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { appendAudit } from '~/models/audit.server'
import { canApplyAsExpert, canReviewExperts, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'
import { recomputeReputation } from './reputation.server'
import { recomputeExpertFlagsOfAuthor } from './posts/derived.server'

export const VERIFICATION_DAYS = 365
export const RENEWAL_NOTICE_DAYS = 30

async function notifyUser(db: DB, userId: string, kind: string, detail?: string) {
  await db.insertInto('notifications').values({ user_id: userId, kind, thread_id: null, post_id: null, actor_label: null, detail: detail ?? null, created_at: sql<Date>`now()` }).execute()
  await publish(db, { type: 'notification', userId })
}

export interface ApplicationInput {
  areas: number[]
  organisation: string
  position: string
  evidence: string
}

/** One open application per member (a unique index enforces it even under races); areas are forum categories members post in. */
export async function applyAsExpert(db: DB, actor: Actor, input: ApplicationInput): Promise<Outcome<undefined, 'notFound' | 'areasRequired' | 'applicationOpen'>> {
  return inWrite(db, async (trx) => {
    if (!canApplyAsExpert(actor)) return refuse.notFound()
    const valid = await trx.selectFrom('categories').select('id').where('staff_only', '=', false).where('id', 'in', input.areas.length ? input.areas : [-1]).execute()
    if (input.areas.length === 0 || valid.length !== new Set(input.areas).size) return refuse.invalid('areasRequired')
    const inserted = await trx
      .insertInto('expert_applications')
      .values({ user_id: actor.id, areas: input.areas, organisation: input.organisation, position: input.position, evidence: input.evidence, created_at: sql<Date>`now()` })
      .onConflict((oc) => oc.column('user_id').where('status', '=', 'pending').doNothing())
      .returning('id')
      .executeTakeFirst()
    return inserted ? ok() : refuse.conflict('applicationOpen')
  })
}

/** Approves: the badge (text, areas, expiry) appears on every answer at once; audited. */
export async function approveApplication(db: DB, admin: Actor, input: { applicationId: string; badgeText: string; areas: number[]; expiresAt: Date }) {
  return inWrite(db, async (trx): Promise<Outcome<undefined, 'notFound'>> => {
    if (!canReviewExperts(admin)) return refuse.notFound()
    const app = await trx
      .updateTable('expert_applications')
      .set({ status: 'approved', decided_by: admin.id, decided_at: sql`now()` })
      .where('id', '=', input.applicationId)
      .where('status', '=', 'pending')
      .returning('user_id')
      .executeTakeFirst()
    if (!app) return refuse.notFound()
    await trx
      .insertInto('expert_verifications')
      .values({ user_id: app.user_id, badge_text: input.badgeText, areas: input.areas, verified_by: admin.id, verified_at: sql<Date>`now()`, expires_at: input.expiresAt })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          badge_text: input.badgeText,
          areas: input.areas,
          verified_by: admin.id,
          verified_at: sql<Date>`now()`,
          expires_at: input.expiresAt,
          reminded_at: null,
          revoked_at: null,
          revoke_reason: null,
        }),
      )
      .execute()
    await trx.insertInto('user_roles').values({ user_id: app.user_id, role: 'expert' }).onConflict((oc) => oc.doNothing()).execute()
    await recomputeExpertFlagsOfAuthor(trx, app.user_id)
    await recomputeReputation(trx, app.user_id)
    await appendAudit(trx, { actorId: admin.id, action: 'expert.approve', targetType: 'user', targetId: app.user_id, meta: { applicationId: input.applicationId, badge: input.badgeText, areas: input.areas } })
    await notifyUser(trx, app.user_id, 'expert_decision', 'approved')
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

export async function rejectApplication(db: DB, admin: Actor, input: { applicationId: string; reason: string }) {
  return inWrite(db, async (trx): Promise<Outcome<undefined, 'notFound'>> => {
    if (!canReviewExperts(admin)) return refuse.notFound()
    const app = await trx
      .updateTable('expert_applications')
      .set({ status: 'rejected', decided_by: admin.id, decided_at: sql`now()`, decision_reason: input.reason })
      .where('id', '=', input.applicationId)
      .where('status', '=', 'pending')
      .returning('user_id')
      .executeTakeFirst()
    if (!app) return refuse.notFound()
    await appendAudit(trx, { actorId: admin.id, action: 'expert.reject', targetType: 'user', targetId: app.user_id, reason: input.reason, meta: { applicationId: input.applicationId } })
    await notifyUser(trx, app.user_id, 'expert_decision', 'rejected')
    return ok()
  })
}

/** Revokes with a reason: the badge disappears everywhere at once (it is read live, never copied). */
export async function revokeVerification(db: DB, admin: Actor, input: { userId: string; reason: string }) {
  return inWrite(db, async (trx): Promise<Outcome<undefined, 'notFound'>> => {
    if (!canReviewExperts(admin)) return refuse.notFound()
    const row = await trx
      .updateTable('expert_verifications')
      .set({ revoked_at: sql`now()`, revoke_reason: input.reason })
      .where('user_id', '=', input.userId)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst()
    if (!row) return refuse.notFound()
    await trx.deleteFrom('user_roles').where('user_id', '=', input.userId).where('role', '=', 'expert').execute()
    await recomputeExpertFlagsOfAuthor(trx, input.userId)
    await recomputeReputation(trx, input.userId)
    await appendAudit(trx, { actorId: admin.id, action: 'expert.revoke', targetType: 'user', targetId: input.userId, reason: input.reason })
    await notifyUser(trx, input.userId, 'expert_revoked', input.reason)
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

/** An admin re-checks a lapsed or lapsing verification and extends it by a year. */
export async function renewVerification(db: DB, admin: Actor, userId: string) {
  return inWrite(db, async (trx): Promise<Outcome<undefined, 'notFound'>> => {
    if (!canReviewExperts(admin)) return refuse.notFound()
    const row = await trx
      .updateTable('expert_verifications')
      .set({ expires_at: sql`now() + make_interval(days => ${VERIFICATION_DAYS})`, reminded_at: null, verified_at: sql`now()`, verified_by: admin.id })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst()
    if (!row) return refuse.notFound()
    await trx.insertInto('user_roles').values({ user_id: userId, role: 'expert' }).onConflict((oc) => oc.doNothing()).execute()
    await recomputeExpertFlagsOfAuthor(trx, userId)
    await recomputeReputation(trx, userId)
    await appendAudit(trx, { actorId: admin.id, action: 'expert.renew', targetType: 'user', targetId: userId })
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

/**
 * The periodic pass (run by the job runner; safe to repeat and to run from several processes):
 * reminds experts whose badge lapses within RENEWAL_NOTICE_DAYS, and tidies up lapsed ones
 * (role, thread flags, reputation). The badge itself already stops showing at expires_at.
 */
export async function runVerificationMaintenance(db: DB) {
  return db.transaction().execute(async (trx) => {
    // One process at a time does the pass; the others skip it (the lock ends with the transaction).
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('teduh:verification-maintenance')) as locked`.execute(trx)
    if (!rows[0]?.locked) return { reminded: 0, lapsed: 0 }
    const reminders = await trx
      .updateTable('expert_verifications')
      .set({ reminded_at: sql`now()` })
      .where('revoked_at', 'is', null)
      .where('reminded_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .where('expires_at', '<=', sql<Date>`now() + make_interval(days => ${RENEWAL_NOTICE_DAYS})`)
      .returning('user_id')
      .execute()
    for (const r of reminders) await notifyUser(trx, r.user_id, 'expert_renewal')
    const lapsed = await trx
      .deleteFrom('user_roles')
      .where('role', '=', 'expert')
      .where('user_id', 'in', (eb) => eb.selectFrom('expert_verifications').select('user_id').where('expires_at', '<=', sql<Date>`now()`))
      .returning('user_id')
      .execute()
    for (const l of lapsed) {
      await recomputeExpertFlagsOfAuthor(trx, l.user_id)
      await recomputeReputation(trx, l.user_id)
      await notifyUser(trx, l.user_id, 'expert_lapsed')
    }
    if (lapsed.length) await publish(trx, { type: 'forum.changed' })
    return { reminded: reminders.length, lapsed: lapsed.length }
  })
}
