import { sql } from 'kysely'
import { OPEN_CASE_STATUSES } from '~/lib/case-flow'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { keyedHash } from '~/lib/secret.server'
import { appendAudit } from '~/models/audit.server'
import { canExerciseDataRights, type Actor } from '~/policies'
import { notifyAboutCase } from '../notifications.server'
import { ok, refuse, type Outcome } from '../outcome'
import { markPostDeleted } from '../posts/delete.server'
import { recomputeExpertFlagsOfAuthor } from '../posts/derived.server'
import { recomputeReputation, recountRatings } from '../reputation.server'
import { caseChanged, recordEvent } from '../cases/shared.server'
import { inWrite } from '../write.server'
import { recheckPassword } from './recheck.server'

export type PostsChoice = 'keep' | 'remove'

/** What the account's posts are shown as once it is deleted (named posts; Anonim ones keep their handle). */
export const DELETED_PSEUDONYM = 'Anggota terhapus'

const CONFIRM_MINUTES = 15

/**
 * Step one of deletion: the password again. The answer is a token for the confirmation step,
 * bound to the account, the session, the choice and a short expiry (the password is not
 * carried to the second step).
 */
export async function prepareAccountDeletion(
  db: DB,
  input: { actor: Actor; sessionId: string; posts: PostsChoice; password: string },
): Promise<Outcome<{ token: string; summary: DeletionSummary }, 'notFound' | 'rateLimited' | 'passwordWrong'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  const wrong = await recheckPassword(db, input.actor.id, input.password)
  if (wrong) return wrong
  const expires = Date.now() + CONFIRM_MINUTES * 60_000
  return ok({ token: `${expires}.${deletionMac(input.actor.id, input.sessionId, input.posts, expires)}`, summary: await deletionSummary(db, input.actor.id) })
}

const deletionMac = (userId: string, sessionId: string, posts: PostsChoice, expires: number) => keyedHash('account-delete', userId, sessionId, posts, String(expires))

export function deletionTokenValid(token: string, userId: string, sessionId: string, posts: PostsChoice, now = Date.now()) {
  const [expires, mac] = token.split('.')
  const at = Number(expires)
  return Number.isFinite(at) && at > now && !!mac && mac === deletionMac(userId, sessionId, posts, at)
}

export interface DeletionSummary {
  posts: number
  anonymousPosts: number
  threadsKeptForOthers: number
  openCases: number
  closedCases: number
}

