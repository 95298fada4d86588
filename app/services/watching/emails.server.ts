import { sql } from 'kysely'
import type { DigestFrequency } from '#db/schema'
import type { DB } from '~/lib/db.server'
import { jobMessageId, sendEmail } from '~/lib/email.server'
import { env } from '~/lib/env.server'
import { isLanguage, resources, type Language } from '~/lib/i18n'
import { enqueueJob, type DeliveryHandler } from '~/lib/job-queue.server'
import { unsubscribeUrl } from '~/lib/unsubscribe.server'
import { emailConsentGiven } from '~/models/consents.server'
import { EMAIL_PREFERENCE_OF } from './email-queue.server'

export const DIGEST_JOB = 'digest.build'
export const OUTBOX_JOB = 'outbox.send'
const WATCH_KINDS = ['watch_thread', 'watch_reply'] as const
const DIGEST_MAX_THREADS = 30
const DIGEST_PERIOD = { daily: sql`interval '1 day'`, weekly: sql`interval '7 days'` }

type EmailTexts = Record<keyof (typeof resources)['id']['common']['email'], string>

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))

function textsFor(locale: string): { language: Language; texts: EmailTexts } {
  const language = isLanguage(locale) ? locale : 'id'
  return { language, texts: resources[language].common.email }
}

/** The lines every one of these emails ends with: where to change it, and how to stop it without logging in. */
function closing(texts: EmailTexts, userId: string) {
  return [fill(texts.settingsLine, { url: `${env.publicUrl}/me/watching` }), fill(texts.unsubscribeLine, { url: unsubscribeUrl(userId) }), '', texts.footer].join('\n')
}

/** Writes the email to the outbox and queues its delivery (in the caller's transaction). */
async function toOutbox(db: DB, email: { userId: string; kind: string; locale: Language; subject: string; text: string }) {
  const row = await db
    .insertInto('email_outbox')
    .values({ user_id: email.userId, kind: email.kind, locale: email.locale, subject: email.subject, body_text: email.text, created_at: sql<Date>`now()` })
    .returning('id')
    .executeTakeFirstOrThrow()
  await enqueueJob(db, { kind: OUTBOX_JOB, payload: { outboxId: row.id }, runAt: new Date() })
  return row.id
}

/** Whether the member's current choices still allow an email of this kind (checked again right before sending). */
function allowedNow(prefs: { digest: DigestFrequency; reply_emails: boolean; mention_emails: boolean } | undefined, kind: string): boolean {
  if (!prefs) return false
  if (kind === 'digest') return prefs.digest !== 'off'
  const preference = EMAIL_PREFERENCE_OF[kind]
  return !!preference && prefs[preference]
}

const preferencesOf = (db: DB, userId: string) =>
  db.selectFrom('email_preferences').select(['digest', 'reply_emails', 'mention_emails', 'digest_from']).where('user_id', '=', userId).executeTakeFirst()

/**
 * Job: one reply or mention email. Neutral: it says that something is waiting and links to
 * it; no title, no words of the post, no name (a screen in an office is shared). Nothing is
 * sent if the notification was read, the post is no longer public, or the member changed
 * their mind since.
 */
