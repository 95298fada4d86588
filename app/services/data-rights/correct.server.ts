import { randomBytes, timingSafeEqual } from 'node:crypto'
import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { isLanguage } from '~/lib/i18n'
import { enqueueJob } from '~/lib/job-queue.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { keyedHash } from '~/lib/secret.server'
import { TIME_ZONES } from '~/lib/time-zones.server'
import { appendAudit } from '~/models/audit.server'
import { isPseudonymTakenFor } from '~/models/users.server'
import { canExerciseDataRights, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'
import { recheckPassword } from './recheck.server'

const isUniqueViolation = (error: unknown, name: string) => String((error as { constraint?: string }).constraint ?? (error as Error).message).includes(name)

/**
 * A new pseudonym, under the sign-up rules (the schema checked characters, look-alikes and staff
 * names; here: unique against accounts and against retired names still reserved). The old one
 * is reserved for PSEUDONYM_RESERVE_DAYS, so nobody else can take it over and pass as its owner.
 */
export async function changePseudonym(db: DB, input: { actor: Actor; pseudonym: string }): Promise<Outcome<undefined, 'notFound' | 'rateLimited' | 'pseudonymTaken' | 'pseudonymSame'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  try {
    return await inWrite(db, async (trx) => {
      const user = await trx.selectFrom('users').select(['id', 'pseudonym', 'pseudonym_key']).where('id', '=', input.actor.id).where('deleted_at', 'is', null).forUpdate().executeTakeFirst()
      if (!user) return refuse.notFound()
      if (user.pseudonym === input.pseudonym) return refuse.invalid('pseudonymSame')
      const key = pseudonymKey(input.pseudonym)
      if (await isPseudonymTakenFor(trx, key, user.id)) return refuse.invalid('pseudonymTaken')
      const limit = await hitRateLimit(trx, RATE_RULES.pseudonymChangesPerMember, user.id)
      if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
      if (key !== user.pseudonym_key) {
        await trx
          .insertInto('pseudonym_history')
          .values({ user_id: user.id, pseudonym: user.pseudonym, pseudonym_key: user.pseudonym_key, reserved_until: sql<Date>`now() + make_interval(days => ${env.pseudonymReserveDays})` })
          .execute()
      }
      await trx.updateTable('users').set({ pseudonym: input.pseudonym, pseudonym_key: key }).where('id', '=', user.id).execute()
      // Names stay out of the audit log: the row says that it changed, not from what to what.
      await appendAudit(trx, { actorId: user.id, action: 'account.pseudonym_change', targetType: 'user', targetId: user.id })
      // The name is on many cached pages (every thread the member answered in).
      await publish(trx, { type: 'forum.changed' })
      return ok()
    })
  } catch (error) {
    // Two accounts racing for the same name: the unique index decides.
    if (isUniqueViolation(error, 'pseudonym_key')) return refuse.invalid('pseudonymTaken')
    throw error
  }
}

/** The code in the confirmation email: derived from the row's random nonce under the server secret. */
export function emailChangeCode(changeId: string, nonce: string): string {
  const n = BigInt(`0x${keyedHash('email-change', changeId, nonce).slice(0, 12)}`) % 100_000_000n
  return n.toString().padStart(8, '0')
}

/**
 * Asks to move the account to a new address: the password again, then a code goes to the new
 * address through the email job queue. The old address stays in force until the code comes
 * back; a newer request replaces an older pending one.
 */
export async function requestEmailChange(
  db: DB,
  input: { actor: Actor; email: string; password: string },
): Promise<Outcome<undefined, 'notFound' | 'rateLimited' | 'passwordWrong' | 'emailTaken' | 'emailSame'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  const wrong = await recheckPassword(db, input.actor.id, input.password)
  if (wrong) return wrong
  return inWrite(db, async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'email']).where('id', '=', input.actor.id).where('deleted_at', 'is', null).forUpdate().executeTakeFirst()
    if (!user) return refuse.notFound()
    if (user.email === input.email) return refuse.invalid('emailSame')
    // Said plainly: the owner proved the password, and sign-up tells anyone the same.
    if (await trx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst()) return refuse.invalid('emailTaken')
    const limit = await hitRateLimit(trx, RATE_RULES.emailChangesPerMember, user.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    await trx.deleteFrom('email_changes').where('user_id', '=', user.id).where('confirmed_at', 'is', null).execute()
    const change = await trx
      .insertInto('email_changes')
      .values({ user_id: user.id, new_email: input.email, nonce: randomBytes(16).toString('hex'), expires_at: sql<Date>`now() + make_interval(mins => ${env.emailChangeMinutes})` })
      .returning('id')
      .executeTakeFirstOrThrow()
    await enqueueJob(trx, { kind: 'email.confirm', payload: { changeId: change.id }, runAt: new Date() })
    await appendAudit(trx, { actorId: user.id, action: 'account.email_change_request', targetType: 'user', targetId: user.id })
    return ok()
  })
}

/** The code from the email moves the account to the new address; it works once, before it expires. */
export async function confirmEmailChange(db: DB, input: { actor: Actor; code: string }): Promise<Outcome<undefined, 'notFound' | 'rateLimited' | 'codeWrong' | 'codeExpired' | 'emailTaken'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  const limit = await hitRateLimit(db, RATE_RULES.emailCodesPerMember, input.actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  try {
    return await inWrite(db, async (trx) => {
      const change = await trx
        .selectFrom('email_changes')
        .select(['id', 'user_id', 'new_email', 'nonce', sql<boolean>`expires_at <= now()`.as('expired')])
        .where('user_id', '=', input.actor.id)
        .where('confirmed_at', 'is', null)
        .forUpdate()
        .executeTakeFirst()
      if (!change) return refuse.invalid('codeWrong')
      const expected = Buffer.from(emailChangeCode(change.id, change.nonce))
      const given = Buffer.from(input.code.replace(/\s+/g, '').padEnd(expected.length, ' ').slice(0, expected.length))
      if (!timingSafeEqual(expected, given) || input.code.replace(/\s+/g, '').length !== expected.length) return refuse.invalid('codeWrong')
      if (change.expired) return refuse.invalid('codeExpired')
      await trx.updateTable('users').set({ email: change.new_email }).where('id', '=', change.user_id).execute()
      await trx.updateTable('email_changes').set({ confirmed_at: sql`now()` }).where('id', '=', change.id).execute()
      await appendAudit(trx, { actorId: change.user_id, action: 'account.email_change', targetType: 'user', targetId: change.user_id })
      return ok()
    })
  } catch (error) {
    if (isUniqueViolation(error, 'email')) return refuse.invalid('emailTaken')
    throw error
  }
}

/** Withdraws a pending address change (the old address never stopped working). */
export async function cancelEmailChange(db: DB, input: { actor: Actor }): Promise<Outcome> {
  return inWrite(db, async (trx) => {
    if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
    await trx.deleteFrom('email_changes').where('user_id', '=', input.actor.id).where('confirmed_at', 'is', null).execute()
    return ok()
  })
}

/** Language (pages and emails) and time zone (session times). */
export async function setPreferences(db: DB, input: { actor: Actor; locale: string; timeZone: string }): Promise<Outcome<undefined, 'notFound' | 'choiceInvalid'>> {
  return inWrite(db, async (trx) => {
    if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
    if (!isLanguage(input.locale) || !(TIME_ZONES as readonly string[]).includes(input.timeZone)) return refuse.invalid('choiceInvalid')
    await trx.updateTable('users').set({ locale: input.locale, time_zone: input.timeZone }).where('id', '=', input.actor.id).where('deleted_at', 'is', null).execute()
    return ok()
  })
}