/** What the confirmation step tells the member will happen. */
export async function deletionSummary(db: DB, userId: string): Promise<DeletionSummary> {
  const [posts, kept, cases] = await Promise.all([
    db
      .selectFrom('posts')
      .select([(eb) => eb.fn.countAll<string>().as('all'), sql<string>`count(*) filter (where is_anonymous)`.as('anonymous')])
      .where('author_id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow(),
    threadsOthersAnswered(db, userId),
    db
      .selectFrom('cases')
      .select([sql<string>`count(*) filter (where status in ('new', 'assigned', 'active', 'referred'))`.as('open'), sql<string>`count(*) filter (where status in ('closed', 'declined'))`.as('closed')])
      .where('member_id', '=', userId)
      .executeTakeFirstOrThrow(),
  ])
  return { posts: Number(posts.all), anonymousPosts: Number(posts.anonymous), threadsKeptForOthers: kept.length, openCases: Number(cases.open), closedCases: Number(cases.closed) }
}

/** The member's threads in which someone else has a visible answer: those threads stay. */
async function threadsOthersAnswered(db: DB, userId: string) {
  const rows = await db
    .selectFrom('threads as t')
    .select('t.id')
    .where('t.author_id', '=', userId)
    .where('t.deleted_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('posts as p').select('p.id').whereRef('p.thread_id', '=', 't.id').where('p.author_id', '!=', userId).where('p.deleted_at', 'is', null).where('p.is_opening', '=', false)),
    )
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Deletes the account, in one transaction:
 * - sessions end, roles, consents, notifications, pending email changes, expert records go;
 * - posts stay under "Anggota terhapus" or are removed (words erased; a question others
 *   answered keeps its title and their answers); Anonim posts keep their per-thread handle,
 *   so nothing links them to each other or to the named posts;
 * - ratings the member gave are withdrawn, the rated posts recounted and their authors'
 *   reputation recomputed;
 * - open cases are closed ("withdrawn") and the counselor told neutrally; closed cases are kept
 *   DELETED_CASE_RETENTION_DAYS after closing, then the purge job removes them;
 * - the email and pseudonym are replaced (the pseudonym stays reserved for a while);
 * - one audit row with ids and counts only.
 */
export async function deleteAccount(
  db: DB,
  input: { actor: Actor; sessionId: string; posts: PostsChoice; token: string },
): Promise<Outcome<undefined, 'notFound' | 'confirmExpired'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  if (!deletionTokenValid(input.token, input.actor.id, input.sessionId, input.posts)) return refuse.invalid('confirmExpired')
  return inWrite(db, async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'pseudonym', 'pseudonym_key']).where('id', '=', input.actor.id).where('deleted_at', 'is', null).forUpdate().executeTakeFirst()
    // A second submit after the first deleted the account finds nothing: one deletion.
    if (!user) return refuse.notFound()
    const userId = user.id

    let removedPosts = 0
    if (input.posts === 'remove') removedPosts = await removePosts(trx, userId)
    await trx.deleteFrom('post_revisions').where('editor_id', '=', userId).execute()

    // Ratings given: withdrawn, and what they fed recomputed.
    const rated = await trx.deleteFrom('post_ratings').where('user_id', '=', userId).returning('post_id').execute()
    const ratedAuthors = new Set<string>()
    for (const { post_id } of rated) {
      await recountRatings(trx, post_id)
      const post = await trx.selectFrom('posts').select(['author_id', 'is_anonymous']).where('id', '=', post_id).executeTakeFirst()
      if (post && !post.is_anonymous) ratedAuthors.add(post.author_id)
    }
    for (const authorId of ratedAuthors) await recomputeReputation(trx, authorId)
    // Flags stay with the moderation record, no longer linked to the account.
    await trx.updateTable('flags').set({ flagger_id: null }).where('flagger_id', '=', userId).execute()

    const closedCases = await closeOpenCases(trx, userId)
    const returnedCases = await returnCounselorCases(trx, userId)

    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute()
    await trx.deleteFrom('notifications').where('user_id', '=', userId).execute()
    // Others' notifications named the member ("RusaBiru answered your question"): now they do not.
    await trx.updateTable('notifications').set({ actor_label: DELETED_PSEUDONYM }).where('actor_label', '=', user.pseudonym).execute()
    await trx.deleteFrom('email_changes').where('user_id', '=', userId).execute()
    await trx.deleteFrom('email_reveals').where('target_user_id', '=', userId).execute()
    await trx.deleteFrom('consents').where('user_id', '=', userId).execute()
    await trx.deleteFrom('expert_applications').where('user_id', '=', userId).execute()
    const hadBadge = await trx.deleteFrom('expert_verifications').where('user_id', '=', userId).returning('user_id').execute()
    if (hadBadge.length) await recomputeExpertFlagsOfAuthor(trx, userId)
    await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute()
    await trx.deleteFrom('counselor_duty').where('user_id', '=', userId).execute()
    await trx.deleteFrom('watches').where('user_id', '=', userId).execute()
    await trx.deleteFrom('email_preferences').where('user_id', '=', userId).execute()
    await trx.deleteFrom('email_outbox').where('user_id', '=', userId).execute()
    await trx.deleteFrom('employee_verification_codes').where('user_id', '=', userId).execute()
    await trx.deleteFrom('employee_verifications').where('user_id', '=', userId).execute()

    // The retired name is reserved like a changed one, then linked to nobody.
    await trx
      .insertInto('pseudonym_history')
      .values({ user_id: null, pseudonym: user.pseudonym, pseudonym_key: user.pseudonym_key, reserved_until: sql<Date>`now() + make_interval(days => ${env.pseudonymReserveDays})` })
      .execute()
    await trx.deleteFrom('pseudonym_history').where('user_id', '=', userId).execute()

    await trx
      .updateTable('users')
      .set({
        email: `deleted-${userId}@deleted.invalid`,
        password_hash: '!deleted',
        pseudonym: DELETED_PSEUDONYM,
        pseudonym_key: `~deleted~${userId}`,
        suspension_reason: null,
        reputation: 0,
        bio: null,
        interests: [],
        deleted_at: sql`now()`,
      })
      .where('id', '=', userId)
      .execute()
    await appendAudit(trx, {
      actorId: userId,
      action: 'account.delete',
      targetType: 'user',
      targetId: userId,
      meta: { posts: input.posts, postsRemoved: removedPosts, ratingsWithdrawn: rated.length, casesClosed: closedCases, casesReturnedToIntake: returnedCases },
    })
    // The author label changes on every page that showed the account: cached reads go.
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}