export async function buildNotificationEmail(db: DB, payload: Record<string, unknown>) {
  const n = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .leftJoin('posts as p', 'p.id', 'n.post_id')
    .leftJoin('threads as t', 't.id', 'n.thread_id')
    .select(['n.id', 'n.user_id', 'n.kind', 'n.thread_id', 'n.post_id', 'n.read_at', 'n.emailed_at', 'u.locale', 'u.deleted_at', 'p.hidden_at', 'p.deleted_at as post_deleted_at', 't.hidden_at as thread_hidden_at', 't.deleted_at as thread_deleted_at'])
    .where('n.id', '=', String(payload.notificationId))
    .forUpdate('n')
    .executeTakeFirst()
  if (!n || n.read_at || n.emailed_at || n.deleted_at || !n.thread_id || !n.post_id) return
  if (n.hidden_at || n.post_deleted_at || n.thread_hidden_at || n.thread_deleted_at) return
  if (!allowedNow(await preferencesOf(db, n.user_id), n.kind)) return
  const { language, texts } = textsFor(n.locale)
  const kind = n.kind as 'reply_to_thread' | 'reply_to_post' | 'mention'
  const text = [texts.greeting, '', texts[`${kind}Text`], '', `${env.publicUrl}/t/${n.thread_id}#p${n.post_id}`, '', closing(texts, n.user_id)].join('\n')
  await toOutbox(db, { userId: n.user_id, kind, locale: language, subject: texts[`${kind}Subject`], text })
  await db.updateTable('notifications').set({ emailed_at: sql`now()` }).where('id', '=', n.id).execute()
}

/** Members whose digest is due get a build job each (one pending per member). */
export async function enqueueDueDigests(db: DB): Promise<number> {
  const due = await db
    .selectFrom('email_preferences')
    .select('user_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('digest', '=', 'daily'), eb('digest_from', '<=', sql<Date>`now() - ${DIGEST_PERIOD.daily}`)]),
        eb.and([eb('digest', '=', 'weekly'), eb('digest_from', '<=', sql<Date>`now() - ${DIGEST_PERIOD.weekly}`)]),
      ]),
    )
    .limit(500)
    .execute()
  for (const row of due) await enqueueJob(db, { kind: DIGEST_JOB, payload: { userId: row.user_id }, runAt: new Date(), dedupeKey: `digest:${row.user_id}` })
  return due.length
}

/**
 * Job: a member's digest. It gathers the watch notifications since the last digest that are
 * still unread, never mailed, and about posts every member can read now, groups them per
 * thread (one line each: no duplicates), writes one email in the member's language to the
 * outbox and marks the notifications as mailed — all in one transaction, so two runs can
 * never put the same item in two emails. No author and no post text appear: titles and
 * categories only, which anyone could read on the forum.
 */
