import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { enqueueJob } from '~/lib/job-queue.server'

/**
 * Crisis items still open after the response window alert every moderator and admin again (the
 * staff who can act on them), in the app and by a neutral email (each alert restarts the window). An item escalated into a case is resolved, so it stops alerting. Returns how many
 * items alerted. Safe to run from several processes.
 */
export async function alertStaleCrisisFlags(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('teduh:crisis-alerts')) as locked`.execute(trx)
    if (!rows[0]?.locked) return 0
    const minutes = env.crisisAlertMinutes
    const stale = await trx
      .updateTable('flags')
      .set({ alerted_at: sql`now()` })
      .where('status', '=', 'open')
      .where('reason', '=', 'crisis')
      .where(sql<boolean>`coalesce(alerted_at, created_at) <= now() - make_interval(mins => ${minutes})`)
      // A counselor already has it (an open case for the post): not the moderators' to chase.
      .where(sql<boolean>`not exists (select 1 from cases c where c.post_id = flags.post_id and c.status not in ('closed', 'declined'))`)
      .returning(['post_id', 'thread_id'])
      .execute()
    const posts = [...new Map(stale.map((f) => [f.post_id, f])).values()]
    if (posts.length === 0) return 0
    const moderators = await trx.selectFrom('user_roles').select('user_id').where('role', 'in', ['moderator', 'admin']).distinct().execute()
    for (const m of moderators) {
      await trx
        .insertInto('notifications')
        .values(posts.map((p) => ({ user_id: m.user_id, kind: 'crisis_alert', thread_id: p.thread_id, post_id: p.post_id, actor_label: null, created_at: sql<Date>`now()` })))
        .execute()
      await publish(trx, { type: 'notification', userId: m.user_id })
    }
    // Emails name no topic, no post and no person; they only say something urgent waits.
    for (const m of moderators) await enqueueJob(trx, { kind: 'email', payload: { userId: m.user_id, template: 'crisis_alert' }, runAt: new Date() })
    await publish(trx, { type: 'moderation.flag', crisis: true })
    return posts.length
  })
}
