import { verifyPassword } from '~/auth/password.server'
import type { DB } from '~/lib/db.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { refuse, type Refusal } from '../outcome'

/**
 * The password asked again before a weighty step (export, email change, deletion): counted per
 * account, so a stolen session cannot guess it. Null when it matches.
 */
export async function recheckPassword(db: DB, userId: string, password: string): Promise<Refusal<'rateLimited' | 'passwordWrong'> | null> {
  const limit = await hitRateLimit(db, RATE_RULES.passwordRechecksPerMember, userId)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).where('deleted_at', 'is', null).executeTakeFirst()
  if (!row || !(await verifyPassword(row.password_hash, password))) return refuse.invalid('passwordWrong')
  return null
}
