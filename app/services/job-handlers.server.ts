import type { DB } from '~/lib/db.server'
import { jobMessageId, sendEmail } from '~/lib/email.server'
import { env } from '~/lib/env.server'
import { isLanguage, resources } from '~/lib/i18n'
import { calendarFile } from '~/lib/ics'
import type { DeliveryHandler, JobHandler } from '~/lib/job-queue.server'
import { logger } from '~/lib/logger.server'
import { emailConsentGiven } from '~/models/consents.server'
import { sendSessionReminder } from './cases/sessions.server'
import { emailChangeCode } from './data-rights/correct.server'
import { NOTIFICATION_EMAIL_JOB } from './watching/email-queue.server'
import { buildDigest, buildNotificationEmail, deliverOutboxEmail, DIGEST_JOB, OUTBOX_JOB } from './watching/emails.server'
import { FAN_OUT_JOB, fanOutNewPost } from './watching/fan-out.server'

type EmailTemplate = 'case_update' | 'case_crisis' | 'session_reminder' | 'crisis_alert' | 'session_invite' | 'session_accepted' | 'session_cancelled'

const CALENDAR_TEMPLATES = new Set<EmailTemplate>(['session_invite', 'session_accepted'])

function publicHost() {
  try {
    return new URL(env.publicUrl).hostname || 'teduh.local'
  } catch {
    return 'teduh.local'
  }
}

/**
 * The session's calendar file, read when the email is sent (so a moved session sends its current
 * time). Neutral: the summary names no topic, and an in-person place is left out.
 */
async function sessionCalendar(db: DB, sessionId: string, texts: Record<string, string>) {
  const s = await db
    .selectFrom('case_sessions')
    .select(['id', 'case_id', 'mode', 'status', 'starts_at', 'duration_minutes', 'sequence', 'updated_at'])
    .where('id', '=', sessionId)
    .executeTakeFirst()
  if (!s || (s.status !== 'proposed' && s.status !== 'accepted')) return null
  const caseUrl = `${env.publicUrl}/cases/${s.case_id}`
  const content = calendarFile({
    uid: `session-${s.id}@${publicHost()}`,
    sequence: s.sequence,
    stamp: s.updated_at,
    start: s.starts_at,
    end: new Date(s.starts_at.getTime() + s.duration_minutes * 60_000),
    summary: texts.icsSummary ?? 'Teduh',
    description: `${texts.icsDescription ?? ''}\n${caseUrl}#sessions`,
    url: `${caseUrl}#sessions`,
    location: s.mode === 'video' ? `${caseUrl}/sessions/${s.id}/call` : undefined,
    status: s.status === 'accepted' ? 'CONFIRMED' : 'TENTATIVE',
  })
  return { filename: 'jadwal-teduh.ics', content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }
}

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
  // Consent is read now, at send time: a withdrawal stops mail that was already queued. Crisis
  // alerts to staff on duty are part of the duty, not optional processing.
  if (template !== 'crisis_alert' && !(await emailConsentGiven(db, user.id))) {
    logger.info({ userId: user.id, job: jobId }, 'email not sent: the account withdrew consent to emails')
    return
  }
  const texts = resources[isLanguage(user.locale) ? user.locale : 'id'].common.email
  const subject = texts[`${template}Subject`] ?? texts.case_updateSubject
  // Moderators go straight to the review queue; everyone else to their notifications.
  const where = template === 'crisis_alert' ? '/mod' : '/me/notifications'
  const text = `${texts.greeting}\n\n${texts[`${template}Text`] ?? texts.case_updateText}\n\n${env.publicUrl}${where}\n\n${texts.footer}`
  const calendar = CALENDAR_TEMPLATES.has(template) && payload.sessionId ? await sessionCalendar(db, String(payload.sessionId), texts) : null
  // A proposal withdrawn before its email went out: no invitation for a session that is off.
  if (CALENDAR_TEMPLATES.has(template) && !calendar) return
  await sendEmail({ to: user.email, userId: user.id, subject, text, messageId: jobMessageId(jobId), ...(calendar ? { attachments: [calendar] } : {}) })
}

/**
 * Job: the code that confirms a new email address, sent to that address (the member asked for
 * it, so it is not optional processing). Carries only the change's id; the code is derived at
 * send time, and a change that was confirmed, replaced or expired sends nothing.
 */
const sendEmailChangeCode: DeliveryHandler = {
  deliver: async (db, job) => {
    const change = await db
      .selectFrom('email_changes as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.user_id', 'c.new_email', 'c.nonce', 'c.expires_at', 'u.locale'])
      .where('c.id', '=', String(job.payload.changeId))
      .where('c.confirmed_at', 'is', null)
      .where('c.expires_at', '>', new Date())
      .where('u.deleted_at', 'is', null)
      .executeTakeFirst()
    if (!change) return
    const texts = resources[isLanguage(change.locale) ? change.locale : 'id'].common.email
    const code = emailChangeCode(change.id, change.nonce)
    const link = `${env.publicUrl}/me/edit?code=${code}#email`
    const text = `${texts.greeting}\n\n${texts.email_confirmText.replace('{{code}}', code)}\n\n${link}\n\n${texts.footer}`
    await sendEmail({ to: change.new_email, userId: change.user_id, subject: texts.email_confirmSubject, text, messageId: jobMessageId(job.id), secret: true })
  },
}

export const jobHandlers: Record<string, JobHandler | DeliveryHandler> = {
  'session.reminder': sendSessionReminder,
  email: sendNotificationEmail,
  'email.confirm': sendEmailChangeCode,
  [FAN_OUT_JOB]: fanOutNewPost,
  [NOTIFICATION_EMAIL_JOB]: buildNotificationEmail,
  [DIGEST_JOB]: buildDigest,
  [OUTBOX_JOB]: deliverOutboxEmail,
}
