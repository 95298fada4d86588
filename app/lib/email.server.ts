import nodemailer, { type Transporter } from 'nodemailer'
import { env } from './env.server'
import { logger } from './logger.server'

let transport: Transporter | undefined

export interface OutgoingEmail {
  to: string
  /** For the log only: which account, never the address. */
  userId: string
  subject: string
  text: string
}

/**
 * Sends through SMTP_URL when configured. Without it (development, the embedded quick start)
 * the message is written to the log, without the address.
 */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  if (!env.smtpUrl) {
    logger.info({ userId: email.userId, subject: email.subject, text: email.text }, 'email (no SMTP configured, not sent)')
    return
  }
  transport ??= nodemailer.createTransport(env.smtpUrl)
  await transport.sendMail({ from: env.mailFrom, to: email.to, subject: email.subject, text: email.text })
  logger.info({ userId: email.userId }, 'email sent')
}
