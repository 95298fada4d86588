import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { sendEmail } from '~/lib/email.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { isLanguage, resources } from '~/lib/i18n'
import { logger } from '~/lib/logger.server'
import { hitRateLimit, type RateRule } from '~/lib/rate-limit.server'
import { keyedHash } from '~/lib/secret.server'
import {
  DEFAULT_DOMAIN_RULES_TEXT,
  formatHrCode,
  HR_CODE_ALPHABET,
  matchDomain,
  normalizeEmailCode,
  normalizeHrCode,
  parseDomainRules,
  parseWorkAddress,
  type DomainRule,
} from '~/lib/work-address'
import { appendAudit } from '~/models/audit.server'
import { canConfirmEmployeeCode, canEditVerificationSettings, canManageOwnAccount, canVerifyAsEmployee, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'

export const EMAIL_CODE_MINUTES = 15
export const HR_CODE_HOURS = 24
/** Wrong tries one email code survives; then it is void and a new one must be asked for. */
export const MAX_CODE_ATTEMPTS = 5
export const DEFAULT_VALID_MONTHS = 12

export const VERIFY_RATE_RULES = {
  codeRequestsPerMember: { name: 'verify-send:member', limit: 5, windowSeconds: 60 * 60 },
  codeRequestsPerAddress: { name: 'verify-send:address', limit: 3, windowSeconds: 60 * 60 },
  codeTriesPerMember: { name: 'verify-code:member', limit: 5, windowSeconds: 15 * 60 },
  hrCodesPerMember: { name: 'verify-hr-code:member', limit: 5, windowSeconds: 60 * 60 },
  hrTriesPerOfficial: { name: 'verify-hr:official', limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateRule>

const SETTING = { domains: 'employee_domains', months: 'employee_valid_months' } as const

/** The keyed hash that stands for a work address everywhere (the address itself is never kept). */
export const workAddressHash = (canonical: string) => keyedHash('employee-address', canonical)
const emailCodeHash = (userId: string, code: string) => keyedHash('employee-email-code', userId, code)
const hrCodeHash = (code: string) => keyedHash('employee-hr-code', code)

function sameHash(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export interface VerificationSettings {
  rulesText: string
  rules: DomainRule[]
  validMonths: number
}

/** The allow-list (default `*.go.id` until an admin saves one; saving it empty closes the email way) and the validity. */
export async function verificationSettings(db: DB): Promise<VerificationSettings> {
  const rows = await db.selectFrom('app_settings').select(['key', 'value']).where('key', 'in', Object.values(SETTING)).execute()
  const rulesText = rows.find((r) => r.key === SETTING.domains)?.value ?? DEFAULT_DOMAIN_RULES_TEXT
  const parsed = parseDomainRules(rulesText)
  const months = Number(rows.find((r) => r.key === SETTING.months)?.value)
  return { rulesText, rules: parsed.ok ? parsed.rules : [], validMonths: Number.isInteger(months) && months >= 1 && months <= 60 ? months : DEFAULT_VALID_MONTHS }
}

export interface SettingsInput {
  rulesText: string
  validMonths: number
  verifiedOnlyCategoryIds: number[]
}

/** An admin edits the allow-list, the validity and the "verified employees may post" categories; audited. */
export async function saveVerificationSettings(db: DB, actor: Actor, input: SettingsInput): Promise<Outcome<undefined, 'notFound' | 'domainRuleInvalid'>> {
  return inWrite(db, async (trx) => {
    if (!canEditVerificationSettings(actor)) return refuse.notFound()
    const parsed = parseDomainRules(input.rulesText)
    if (!parsed.ok) return refuse.invalid('domainRuleInvalid', `verify.err_domainRule?line=${parsed.line}`)
    const rulesText = parsed.rules.map((r) => (r.institution ? `${r.pattern} = ${r.institution}` : r.pattern)).join('\n')
    for (const [key, value] of [
      [SETTING.domains, rulesText],
      [SETTING.months, String(input.validMonths)],
    ] as const) {
      await trx.insertInto('app_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
    }
    const ids = input.verifiedOnlyCategoryIds.length ? input.verifiedOnlyCategoryIds : [-1]
    await trx.updateTable('categories').set({ verified_only: sql<boolean>`id = any(${ids}::int[])` }).execute()
    const categories = await trx.selectFrom('categories').select('slug').where('verified_only', '=', true).orderBy('slug').execute()
    await appendAudit(trx, {
      actorId: actor.id,
      action: 'settings.employee_verification',
      targetType: 'settings',
      targetId: 'employee_verification',
      meta: { domains: parsed.rules.map((r) => r.pattern), validMonths: input.validMonths, verifiedOnly: categories.map((c) => c.slug) },
    })
    // Reply forms and notices on thread pages depend on the categories' rule.
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

type RequestRefusal = 'notFound' | 'addressInvalid' | 'domainNotAllowed' | 'rateLimited' | 'sendFailed'

/**
 * Step one of the email way: a six-digit code to a work address on the allow-list. The address
 * is used for this one email and dropped: the pending row holds the keyed hashes of the code and
 * of the address. The email is sent here, after the commit, not through the job queue, so no
 * payload, retry or log ever holds the address (see README "Employee verification").
 * Whether the address already verifies another account is told only after its code is
 * confirmed (to whoever holds that mailbox), so this step is no oracle for who has an account.
 */
export async function requestEmailCode(db: DB, actor: Actor, input: { address: string; locale: string }): Promise<Outcome<{ expiresAt: Date }, RequestRefusal>> {
  if (!canVerifyAsEmployee(actor)) return refuse.notFound()
  const parsed = parseWorkAddress(input.address)
  if (!parsed) return refuse.invalid('addressInvalid', 'verify.err_addressInvalid')
  const settings = await verificationSettings(db)
  const rule = matchDomain(parsed.domain, settings.rules)
  if (!rule) return refuse.invalid('domainNotAllowed', `verify.err_domainNotAllowed?domain=${encodeURIComponent(parsed.domain)}`)
  const addressHash = workAddressHash(parsed.canonical)
  // Counted outside the write's transaction, so a refused step still counts.
  for (const [ruleOf, subject] of [
    [VERIFY_RATE_RULES.codeRequestsPerMember, actor.id],
    [VERIFY_RATE_RULES.codeRequestsPerAddress, addressHash],
  ] as const) {
    const limit = await hitRateLimit(db, ruleOf, subject)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const stored = await inWrite(db, async (trx): Promise<Outcome<{ expiresAt: Date }, RequestRefusal>> => {
    const row = await trx
      .insertInto('employee_verification_codes')
      .values({
        user_id: actor.id,
        method: 'email',
        code_hash: emailCodeHash(actor.id, code),
        address_hash: addressHash,
        institution: rule.institution,
        expires_at: sql<Date>`now() + make_interval(mins => ${EMAIL_CODE_MINUTES})`,
        created_at: sql<Date>`now()`,
      })
      .onConflict((oc) =>
        oc.columns(['user_id', 'method']).doUpdateSet({
          code_hash: emailCodeHash(actor.id, code),
          address_hash: addressHash,
          institution: rule.institution,
          attempts: 0,
          expires_at: sql<Date>`now() + make_interval(mins => ${EMAIL_CODE_MINUTES})`,
          created_at: sql<Date>`now()`,
        }),
      )
      .returning('expires_at')
      .executeTakeFirstOrThrow()
    return ok({ expiresAt: row.expires_at })
  })
  if (!stored.ok) return stored
  try {
    await sendEmail(verificationEmail(parsed.address, actor.id, code, input.locale))
  } catch (error) {
    // Nothing usable was sent: the code goes too, and the member is asked to try again.
    // Codes only: an SMTP reply's text often quotes the recipient ("550 <name@…> unknown").
    const e = error as { code?: string; responseCode?: number }
    logger.warn({ userId: actor.id, code: e.code ?? null, responseCode: e.responseCode ?? null }, 'employee verification email not sent')
    await db.deleteFrom('employee_verification_codes').where('user_id', '=', actor.id).where('method', '=', 'email').execute()
    return refuse.conflict('sendFailed', 'verify.err_sendFailed')
  }
  return stored
}

/**
 * The email says nothing about the account (no pseudonym, no link to it): a work mailbox may be
 * read by the employer, and the point is that the employer cannot tell which pseudonym is whose.
 */
function verificationEmail(to: string, userId: string, code: string, locale: string) {
  const texts = resources[isLanguage(locale) ? locale : 'id'].common.verify
  let host = 'teduh.local'
  try {
    host = new URL(env.publicUrl).hostname || host
  } catch {
    // keep the default
  }
  return {
    to,
    userId,
    subject: texts.emailSubject,
    text: `${texts.emailText.replace('{{code}}', code).replace('{{minutes}}', String(EMAIL_CODE_MINUTES))}\n\n${texts.emailIgnore}`,
    messageId: `<teduh-verify-${randomBytes(12).toString('hex')}@${host}>`,
  }
}

type ConfirmRefusal = 'notFound' | 'codeInvalid' | 'codeWrong' | 'codeExpired' | 'addressTaken' | 'rateLimited'
type ConfirmStep = { status: 'verified'; expiresAt: Date } | { status: 'wrong' } | { status: 'expired' } | { status: 'taken' }

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505'

/** Sets (or renews) the verification; the address's hash stays with this account only. */
async function grantVerification(trx: DB, userId: string, v: { method: 'email' | 'hr'; addressHash: string | null; institution: string | null }, months: number) {
  const expires = sql<Date>`now() + make_interval(months => ${months})`
  const row = await trx
    .insertInto('employee_verifications')
    .values({ user_id: userId, method: v.method, address_hash: v.addressHash, institution: v.institution, verified_at: sql<Date>`now()`, expires_at: expires })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        method: v.method,
        // An HR confirmation renews without an address: the one on record (if any) stays reserved.
        address_hash: v.addressHash ?? sql<string | null>`employee_verifications.address_hash`,
        // The email way names what its domain rule names (or nothing); an HR official may leave it blank to keep it.
        institution: v.method === 'email' ? v.institution : (v.institution ?? sql<string | null>`employee_verifications.institution`),
        verified_at: sql<Date>`now()`,
        expires_at: expires,
      }),
    )
    .returning('expires_at')
    .executeTakeFirstOrThrow()
  return row.expires_at
}

/** Step two of the email way: the code from the email. Tries are limited per account and per code. */
export async function confirmEmailCode(db: DB, actor: Actor, input: { code: string }): Promise<Outcome<{ expiresAt: Date }, ConfirmRefusal>> {
  if (!canVerifyAsEmployee(actor)) return refuse.notFound()
  const limit = await hitRateLimit(db, VERIFY_RATE_RULES.codeTriesPerMember, actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  const code = normalizeEmailCode(input.code)
  if (!code) return refuse.invalid('codeInvalid', 'verify.err_codeInvalid')
  const { validMonths } = await verificationSettings(db)
  let step: Outcome<ConfirmStep, ConfirmRefusal>
  try {
    step = await inWrite(db, async (trx): Promise<Outcome<ConfirmStep, ConfirmRefusal>> => {
      const pending = await trx
        .selectFrom('employee_verification_codes')
        .select(['id', 'code_hash', 'address_hash', 'institution', 'attempts', sql<boolean>`expires_at <= now()`.as('expired')])
        .where('user_id', '=', actor.id)
        .where('method', '=', 'email')
        .forUpdate()
        .executeTakeFirst()
      if (!pending || pending.expired || pending.attempts >= MAX_CODE_ATTEMPTS) {
        if (pending) await trx.deleteFrom('employee_verification_codes').where('id', '=', pending.id).execute()
        return ok({ status: 'expired' })
      }
      if (!sameHash(pending.code_hash, emailCodeHash(actor.id, code))) {
        // Committed: the wrong try counts even though the step is refused.
        await trx.updateTable('employee_verification_codes').set({ attempts: pending.attempts + 1 }).where('id', '=', pending.id).execute()
        return ok({ status: 'wrong' })
      }
      await trx.deleteFrom('employee_verification_codes').where('id', '=', pending.id).execute()
      const other = await trx
        .selectFrom('employee_verifications')
        .select('user_id')
        .where('address_hash', '=', pending.address_hash)
        .where('user_id', '<>', actor.id)
        .executeTakeFirst()
      if (other) return ok({ status: 'taken' })
      const expiresAt = await grantVerification(trx, actor.id, { method: 'email', addressHash: pending.address_hash, institution: pending.institution }, validMonths)
      await publish(trx, { type: 'forum.changed' })
      return ok({ status: 'verified', expiresAt })
    })
  } catch (error) {
    // Two accounts confirming the same address at once: the unique index lets one through.
    if (isUniqueViolation(error)) return refuse.invalid('addressTaken', 'verify.err_addressTaken')
    throw error
  }
  if (!step.ok) return step
  switch (step.value.status) {
    case 'verified':
      return ok({ expiresAt: step.value.expiresAt })
    case 'wrong':
      return refuse.invalid('codeWrong', 'verify.err_codeWrong')
    case 'expired':
      return refuse.invalid('codeExpired', 'verify.err_codeExpired')
    case 'taken':
      return refuse.invalid('addressTaken', 'verify.err_addressTaken')
  }
}

/** The HR way, step one: a code the member shows an HR official in person (shown once, kept hashed). */
export async function requestHrCode(db: DB, actor: Actor): Promise<Outcome<{ code: string; expiresAt: Date }, 'notFound' | 'rateLimited'>> {
  if (!canVerifyAsEmployee(actor)) return refuse.notFound()
  const limit = await hitRateLimit(db, VERIFY_RATE_RULES.hrCodesPerMember, actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  for (;;) {
    const code = Array.from({ length: 8 }, () => HR_CODE_ALPHABET[randomInt(0, HR_CODE_ALPHABET.length)]).join('')
    try {
      return await inWrite(db, async (trx) => {
        const values = { code_hash: hrCodeHash(code), expires_at: sql<Date>`now() + make_interval(hours => ${HR_CODE_HOURS})`, attempts: 0, created_at: sql<Date>`now()` }
        const row = await trx
          .insertInto('employee_verification_codes')
          .values({ user_id: actor.id, method: 'hr', address_hash: null, institution: null, ...values })
          .onConflict((oc) => oc.columns(['user_id', 'method']).doUpdateSet(values))
          .returning('expires_at')
          .executeTakeFirstOrThrow()
        return ok({ code: formatHrCode(code), expiresAt: row.expires_at })
      })
    } catch (error) {
      // Another member's pending code is the same (1 in 2^40): draw again.
      if (!isUniqueViolation(error)) throw error
    }
  }
}

/**
 * The HR way, step two: an HR official types the code the member shows them, and the
 * institution if they wish. The official is never told the member's pseudonym. Audited.
 */
export async function confirmHrCode(
  db: DB,
  official: Actor,
  input: { code: string; institution: string },
): Promise<Outcome<{ expiresAt: Date }, 'notFound' | 'codeInvalid' | 'codeWrong' | 'codeOwn' | 'rateLimited'>> {
  if (!canConfirmEmployeeCode(official)) return refuse.notFound()
  const limit = await hitRateLimit(db, VERIFY_RATE_RULES.hrTriesPerOfficial, official.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  const code = normalizeHrCode(input.code)
  if (!code) return refuse.invalid('codeInvalid', 'verify.err_hrCodeInvalid')
  const { validMonths } = await verificationSettings(db)
  return inWrite(db, async (trx) => {
    const pending = await trx
      .selectFrom('employee_verification_codes')
      .select(['id', 'user_id'])
      .where('method', '=', 'hr')
      .where('code_hash', '=', hrCodeHash(code))
      .where('expires_at', '>', sql<Date>`now()`)
      .forUpdate()
      .executeTakeFirst()
    if (!pending) return refuse.invalid('codeWrong', 'verify.err_hrCodeWrong')
    if (pending.user_id === official.id) return refuse.invalid('codeOwn', 'verify.err_hrCodeOwn')
    await trx.deleteFrom('employee_verification_codes').where('id', '=', pending.id).execute()
    const institution = input.institution.trim() || null
    const expiresAt = await grantVerification(trx, pending.user_id, { method: 'hr', addressHash: null, institution }, validMonths)
    await appendAudit(trx, { actorId: official.id, action: 'employee.verify_hr', targetType: 'user', targetId: pending.user_id, meta: { institution } })
    await trx
      .insertInto('notifications')
      .values({ user_id: pending.user_id, kind: 'employee_verified', thread_id: null, post_id: null, actor_label: null, detail: null, created_at: sql<Date>`now()` })
      .execute()
    await publish(trx, { type: 'notification', userId: pending.user_id })
    await publish(trx, { type: 'forum.changed' })
    return ok({ expiresAt })
  })
}

/** The member chooses whether their badge names the institution. */
export async function setShowInstitution(db: DB, actor: Actor, show: boolean): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canManageOwnAccount(actor, actor.id)) return refuse.notFound()
    const row = await trx.updateTable('employee_verifications').set({ show_institution: show }).where('user_id', '=', actor.id).returning('user_id').executeTakeFirst()
    if (!row) return refuse.notFound()
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

/** The member ends their verification (the address's hash goes with it). */
export async function removeVerification(db: DB, actor: Actor): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canManageOwnAccount(actor, actor.id)) return refuse.notFound()
    const row = await trx.deleteFrom('employee_verifications').where('user_id', '=', actor.id).returning('user_id').executeTakeFirst()
    if (!row) return refuse.notFound()
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}
