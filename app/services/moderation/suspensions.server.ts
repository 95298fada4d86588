import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/** The account-wide end and reason follow the open suspensions (what the member sees, what the policies check). */
async function deriveAccountSuspension(db: DB, userId: string) {
  await sql`
    update users set
      suspended_until = s.until,
      suspension_reason = s.reason
    from (select max(until) as until, (array_agg(reason order by until desc))[1] as reason
          from suspensions where user_id = ${userId} and lifted_at is null and until > now()) s
    where users.id = ${userId}`.execute(db)
}

/**
 * Suspends an account for `days`, remembering the channel: null for a named post (or an
 * admin), or the thread whose anonymous handle the action came through.
 */
export async function suspendAccount(db: DB, input: { userId: string; throughThreadId: string | null; days: number; reason: string; actorId: string }) {
  await db
    .insertInto('suspensions')
    .values({
      user_id: input.userId,
      through_thread_id: input.throughThreadId,
      until: sql<Date>`now() + make_interval(days => ${input.days})`,
      reason: input.reason,
      created_by: input.actorId,
      created_at: sql<Date>`now()`,
    })
    .execute()
  await deriveAccountSuspension(db, input.userId)
}

/** Lifts the open suspensions of one channel; returns whether there was one. */
export async function liftSuspensions(db: DB, input: { userId: string; throughThreadId: string | null }): Promise<boolean> {
  const lifted = await db
    .updateTable('suspensions')
    .set({ lifted_at: sql`now()` })
    .where('user_id', '=', input.userId)
    .where('lifted_at', 'is', null)
    .where('until', '>', sql<Date>`now()`)
    .where((eb) => (input.throughThreadId ? eb('through_thread_id', '=', input.throughThreadId) : eb('through_thread_id', 'is', null)))
    .returning('id')
    .execute()
  if (lifted.length) await deriveAccountSuspension(db, input.userId)
  return lifted.length > 0
}
