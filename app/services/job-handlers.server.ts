import type { DB } from '~/lib/db.server'
import { jobMessageId, sendEmail } from '~/lib/email.server'
import { env } from '~/lib/env.server'
import { isLanguage, resources } from '~/lib/i18n'
import type { DeliveryHandler, JobHandler } from '~/lib/job-queue.server'
import { sendSessionReminder } from './cases/sessions.server'
import { NOTIFICATION_EMAIL_JOB } from './watching/email-queue.server'
import { buildDigest, buildNotificationEmail, deliverOutboxEmail, DIGEST_JOB, OUTBOX_JOB } from './watching/emails.server'
import { FAN_OUT_JOB, fanOutNewPost } from './watching/fan-out.server'

type EmailTemplate = 'case_update' | 'case_crisis' | 'session_reminder' | 'crisis_alert'

/**
 * Job: one neutral email to an account. The payload holds the account id and a template name;
 * the address is read at send time and never stored in the queue or written to the log.
 * A delivery: sent after the job is marked as being sent, at most once, with a Message-ID
 * derived from the job.
 */
const sendNotificationEmail: DeliveryHandler = {
  deliver: (db, job) => sendNotificationEmailNow(db, job.id, job.payload),
}

async function sendNotificationEmailNow(db: DB, jobId: string, payload: Record<string, unknown>) {
  const user = await db.selectFrom('users').select(['id', 'email', 'locale', 'deleted_at']).where('id', '=', String(payload.userId)).executeTakeFirst()
  if (!user || user.deleted_at) return
  const template = String(payload.template) as EmailTemplate
  const texts = resources[isLanguage(user.locale) ? user.locale : 'id'].common.email
  const subject = texts[`${template}Subject`] ?? texts.case_updateSubject
  // Moderators go straight to the review queue; everyone else to their notifications.
  const where = template === 'crisis_alert' ? '/mod' : '/me/notifications'
  const text = `${texts.greeting}\n\n${texts[`${template}Text`] ?? texts.case_updateText}\n\n${env.publicUrl}${where}\n\n${texts.footer}`
  await sendEmail({ to: user.email, userId: user.id, subject, text, messageId: jobMessageId(jobId) })
}

export const jobHandlers: Record<string, JobHandler | DeliveryHandler> = {
  'session.reminder': sendSessionReminder,
  email: sendNotificationEmail,
  [FAN_OUT_JOB]: fanOutNewPost,
  [NOTIFICATION_EMAIL_JOB]: buildNotificationEmail,
  [DIGEST_JOB]: buildDigest,
  [OUTBOX_JOB]: deliverOutboxEmail,
}
