import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { crisisRecipients } from '~/models/cases.server'
import { notifyAboutCase } from '../notifications.server'

/**
 * A crisis case nobody has taken within the response window alerts again, more widely: the
 * on-duty counselors plus every intake officer and admin (each alert restarts the window).
 * Runs from every process each minute; an advisory lock makes one pass at a time.
 */
export async function alertStaleCrisisCases(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('teduh:crisis-case-alerts')) as locked`.execute(trx)
    if (!rows[0]?.locked) return 0
    const stale = await trx
      .updateTable('cases')
      .set({ alerted_at: sql`now()` })
      .where('status', '=', 'new')
      .where('urgency', '=', 'crisis')
      .where(sql<boolean>`coalesce(alerted_at, created_at) <= now() - make_interval(mins => ${env.crisisAlertMinutes})`)
      .returning(['id', 'member_id'])
      .execute()
    if (!stale.length) return 0
    const staff = await trx.selectFrom('user_roles').select('user_id').distinct().where('role', 'in', ['intake', 'admin']).execute()
    const recipients = [...new Set([...(await crisisRecipients(trx)), ...staff.map((s) => s.user_id)])]
    for (const c of stale) {
      await notifyAboutCase(trx, recipients.filter((id) => id !== c.member_id), 'case_crisis', c.id, { email: true })
    }
    await publish(trx, { type: 'cases.queue', crisis: true })
    return stale.length
  })
}
