import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/** A member's own verification row (for their page): never an address, there is none. */
export function findEmployeeVerification(db: DB, userId: string) {
  return db
    .selectFrom('employee_verifications')
    .select(['method', 'institution', 'show_institution', 'verified_at', 'expires_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

/** When the member's verification ends, or null if they have none in force. */
export async function employeeVerifiedUntil(db: DB, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('employee_verifications')
    .select('expires_at')
    .where('user_id', '=', userId)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst()
  return row?.expires_at ?? null
}

/** The pending email code's expiry (the member's page shows the code field while it lasts). */
export function findPendingEmailCode(db: DB, userId: string) {
  return db
    .selectFrom('employee_verification_codes')
    .select(['expires_at', 'institution'])
    .where('user_id', '=', userId)
    .where('method', '=', 'email')
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst()
}

/** The public face of a verification in force: the institution only if the member opted in. */
export function publicEmployeeBadge(db: DB, userId: string) {
  return db
    .selectFrom('employee_verifications')
    .select([sql<string | null>`case when show_institution then institution else null end`.as('institution'), 'expires_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst()
}
