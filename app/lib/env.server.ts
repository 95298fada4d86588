import path from 'node:path'
import { z } from 'zod'

// Every setting the app reads, with its type, range and default (README: Configuration). An empty
// variable counts as unset. A value out of range stops the server at startup with the variable's
// name, rather than silently running with something else.
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value)
const text = () => z.preprocess(blankAsUnset, z.string().optional())
const count = (fallback: number, min = 0) => z.preprocess(blankAsUnset, z.coerce.number().int().min(min).default(fallback))
const positive = (fallback: number) => z.preprocess(blankAsUnset, z.coerce.number().positive().default(fallback))
const flag = () => z.preprocess(blankAsUnset, z.enum(['0', '1']).optional())

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(blankAsUnset, z.string().default('development')),
  DATABASE_URL: z.preprocess(blankAsUnset, z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional()),
  DATABASE_SCHEMA: z.preprocess(blankAsUnset, z.string().regex(/^[a-z_][a-z0-9_]*$/i).optional()),
  DATA_DIR: text(),
  TEDUH_SECRET: text(),
  TEDUH_CASE_KEY: text(),
  INSECURE_COOKIES: flag(),
  RATE_LIMIT_MULTIPLIER: positive(1),
  RATING_MIN_ACCOUNT_DAYS: count(3),
  RATING_MIN_REPUTATION: count(10),
  LINKS_MIN_ACCOUNT_DAYS: count(3),
  LINKS_MIN_REPUTATION: count(5),
  CRISIS_ALERT_MINUTES: positive(15),
  NEW_ACCOUNT_REVIEW_DAYS: count(0),
  NEW_ACCOUNT_REVIEW_SKIP_REPUTATION: count(20),
  CASE_REOPEN_DAYS: count(30),
  SESSION_REMINDER_MINUTES: count(60),
  JOB_POLL_SECONDS: positive(15),
  PSEUDONYM_RESERVE_DAYS: count(180),
  DELETED_CASE_RETENTION_DAYS: count(90),
  EMAIL_CHANGE_MINUTES: count(60, 5),
  CALL_OPENS_MINUTES_BEFORE: count(15),
  CALL_CLOSES_MINUTES_AFTER: count(30),
  STUN_URL: text(),
  TURN_URL: text(),
  TURN_SECRET: text(),
  TURN_TTL_SECONDS: count(3600, 60),
  CALL_RELAY_ONLY: flag(),
  SMTP_URL: z.preprocess(blankAsUnset, z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
  MAIL_FROM: z.preprocess(blankAsUnset, z.string().default('Teduh <no-reply@teduh.local>')),
  PUBLIC_URL: z.preprocess(blankAsUnset, z.string().url().optional()),
  PORT: count(3000, 0),
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  TEDUH_READ_CACHE: z.preprocess(blankAsUnset, z.enum(['on', 'off']).default('on')),
  QUICK_EXIT_URL: z.preprocess(blankAsUnset, z.string().url().regex(/^https?:\/\//, 'must be an http(s) address').default('https://www.bmkg.go.id/')),
})

type Settings = z.infer<typeof EnvSchema>
const NAMES = Object.keys(EnvSchema.shape) as (keyof Settings)[]

let parsed: { fingerprint: string; settings: Settings } | undefined

/** The settings as the environment holds them now (tests change variables between files). */
function settings(): Settings {
  const fingerprint = NAMES.map((name) => process.env[name] ?? '').join('\u0001')
  if (parsed?.fingerprint === fingerprint) return parsed.settings
  const result = EnvSchema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  parsed = { fingerprint, settings: result.data }
  return result.data
}

/** Called once at startup, so a mistyped setting stops the server with a clear message. */
export function validateEnv(): void {
  settings()
}

/** Configuration read from the environment; the only module that touches process.env. */
export const env = {
  get isProduction() {
    return settings().NODE_ENV === 'production'
  },
  get databaseUrl() {
    return settings().DATABASE_URL
  },
  /** Only for tests on PostgreSQL: each test file works in its own schema. */
  get databaseSchema() {
    return settings().DATABASE_SCHEMA
  },
  get dataDir() {
    return path.resolve(settings().DATA_DIR ?? './data')
  },
  get secret() {
    return settings().TEDUH_SECRET
  },
  /** Cookies are Secure (and __Host- prefixed) in production; plain http on a LAN needs this opt-out. */
  get secureCookies() {
    return this.isProduction && settings().INSECURE_COOKIES !== '1'
  },
  /** Scales every rate limit (e.g. 20 for browser tests that log in often from one address). */
  get rateLimitMultiplier() {
    return settings().RATE_LIMIT_MULTIPLIER
  },
  /** Who counts and who may post links (README: Reputation and privileges). */
  get trustRules() {
    const s = settings()
    return {
      rating: { minAccountDays: s.RATING_MIN_ACCOUNT_DAYS, minReputation: s.RATING_MIN_REPUTATION },
      links: { minAccountDays: s.LINKS_MIN_ACCOUNT_DAYS, minReputation: s.LINKS_MIN_REPUTATION },
    }
  },
  /** Minutes an open crisis flag may wait before every moderator is alerted again. */
  get crisisAlertMinutes() {
    return settings().CRISIS_ALERT_MINUTES
  },
  /** New-account review (off at 0): posts of accounts younger than this many days wait for a moderator… */
  get newAccountReviewDays() {
    return settings().NEW_ACCOUNT_REVIEW_DAYS
  },
  /** …unless they already earned this much reputation. */
  get newAccountReviewSkipReputation() {
    return settings().NEW_ACCOUNT_REVIEW_SKIP_REPUTATION
  },
  /** Key of the audit log's HMAC chain; unset, it is derived from the instance secret (lib/secret). */
  get auditKey() {
    return process.env.TEDUH_AUDIT_KEY || undefined
  },
  /** AES-256 key for case notes and messages (64 hex characters or base64); see lib/case-crypto. */
  get caseKey() {
    return settings().TEDUH_CASE_KEY
  },
  /** Days after closure in which the member may reopen a case. */
  get caseReopenDays() {
    return settings().CASE_REOPEN_DAYS
  },
  /** Minutes before a scheduled session that its reminder goes out. */
  get sessionReminderMinutes() {
    return settings().SESSION_REMINDER_MINUTES
  },
  /** Days a retired pseudonym (changed, or of a deleted account) stays reserved so nobody else takes it. */
  get pseudonymReserveDays() {
    return settings().PSEUDONYM_RESERVE_DAYS
  },
  /** Days a deleted member's closed cases are kept (the counselor's duty of care) before the purge job removes them. */
  get deletedCaseRetentionDays() {
    return settings().DELETED_CASE_RETENTION_DAYS
  },
  /** Minutes the code sent to a new email address stays valid. */
  get emailChangeMinutes() {
    return settings().EMAIL_CHANGE_MINUTES
  },
  /** When a video session's call opens and closes (README: Video sessions). */
  get callWindow() {
    const s = settings()
    return { opensMinutesBefore: s.CALL_OPENS_MINUTES_BEFORE, closesMinutesAfter: s.CALL_CLOSES_MINUTES_AFTER }
  },
  /**
   * ICE servers for calls: STUN_URL and TURN_URL are comma-separated lists (stun:host:3478,
   * turn:host:3478?transport=udp, turns:host:5349); TURN_SECRET is coturn's static-auth-secret.
   */
  get iceConfig() {
    const s = settings()
    const list = (value: string | undefined) => (value ?? '').split(',').map((u) => u.trim()).filter(Boolean)
    return {
      stunUrls: list(s.STUN_URL),
      turnUrls: list(s.TURN_URL),
      turnSecret: s.TURN_SECRET,
      turnTtlSeconds: s.TURN_TTL_SECONDS,
      // Media only through the TURN relay: neither side learns the other's IP address.
      relayOnly: s.CALL_RELAY_ONLY === '1' && list(s.TURN_URL).length > 0 && !!s.TURN_SECRET,
    }
  },
  /** How often each process looks for due jobs (reminders, emails). */
  get jobPollSeconds() {
    return settings().JOB_POLL_SECONDS
  },
  /** SMTP connection URL (smtp://user:pass@host:587); without it emails are written to the log. */
  get smtpUrl() {
    return settings().SMTP_URL
  },
  get mailFrom() {
    return settings().MAIL_FROM
  },
  /** Where "Keluar cepat" goes: a neutral site that says nothing about counseling. */
  get quickExitUrl() {
    return settings().QUICK_EXIT_URL
  },
  /** The public address used in email links. */
  get publicUrl() {
    return settings().PUBLIC_URL ?? `http://localhost:${settings().PORT}`
  },
  get logLevel() {
    return settings().LOG_LEVEL ?? (settings().NODE_ENV === 'test' ? 'silent' : 'info')
  },
  /** The per-process caches of anonymous thread reads (off only for tests that count queries). */
  get readCache() {
    return settings().TEDUH_READ_CACHE === 'on'
  },
}
