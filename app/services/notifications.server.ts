import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish, publishMany } from '~/lib/events.server'
import { enqueueJob } from '~/lib/job-queue.server'
import { queueOptInEmails } from './watching/email-queue.server'

export type NotificationKind = 'reply_to_thread' | 'reply_to_post' | 'mention' | 'watch_thread' | 'watch_reply'

export interface NewNotification {
  userId: string
  kind: NotificationKind
  threadId: string
  postId: string
  /** As shown publicly: a pseudonym or the thread's "Anonim #XXXX" handle. */
  actorLabel: string
}

/**
 * Writes notifications (one per recipient, the first given wins) and tells each recipient's
 * open pages. Replies and mentions are also mailed to recipients who opted in (after a short
 * wait, and only if still unread then).
 */
export async function notify(db: DB, notifications: NewNotification[]) {
  const byUser = new Map<string, NewNotification>()
  for (const n of notifications) if (!byUser.has(n.userId)) byUser.set(n.userId, n)
  if (byUser.size === 0) return
  const rows = await db
    .insertInto('notifications')
    .values(
      [...byUser.values()].map((n) => ({
        user_id: n.userId,
        kind: n.kind,
        thread_id: n.threadId,
        post_id: n.postId,
        actor_label: n.actorLabel,
        created_at: sql<Date>`now()`,
      })),
    )
    .returning(['id', 'user_id', 'kind'])
    .execute()
  await queueOptInEmails(db, rows)
  await publishMany(db, [...byUser.keys()].map((userId) => ({ type: 'notification' as const, userId })))
}

export function countUnread(db: DB, userId: string) {
  return db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n))
}

export function listNotifications(db: DB, userId: string, limit = 50) {
  return db
    .selectFrom('notifications as n')
    .leftJoin('threads as t', 't.id', 'n.thread_id')
    .select(['n.id', 'n.kind', 'n.thread_id', 'n.post_id', 'n.actor_label', 'n.count', 'n.detail', 'n.created_at', 'n.read_at', 't.title as thread_title'])
    .where('n.user_id', '=', userId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute()
}

export async function markRead(db: DB, userId: string, notificationId: string | 'all') {
  let query = db.updateTable('notifications').set({ read_at: sql`now()` }).where('user_id', '=', userId).where('read_at', 'is', null)
  if (notificationId !== 'all') query = query.where('id', '=', notificationId)
  await query.execute()
}

/**
 * Case notifications say only that something is waiting ("You have a new message in Teduh"):
 * screens are shared in offices, so the text never names a topic. Repeats for the same case
 * fold into one unread entry. With `email`, a neutral email is queued too.
 */
export type CaseNotificationKind = 'case_update' | 'case_crisis' | 'session_reminder' | 'session_cancelled'

export async function notifyAboutCase(db: DB, userIds: string[], kind: CaseNotificationKind, caseId: string, options: { email?: boolean; sessionId?: string } = {}) {
  for (const userId of new Set(userIds)) {
    const folded = await db
      .updateTable('notifications')
      .set({ count: sql`count + 1`, created_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('detail', '=', caseId)
      .where('read_at', 'is', null)
      .returning('id')
      .executeTakeFirst()
    if (!folded) {
      await db
        .insertInto('notifications')
        .values({ user_id: userId, kind, thread_id: null, post_id: null, actor_label: null, detail: caseId, created_at: sql<Date>`now()` })
        .execute()
    }
    if (options.email) await enqueueJob(db, { kind: 'email', payload: { userId, template: kind, ...(options.sessionId ? { sessionId: options.sessionId } : {}) }, runAt: new Date() })
    await publish(db, { type: 'notification', userId })
  }
}

/** A session email with its calendar file (an invitation to the member, an acceptance to the counselor). */
export async function queueSessionEmail(db: DB, userId: string, template: 'session_invite' | 'session_accepted', sessionId: string) {
  await enqueueJob(db, { kind: 'email', payload: { userId, template, sessionId }, runAt: new Date() })
}
