import pino from 'pino'
import { env } from './env.server'

/**
 * Structured JSON logs. Redaction is a second line of defence: callers log ids and
 * outcomes, never emails, pseudonyms, bodies, cookies or IP addresses.
 */
export const logger = pino({
  level: env.logLevel,
  base: { app: 'teduh' },
  redact: {
    paths: ['email', '*.email', 'password', '*.password', 'headers.cookie', 'cookie', 'body', '*.body', 'ip', 'token'],
    censor: '[redacted]',
  },
})
