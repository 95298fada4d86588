import { sql } from 'kysely'
import type { DigestFrequency } from '#db/schema'
import type { DB } from '~/lib/db.server'
import { isLanguage, type Language } from '~/lib/i18n'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { canManageOwnAccount, canWatchCategory, canWatchThread, canViewThread, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

/** A member watches at most this many categories and threads together. */
export const MAX_WATCHES = 200
/** The version of the optional-email consent text shown beside the choices on /me/watching. */
export const EMAIL_CONSENT_VERSION = 'email-2026-12'

export type WatchTarget = { kind: 'category'; slug: string } | { kind: 'thread'; threadId: string }

/**
 * Starts or stops watching a category or a thread. Idempotent (a double submit leaves one row);
 * a thread the actor cannot see answers notFound. Nothing is audited: it is the member's own
 * reading list, and no one else ever sees it (no watcher counts are shown anywhere).
 */
export async function setWatch(db: DB, input: { actor: Actor; target: WatchTarget; watching: boolean }): Promise<Outcome<{ watching: boolean }, 'notFound' | 'tooManyWatches' | 'rateLimited'>> {
  return inWrite<{ watching: boolean }, 'notFound' | 'tooManyWatches' | 'rateLimited'>(db, async (trx) => {
    let categoryId: number | null = null
    let threadId: string | null = null
    if (input.target.kind === 'category') {
      const category = await trx.selectFrom('categories').select('id').where('slug', '=', input.target.slug).executeTakeFirst()
      if (!category || !canWatchCategory(input.actor)) return refuse.notFound()
      categoryId = category.id
    } else {
      const thread = await trx.selectFrom('threads').select(['id', 'author_id', 'hidden_at', 'deleted_at']).where('id', '=', input.target.threadId).executeTakeFirst()
      if (!thread || !canWatchThread(input.actor, { authorId: thread.author_id, hiddenAt: thread.hidden_at, deletedAt: thread.deleted_at })) return refuse.notFound()
      threadId = thread.id
    }
    const limit = await hitRateLimit(trx, RATE_RULES.watchesPerMember, input.actor.id)
    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
    // The member's row is the lock that serialises their own watch writes (the cap holds under a double click).
    await trx.selectFrom('users').select('id').where('id', '=', input.actor.id).forUpdate().executeTakeFirst()
    const mine = trx.deleteFrom('watches').where('user_id', '=', input.actor.id)
    if (!input.watching) {
      await (categoryId !== null ? mine.where('category_id', '=', categoryId) : mine.where('thread_id', '=', threadId!)).execute()
      return ok({ watching: false })
    }
    const count = await trx.selectFrom('watches').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', input.actor.id).executeTakeFirstOrThrow()
    const insert = trx.insertInto('watches').values({ user_id: input.actor.id, category_id: categoryId, thread_id: threadId, created_at: sql<Date>`now()` })
    const existing = trx.selectFrom('watches').select('id').where('user_id', '=', input.actor.id)
    const already = await (categoryId !== null ? existing.where('category_id', '=', categoryId) : existing.where('thread_id', '=', threadId!)).executeTakeFirst()
    if (already) return ok({ watching: true })
    if (Number(count.n) >= MAX_WATCHES) return refuse.invalid('tooManyWatches')
    await (categoryId !== null
      ? insert.onConflict((oc) => oc.columns(['user_id', 'category_id']).where('category_id', 'is not', null).doNothing())
      : insert.onConflict((oc) => oc.columns(['user_id', 'thread_id']).where('thread_id', 'is not', null).doNothing())
    ).execute()
    return ok({ watching: true })
  })
}

/** Stops one watch from the member's list; someone else's (or a made-up) id is notFound. */
export async function removeWatch(db: DB, input: { actor: Actor; watchId: string }): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    const removed = await trx.deleteFrom('watches').where('id', '=', input.watchId).where('user_id', '=', input.actor.id).returning('id').executeTakeFirst()
    return removed ? ok() : refuse.notFound()
  })
}

export async function isWatching(db: DB, userId: string, target: { categoryId: number } | { threadId: string }): Promise<boolean> {
  const query = db.selectFrom('watches').select('id').where('user_id', '=', userId)
  const row = await ('categoryId' in target ? query.where('category_id', '=', target.categoryId) : query.where('thread_id', '=', target.threadId)).executeTakeFirst()
  return !!row
}

