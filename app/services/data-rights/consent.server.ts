import type { DB } from '~/lib/db.server'
import { EMAIL_CONSENT, emailConsentGiven, recordConsentDecision } from '~/models/consents.server'
import { canExerciseDataRights, type Actor } from '~/policies'
import { PRIVACY_NOTICE_VERSION } from '../accounts.server'
import { withdrawEmailConsent } from '../watching/watches.server'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

/**
 * Gives or withdraws consent to notification emails. It takes effect at once: the email job
 * reads the standing decision when it sends, so mail already queued is not sent either.
 * Choosing what already stands writes nothing (a double submit is one record).
 */
export async function setEmailConsent(db: DB, input: { actor: Actor; given: boolean }): Promise<Outcome<{ changed: boolean }>> {
  return inWrite<{ changed: boolean }, string>(db, async (trx) => {
    if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
    // The account row is the lock that orders two submits of the same form.
    await trx.selectFrom('users').select('id').where('id', '=', input.actor.id).forUpdate().executeTakeFirstOrThrow()
    if ((await emailConsentGiven(trx, input.actor.id)) === input.given) return ok({ changed: false })
    await recordConsentDecision(trx, input.actor.id, { kind: EMAIL_CONSENT, version: PRIVACY_NOTICE_VERSION, decision: input.given ? 'given' : 'withdrawn' })
    // Withdrawing also turns the optional emails (digests, reply and mention emails) off; giving
    // it back does not turn them on again: each stays opt-in.
    if (!input.given) await withdrawEmailConsent(trx, input.actor.id)
    return ok({ changed: true })
  })
}
