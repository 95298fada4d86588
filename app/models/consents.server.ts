import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/** Optional processing a member may withdraw at any time: notification emails. */
export const EMAIL_CONSENT = 'email_notifications'

/**
 * Whether notification emails may go to this account right now: the latest decision of the
 * email kind, read at send time. No decision yet means the one given with the privacy notice.
 */
export async function emailConsentGiven(db: DB, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('consents')
    .select('decision')
    .where('user_id', '=', userId)
    .where('kind', '=', EMAIL_CONSENT)
    .orderBy('accepted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.decision !== 'withdrawn'
}

/** Appends a decision (given or withdrawn) with the notice version and the time. */
export async function recordConsentDecision(db: DB, userId: string, input: { kind: string; version: string; decision: 'given' | 'withdrawn' }) {
  await db.insertInto('consents').values({ user_id: userId, kind: input.kind, version: input.version, decision: input.decision, accepted_at: sql<Date>`clock_timestamp()` }).execute()
}

export function listConsentRecords(db: DB, userId: string) {
  return db
    .selectFrom('consents')
    .select(['kind', 'version', 'decision', 'accepted_at'])
    .where('user_id', '=', userId)
    .orderBy('accepted_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}
