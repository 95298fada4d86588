import nodemailer, { type Transporter } from 'nodemailer'
import { env } from './env.server'
import { DeliveryRefusedError } from './job-queue.server'
import { logger } from './logger.server'
import { keyedHash } from './secret.server'

let transport: Transporter | undefined

export interface OutgoingEmail {
  to: string
  /** For the log only: which account, never the address. */
  userId: string
  subject: string
  text: string
  /** The same for every attempt at one message, so a resend is recognisable as the same mail. */
  messageId?: string
  /** The text holds a secret (a confirmation code): never written to a production log. */
  secret?: boolean
  /** Extra headers (List-Unsubscribe). */
  headers?: Record<string, string>
  /**
   * Where the text is already kept (an email_outbox row): the development log then names the row
   * instead of repeating the text, which holds an unsubscribe link.
   */
  outboxId?: string
  /** Files sent with the message (a session's calendar file). */
  attachments?: { filename: string; content: string; contentType: string }[]
}

/** A stable Message-ID for the email of one job (unguessable, so it reveals no job count). */
export function jobMessageId(jobId: string): string {
  let host = 'teduh.local'
  try {
    host = new URL(env.publicUrl).hostname || host
  } catch {
    // keep the default
  }
  return `<teduh-job-${jobId}.${keyedHash('email-message-id', jobId).slice(0, 16)}@${host}>`
}

// SMTP stages before the message itself is sent: a failure there leaves nothing at the server.
const BEFORE_MESSAGE = new Set(['CONN', 'EHLO', 'HELO', 'LHLO', 'STARTTLS', 'MAIL FROM', 'RCPT TO'])

/** True when the SMTP server certainly did not accept the message (it can be retried safely). */
function certainlyNotAccepted(error: unknown): boolean {
  const e = error as { code?: string; command?: string; responseCode?: number }
  // An SMTP reply refusing it: the server said no, so nothing was accepted.
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return true
  if (['ECONNECTION', 'EDNS', 'EAUTH', 'ETLS', 'EENVELOPE', 'ENOAUTH'].includes(e.code ?? '')) return true
  return typeof e.command === 'string' && (BEFORE_MESSAGE.has(e.command) || e.command.startsWith('AUTH'))
}

/**
 * Sends through SMTP_URL when configured. Without it (development, the embedded quick start)
 * the message is written to the log, without the address. Throws DeliveryRefusedError when the
 * server certainly did not take the message; any other error means it may have gone out.
 */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  if (!env.smtpUrl) {
    // Development without SMTP shows the text so the quick start can be tried; a secret stays out
    // of a production log, and a text kept in an email_outbox row is named, not repeated.
    const text = email.secret && env.isProduction ? '[withheld: holds a code]' : email.text
    const attachments = email.attachments?.map((a) => a.filename)
    if (email.outboxId) logger.info({ userId: email.userId, outboxId: email.outboxId, attachments }, 'email (no SMTP configured, not sent; text in email_outbox)')
    else logger.info({ userId: email.userId, subject: email.subject, text, attachments }, 'email (no SMTP configured, not sent)')
    return
  }
  // Bounded waits: a stalled server must not hold a job (and its "being sent" mark) for minutes.
  transport ??= nodemailer.createTransport({ url: env.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as Parameters<typeof nodemailer.createTransport>[0])
  try {
    await transport.sendMail({
      from: env.mailFrom,
      to: email.to,
      subject: email.subject,
      text: email.text,
      ...(email.messageId ? { messageId: email.messageId } : {}),
      ...(email.headers ? { headers: email.headers } : {}),
      ...(email.attachments?.length ? { attachments: email.attachments } : {}),
    })
  } catch (error) {
    if (certainlyNotAccepted(error)) throw new DeliveryRefusedError((error as Error).message)
    throw error
  }
  logger.info({ userId: email.userId }, 'email sent')
}
