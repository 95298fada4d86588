import { sql } from 'kysely'
import type { DB } from './db.server'
import { env } from './env.server'
import { keyedHash } from './secret.server'

export interface RateRule {
  name: string
  limit: number
  windowSeconds: number
}

export const RATE_RULES = {
  signUpPerIp: { name: 'signup:ip', limit: 5, windowSeconds: 60 * 60 },
  logInPerIp: { name: 'login:ip', limit: 20, windowSeconds: 15 * 60 },
  logInPerAccount: { name: 'login:email', limit: 8, windowSeconds: 15 * 60 },
  flagsPerMember: { name: 'flag:member', limit: 10, windowSeconds: 60 * 60 },
  postsPerMember: { name: 'post:member', limit: 20, windowSeconds: 10 * 60 },
  editsPerMember: { name: 'edit:member', limit: 30, windowSeconds: 10 * 60 },
  caseMessagesPerMember: { name: 'case-message:member', limit: 60, windowSeconds: 10 * 60 },
  caseOpensPerMember: { name: 'case-open:member', limit: 10, windowSeconds: 24 * 60 * 60 },
  exportsPerMember: { name: 'export:member', limit: 5, windowSeconds: 60 * 60 },
  passwordRechecksPerMember: { name: 'recheck:member', limit: 8, windowSeconds: 15 * 60 },
  pseudonymChangesPerMember: { name: 'pseudonym:member', limit: 3, windowSeconds: 24 * 60 * 60 },
  emailChangesPerMember: { name: 'email-change:member', limit: 5, windowSeconds: 60 * 60 },
  emailCodesPerMember: { name: 'email-code:member', limit: 10, windowSeconds: 15 * 60 },
  revealRequestsPerAdmin: { name: 'reveal:admin', limit: 10, windowSeconds: 24 * 60 * 60 },
  watchesPerMember: { name: 'watch:member', limit: 60, windowSeconds: 10 * 60 },
  // A call's setup sends a few dozen signals (ICE candidates); reconnects send more.
  callSignalsPerMember: { name: 'call-signal:member', limit: 600, windowSeconds: 10 * 60 },
  profileEditsPerMember: { name: 'profile:member', limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>

export interface RateResult {
  allowed: boolean
  retryAfterSeconds: number
}

/**
 * Counts one hit of `subject` under `rule` in a fixed window, atomically in the database,
 * so the limit holds across every app process. The subject is stored only as a keyed hash.
 */
export async function hitRateLimit(db: DB, rule: RateRule, subject: string): Promise<RateResult> {
  const key = rateLimitKey(rule, subject)
  const window = sql`make_interval(secs => ${rule.windowSeconds})`
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: sql`now()`, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when rate_limits.window_start <= now() - ${window} then 1 else rate_limits.hits + 1 end`,
        window_start: sql`case when rate_limits.window_start <= now() - ${window} then now() else rate_limits.window_start end`,
      }),
    )
    .returning(['hits', sql<number>`extract(epoch from (window_start + ${window} - now()))`.as('remaining')])
    .executeTakeFirstOrThrow()
  return { allowed: row.hits <= rule.limit * env.rateLimitMultiplier, retryAfterSeconds: Math.max(1, Math.ceil(Number(row.remaining))) }
}

/** The stored key of a subject's counter: the rule's name and a keyed hash, never the raw subject. */
export const rateLimitKey = (rule: RateRule, subject: string) => `${rule.name}:${keyedHash('rate', rule.name, subject).slice(0, 32)}`

/** Drops windows that ended long ago; run occasionally (the counters are tiny). */
export async function pruneRateLimits(db: DB) {
  await db.deleteFrom('rate_limits').where('window_start', '<', sql<Date>`now() - interval '1 day'`).execute()
}

/** The translated form error for a refused hit: "errors.rateLimited?minutes=N". */
export const rateLimitedError = (limit: RateResult) => `errors.rateLimited?minutes=${Math.ceil(limit.retryAfterSeconds / 60)}`

/** The response init for a refused hit: 429 with Retry-After. */
export const tooManyRequests = (limit: RateResult): ResponseInit => ({ status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } })
