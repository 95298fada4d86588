import path from 'node:path'

/** Configuration read once from the environment; the only module that touches process.env. */
export const env = {
  get isProduction() {
    return process.env.NODE_ENV === 'production'
  },
  get databaseUrl() {
    return process.env.DATABASE_URL || undefined
  },
  /** Only for tests on PostgreSQL: each test file works in its own schema. */
  get databaseSchema() {
    return process.env.DATABASE_SCHEMA || undefined
  },
  get dataDir() {
    return path.resolve(process.env.DATA_DIR || './data')
  },
  get secret() {
    return process.env.TEDUH_SECRET || undefined
  },
  /** Cookies are Secure (and __Host- prefixed) in production; plain http on a LAN needs this opt-out. */
  get secureCookies() {
    return process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1'
  },
  /** Scales every rate limit (e.g. 20 for browser tests that log in often from one address). */
  get rateLimitMultiplier() {
    const value = Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1)
    return Number.isFinite(value) && value > 0 ? value : 1
  },
  /** Who counts and who may post links (README: Reputation and privileges). */
  get trustRules() {
    const int = (name: string, fallback: number) => {
      const value = Number(process.env[name])
      return Number.isFinite(value) && value >= 0 ? value : fallback
    }
    return {
      rating: { minAccountDays: int('RATING_MIN_ACCOUNT_DAYS', 3), minReputation: int('RATING_MIN_REPUTATION', 10) },
      links: { minAccountDays: int('LINKS_MIN_ACCOUNT_DAYS', 3), minReputation: int('LINKS_MIN_REPUTATION', 5) },
    }
  },
  /** Minutes an open crisis flag may wait before every moderator is alerted again. */
  get crisisAlertMinutes() {
    const value = Number(process.env.CRISIS_ALERT_MINUTES ?? 15)
    return Number.isFinite(value) && value > 0 ? value : 15
  },
  /** New-account review (off at 0): posts of accounts younger than this many days wait for a moderator… */
  get newAccountReviewDays() {
    const value = Number(process.env.NEW_ACCOUNT_REVIEW_DAYS ?? 0)
    return Number.isFinite(value) && value > 0 ? value : 0
  },
  /** …unless they already earned this much reputation. */
  get newAccountReviewSkipReputation() {
    const value = Number(process.env.NEW_ACCOUNT_REVIEW_SKIP_REPUTATION ?? 20)
    return Number.isFinite(value) && value >= 0 ? value : 20
  },
  /** Key of the audit log's HMAC chain; unset, it is derived from the instance secret (lib/secret). */
  get auditKey() {
    return process.env.TEDUH_AUDIT_KEY || undefined
  },
  /** AES-256 key for case notes and messages (64 hex characters or base64); see lib/case-crypto. */
  get caseKey() {
    return process.env.TEDUH_CASE_KEY || undefined
  },
  /** Days after closure in which the member may reopen a case. */
  get caseReopenDays() {
    const value = Number(process.env.CASE_REOPEN_DAYS ?? 30)
    return Number.isFinite(value) && value >= 0 ? value : 30
  },
  /** Minutes before a scheduled session that its reminder goes out. */
  get sessionReminderMinutes() {
    const value = Number(process.env.SESSION_REMINDER_MINUTES ?? 60)
    return Number.isFinite(value) && value >= 0 ? value : 60
  },
  /** How often each process looks for due jobs (reminders, emails). */
  get jobPollSeconds() {
    const value = Number(process.env.JOB_POLL_SECONDS ?? 15)
    return Number.isFinite(value) && value > 0 ? value : 15
  },
  /** SMTP connection URL (smtp://user:pass@host:587); without it emails are written to the log. */
  get smtpUrl() {
    return process.env.SMTP_URL || undefined
  },
  get mailFrom() {
    return process.env.MAIL_FROM || 'Teduh <no-reply@teduh.local>'
  },
  /** The public address used in email links. */
  get publicUrl() {
    return process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`
  },
  get logLevel() {
    return process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info')
  },
}