/** "Remove my posts": every post loses its words; threads nobody else answered go entirely. */
async function removePosts(db: DB, userId: string): Promise<number> {
  const keptThreads = new Set(await threadsOthersAnswered(db, userId))
  const posts = await db
    .selectFrom('posts')
    .select(['id', 'thread_id', 'author_id', 'is_anonymous', 'is_opening'])
    .where('author_id', '=', userId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute()
  const threads = new Set<string>()
  for (const post of posts) {
    await markPostDeleted(db, post, { withThread: post.is_opening && !keptThreads.has(post.thread_id) })
    threads.add(post.thread_id)
  }
  // The words themselves are erased, not only hidden (posts deleted earlier too).
  await db.updateTable('posts').set({ body_md: '', body_html: '', body_text: '', search: null }).where('author_id', '=', userId).execute()
  for (const threadId of threads) await publish(db, { type: 'post.changed', threadId, postId: '' })
  return posts.length
}

/** Open cases close with the deletion (outcome "withdrawn"); the counselor gets the usual neutral note. */
async function closeOpenCases(db: DB, userId: string): Promise<number> {
  const open = await db
    .selectFrom('cases')
    .select(['id', 'status', 'counselor_id'])
    .where('member_id', '=', userId)
    .where('status', 'in', [...OPEN_CASE_STATUSES])
    .forUpdate()
    .execute()
  for (const c of open) {
    await db.updateTable('cases').set({ status: 'closed', outcome: 'withdrawn', closed_at: sql`now()`, updated_at: sql`now()` }).where('id', '=', c.id).execute()
    await recordEvent(db, c.id, { actorId: null, kind: 'closed_account_deleted', from: c.status, to: 'closed' })
    if (c.counselor_id) await notifyAboutCase(db, [c.counselor_id], 'case_update', c.id)
    await caseChanged(db, c.id, { queue: c.status === 'new' })
  }
  return open.length
}

/** A counselor who deletes their account: their open cases go back to the intake queue, unassigned. */
async function returnCounselorCases(db: DB, userId: string): Promise<number> {
  const open = await db
    .selectFrom('cases')
    .select(['id', 'status', 'member_id'])
    .where('counselor_id', '=', userId)
    .where('status', 'in', [...OPEN_CASE_STATUSES])
    .forUpdate()
    .execute()
  for (const c of open) {
    await db.updateTable('cases').set({ status: 'new', counselor_id: null, assigned_at: null, updated_at: sql`now()` }).where('id', '=', c.id).execute()
    await recordEvent(db, c.id, { actorId: null, kind: 'counselor_left', from: c.status, to: 'new' })
    await notifyAboutCase(db, [c.member_id], 'case_update', c.id)
    await caseChanged(db, c.id, { queue: true })
  }
  return open.length
}

/**
 * The retention rule's job: cases of deleted accounts, closed longer than
 * DELETED_CASE_RETENTION_DAYS ago, are removed with everything in them. Returns how many.
 */
export async function purgeDeletedMembersCases(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('cases as c')
      .innerJoin('users as u', 'u.id', 'c.member_id')
      .select('c.id')
      .where('u.deleted_at', 'is not', null)
      .where('c.status', 'in', ['closed', 'declined'])
      .where('c.closed_at', '<=', sql<Date>`now() - make_interval(days => ${env.deletedCaseRetentionDays})`)
      .forUpdate()
      .skipLocked()
      .execute()
    const ids = due.map((c) => c.id)
    if (!ids.length) return 0
    for (const table of ['case_messages', 'case_notes', 'case_sessions', 'case_events', 'case_access_log', 'case_feedback'] as const) {
      await trx.deleteFrom(table).where('case_id', 'in', ids).execute()
    }
    await trx.deleteFrom('notifications').where('kind', 'in', ['case_update', 'case_crisis', 'session_reminder']).where('detail', 'in', ids).execute()
    await trx.deleteFrom('cases').where('id', 'in', ids).execute()
    await appendAudit(trx, { actorId: null, action: 'cases.retention_purge', targetType: 'cases', targetId: String(ids.length), meta: { cases: ids.length, retentionDays: env.deletedCaseRetentionDays } })
    return ids.length
  })
}
