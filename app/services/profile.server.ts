import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { canEditProfile, canManageOwnAccount, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'

export type ProfileRefusal = 'notFound' | 'interestsUnknown' | 'rateLimited'

/**
 * The member saves their public profile: a short plain-text bio (shown as typed, never as
 * HTML) and areas of interest, which must be public categories. Limited per member.
 */
export async function updateProfile(db: DB, actor: Actor, input: { bio: string; interests: number[] }): Promise<Outcome<undefined, ProfileRefusal>> {
  return inWrite(db, async (trx) => {
    if (!canEditProfile(actor)) return refuse.notFound()
    if (input.interests.length) {
      const known = await trx.selectFrom('categories').select('id').where('staff_only', '=', false).where('id', 'in', input.interests).execute()
      if (known.length !== input.interests.length) return refuse.invalid('interestsUnknown', 'profileEdit.errorInterestsUnknown')
    }
    const limit = await hitRateLimit(trx, RATE_RULES.profileEditsPerMember, actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    await trx
      .updateTable('users')
      .set({ bio: input.bio || null, interests: input.interests })
      .where('id', '=', actor.id)
      .execute()
    return ok()
  })
}

/** The member finished or skipped the onboarding: it is not shown again. */
export async function finishOnboarding(db: DB, actor: Actor): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canManageOwnAccount(actor, actor.id)) return refuse.notFound()
    await trx.updateTable('users').set({ onboarded_at: sql`now()` }).where('id', '=', actor.id).where('onboarded_at', 'is', null).execute()
    return ok()
  })
}