export async function buildDigest(db: DB, payload: Record<string, unknown>) {
  const userId = String(payload.userId)
  const prefs = await db
    .selectFrom('email_preferences as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.digest',
      'e.digest_from',
      'u.locale',
      'u.deleted_at',
      sql<boolean>`case e.digest when 'daily' then e.digest_from <= now() - ${DIGEST_PERIOD.daily} when 'weekly' then e.digest_from <= now() - ${DIGEST_PERIOD.weekly} else false end`.as('due'),
    ])
    .where('e.user_id', '=', userId)
    .forUpdate('e')
    .executeTakeFirst()
  if (!prefs || prefs.digest === 'off' || prefs.deleted_at || !prefs.digest_from || !prefs.due) return
  const candidates = await db
    .selectFrom('notifications as n')
    .select(['n.id'])
    .where('n.user_id', '=', userId)
    .where('n.kind', 'in', WATCH_KINDS)
    .where('n.emailed_at', 'is', null)
    .where('n.read_at', 'is', null)
    .where('n.created_at', '>=', prefs.digest_from)
    .forUpdate()
    .execute()
  await db.updateTable('email_preferences').set({ digest_from: sql`now()` }).where('user_id', '=', userId).execute()
  if (candidates.length === 0) return
  const items = await db
    .selectFrom('notifications as n')
    .innerJoin('threads as t', 't.id', 'n.thread_id')
    .innerJoin('posts as p', 'p.id', 'n.post_id')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .select(['t.id as threadId', 't.title', 'c.name_id', 'c.name_en', 'c.position', 'n.kind', sql<string>`count(*)`.as('n')])
    .where('n.id', 'in', candidates.map((c) => c.id))
    .where('t.hidden_at', 'is', null)
    .where('t.deleted_at', 'is', null)
    .where('p.hidden_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .groupBy(['t.id', 't.title', 'c.name_id', 'c.name_en', 'c.position', 'n.kind'])
    .orderBy('c.position')
    .orderBy('t.id')
    .execute()
  await db.updateTable('notifications').set({ emailed_at: sql`now()` }).where('id', 'in', candidates.map((c) => c.id)).execute()
  if (items.length === 0) return
  const { language, texts } = textsFor(prefs.locale)
  // One line per thread: a new thread and answers to it in the same period are one entry.
  const threads = new Map<string, { title: string; category: string; isNew: boolean; answers: number }>()
  for (const item of items) {
    const entry = threads.get(item.threadId) ?? { title: item.title, category: language === 'en' ? item.name_en : item.name_id, isNew: false, answers: 0 }
    if (item.kind === 'watch_thread') entry.isNew = true
    else entry.answers += Number(item.n)
    threads.set(item.threadId, entry)
  }
  const lines: string[] = []
  let category = ''
  const shown = [...threads.entries()].slice(0, DIGEST_MAX_THREADS)
  for (const [threadId, entry] of shown) {
    if (entry.category !== category) {
      category = entry.category
      lines.push('', category)
    }
    const what = entry.isNew ? fill(texts.digestNewThread, { title: entry.title }) : fill(texts.digestNewAnswers, { count: entry.answers, title: entry.title })
    lines.push(`- ${what}`, `  ${env.publicUrl}/t/${threadId}`)
  }
  if (threads.size > shown.length) lines.push('', fill(texts.digestMore, { count: threads.size - shown.length }))
  const intro = prefs.digest === 'daily' ? texts.digestIntroDaily : texts.digestIntroWeekly
  const text = [texts.greeting, '', intro, ...lines, '', closing(texts, userId)].join('\n')
  await toOutbox(db, { userId, kind: 'digest', locale: language, subject: fill(texts.digestSubject, { count: threads.size }), text })
}

/**
 * Delivery of one outbox row, at most once (the job queue's contract). The member's choices
 * are read again right before sending: a withdrawal between building and sending wins, and
 * the row says why it was not sent. The address is read now, never stored with the email.
 */
export const deliverOutboxEmail: DeliveryHandler = {
  deliver: async (db, job) => {
    const row = await db
      .selectFrom('email_outbox as o')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.id', 'o.user_id', 'o.kind', 'o.subject', 'o.body_text', 'o.sent_at', 'o.skipped', 'u.email', 'u.deleted_at'])
      .where('o.id', '=', String(job.payload.outboxId))
      .executeTakeFirst()
    if (!row || row.sent_at || row.skipped) return
    const skip = (why: string) => db.updateTable('email_outbox').set({ skipped: why }).where('id', '=', row.id).execute()
    if (row.deleted_at) return void (await skip('account deleted'))
    // The account-wide consent (README: Your data) and the member's choice for this kind, both read now.
    if (!(await emailConsentGiven(db, row.user_id)) || !allowedNow(await preferencesOf(db, row.user_id), row.kind)) return void (await skip('consent withdrawn'))
    const url = unsubscribeUrl(row.user_id)
    await sendEmail({
      to: row.email,
      userId: row.user_id,
      subject: row.subject,
      text: row.body_text,
      messageId: jobMessageId(job.id),
      // RFC 8058: a mail client's one-click unsubscribe POSTs to the same address.
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      outboxId: row.id,
    })
    await db.updateTable('email_outbox').set({ sent_at: sql`now()` }).where('id', '=', row.id).execute()
  },
}

/** Sent or skipped outbox rows are kept a while (what was mailed, for the member's data export), then dropped. */
export async function pruneEmailOutbox(db: DB, days = 30) {
  await db
    .deleteFrom('email_outbox')
    .where('created_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
    .where((eb) => eb.or([eb('sent_at', 'is not', null), eb('skipped', 'is not', null)]))
    .execute()
}