/** The member's own list: categories, and the threads they can still see (others drop out silently). */
export async function listOwnWatches(db: DB, actor: Actor, locale: string) {
  const rows = await db
    .selectFrom('watches as w')
    .leftJoin('categories as c', 'c.id', 'w.category_id')
    .leftJoin('threads as t', 't.id', 'w.thread_id')
    .select(['w.id', 'w.category_id', 'w.thread_id', 'w.created_at', 'c.slug', 'c.name_id', 'c.name_en', 't.title', 't.author_id', 't.hidden_at', 't.deleted_at'])
    .where('w.user_id', '=', actor.id)
    .orderBy('w.created_at', 'desc')
    .orderBy('w.id', 'desc')
    .execute()
  const categories = rows
    .filter((r) => r.category_id !== null && r.slug)
    .map((r) => ({ id: r.id, slug: r.slug!, name: locale === 'en' ? r.name_en! : r.name_id! }))
  const threads = rows
    .filter((r) => r.thread_id !== null && r.title !== null && canViewThread(actor, { authorId: r.author_id ?? '', hiddenAt: r.hidden_at, deletedAt: r.deleted_at }))
    .map((r) => ({ id: r.id, threadId: r.thread_id!, title: r.title! }))
  return { categories, threads }
}

export interface EmailChoices {
  digest: DigestFrequency
  replyEmails: boolean
  mentionEmails: boolean
}

/** The member's language, which their emails are written in (users.locale). */
export async function findEmailLanguage(db: DB, userId: string): Promise<Language> {
  const row = await db.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirst()
  return isLanguage(row?.locale) ? row.locale : 'id'
}

export async function findEmailChoices(db: DB, userId: string): Promise<EmailChoices> {
  const row = await db.selectFrom('email_preferences').select(['digest', 'reply_emails', 'mention_emails']).where('user_id', '=', userId).executeTakeFirst()
  return { digest: row?.digest ?? 'off', replyEmails: row?.reply_emails ?? false, mentionEmails: row?.mention_emails ?? false }
}

const anyEmail = (c: EmailChoices) => c.digest !== 'off' || c.replyEmails || c.mentionEmails

/**
 * The member's optional emails and the language they are written in. Switching any on records a consent row (kind, version, time);
 * switching the digest on starts its period now, so it never carries older news. Everything
 * off is a withdrawal: queued emails not yet sent are dropped at delivery.
 */
export async function setEmailChoices(db: DB, input: { actor: Actor; userId: string; choices: EmailChoices; language: Language }): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canManageOwnAccount(input.actor, input.userId)) return refuse.notFound()
    const before = await trx.selectFrom('email_preferences').select(['digest', 'reply_emails', 'mention_emails']).where('user_id', '=', input.userId).forUpdate().executeTakeFirst()
    const previous: EmailChoices = { digest: before?.digest ?? 'off', replyEmails: before?.reply_emails ?? false, mentionEmails: before?.mention_emails ?? false }
    const { choices } = input
    const digestStarts = choices.digest !== 'off' && previous.digest !== choices.digest
    const values = {
      digest: choices.digest,
      reply_emails: choices.replyEmails,
      mention_emails: choices.mentionEmails,
      updated_at: sql<Date>`now()`,
      ...(digestStarts ? { digest_from: sql<Date>`now()` } : choices.digest === 'off' ? { digest_from: null } : {}),
    }
    await trx
      .insertInto('email_preferences')
      .values({ user_id: input.userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute()
    await trx.updateTable('users').set({ locale: input.language }).where('id', '=', input.userId).execute()
    if (anyEmail(choices) && !anyEmail(previous)) {
      await trx.insertInto('consents').values({ user_id: input.userId, kind: 'optional_email', version: EMAIL_CONSENT_VERSION, accepted_at: sql<Date>`now()` }).execute()
    }
    return ok()
  })
}

/**
 * Withdraws consent to every optional email at once (digest, replies, mentions): the unsubscribe
 * link, and the place for the account page's consent withdrawal to call. Takes effect at once:
 * emails already queued are skipped when their turn comes.
 */
export async function withdrawEmailConsent(db: DB, userId: string): Promise<void> {
  await db
    .updateTable('email_preferences')
    .set({ digest: 'off', reply_emails: false, mention_emails: false, digest_from: null, updated_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .execute()
}
