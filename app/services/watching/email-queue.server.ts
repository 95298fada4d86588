import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { enqueueJob } from '~/lib/job-queue.server'

export const NOTIFICATION_EMAIL_JOB = 'notification.email'

/** How long a reply or mention waits before it is mailed: read in the bell by then, it is not. */
export const NOTIFICATION_EMAIL_DELAY_MS = 5 * 60_000

/** Which preference lets a notification kind be mailed one by one (watch kinds go in the digest). */
export const EMAIL_PREFERENCE_OF: Partial<Record<string, 'reply_emails' | 'mention_emails'>> = {
  reply_to_thread: 'reply_emails',
  reply_to_post: 'reply_emails',
  mention: 'mention_emails',
}

/** Queues an email for each new reply or mention notification whose recipient opted in. */
export async function queueOptInEmails(db: DB, rows: { id: string; user_id: string; kind: string }[]) {
  const mailable = rows.filter((r) => EMAIL_PREFERENCE_OF[r.kind])
  if (mailable.length === 0) return
  const prefs = await db
    .selectFrom('email_preferences')
    .select(['user_id', 'reply_emails', 'mention_emails'])
    .where('user_id', 'in', [...new Set(mailable.map((r) => r.user_id))])
    .where(sql<boolean>`reply_emails or mention_emails`)
    .execute()
  const byUser = new Map(prefs.map((p) => [p.user_id, p]))
  for (const row of mailable) {
    const p = byUser.get(row.user_id)
    if (!p || !p[EMAIL_PREFERENCE_OF[row.kind]!]) continue
    await enqueueJob(db, { kind: NOTIFICATION_EMAIL_JOB, payload: { notificationId: row.id }, runAt: new Date(Date.now() + NOTIFICATION_EMAIL_DELAY_MS) })
  }
}
