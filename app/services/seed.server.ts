import type { Role } from '#db/schema'
import { CATEGORIES } from '#db/seed/categories'
import type { SeedKbEntry } from '#db/seed/kb-content'
import { hashPassword } from '~/auth/password.server'
import type { DB } from '~/lib/db.server'
import { sql } from 'kysely'
import { markdownToPlainText, renderMarkdown } from '~/lib/markdown.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { getSearchConfig } from '~/models/settings.server'
import { recomputeReputation, recountRatings } from './reputation.server'
import { recomputeExpertFlagsOfAuthor } from './posts/derived.server'
import { PRIVACY_NOTICE_VERSION } from './accounts.server'

export const DEMO_PASSWORD = 'teduh-demo-2026'

export const DEMO_ACCOUNTS: { email: string; pseudonym: string; roles: Role[] }[] = [
  { email: 'admin@teduh.test', pseudonym: 'ElangBijak01', roles: ['member', 'admin'] },
  { email: 'moderator@teduh.test', pseudonym: 'BangauCermat02', roles: ['member', 'moderator'] },
  { email: 'konselor@teduh.test', pseudonym: 'MerpatiSabar03', roles: ['member', 'counselor'] },
  { email: 'pakar@teduh.test', pseudonym: 'KancilCerdas04', roles: ['member', 'expert'] },
  { email: 'anggota@teduh.test', pseudonym: 'RusaTenang05', roles: ['member'] },
  { email: 'anggota2@teduh.test', pseudonym: 'PenyuRiang06', roles: ['member'] },
  { email: 'penerimaan@teduh.test', pseudonym: 'KijangTeliti07', roles: ['member', 'intake'] },
  { email: 'sdm@teduh.test', pseudonym: 'JalakAdil08', roles: ['member', 'hr'] },
]

/** Categories by slug; running it again changes nothing. */
export async function seedCategories(db: DB) {
  for (const [position, category] of CATEGORIES.entries()) {
    await db
      .insertInto('categories')
      .values({ ...category, position })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute()
  }
}

/** Demo accounts for every role; running it again changes nothing. */
export async function seedDemoAccounts(db: DB) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const account of DEMO_ACCOUNTS) {
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('users')
        // Backdated: demo accounts are established members whose ratings count and who may post links.
        .values({ email: account.email, password_hash: passwordHash, pseudonym: account.pseudonym, pseudonym_key: pseudonymKey(account.pseudonym), created_at: sql<Date>`now() - interval '180 days'` })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!inserted) return
      await trx.insertInto('user_roles').values(account.roles.map((role) => ({ user_id: inserted.id, role }))).execute()
      await trx.insertInto('consents').values({ user_id: inserted.id, kind: 'privacy_notice', version: PRIVACY_NOTICE_VERSION }).execute()
    })
  }
}

interface SeedContent {
  authors: { pseudonym: string; role: Role }[]
  threads: {
    category: string
    title: string
    body: string
    tags: string[]
    author: number
    anonymous?: boolean
    daysAgo: number
    replies: { author: number; anonymous?: boolean; body: string; replyTo?: number }[]
  }[]
}

/**
 * Demo threads and replies, spread over the past months. Runs once: a marker in app_settings
 * makes a second run a no-op. Timestamps are set directly, so it bypasses the posting services
 * (no notifications, no events) but renders and indexes every post the same way.
 */
export async function seedForumContent(db: DB, content: SeedContent): Promise<boolean> {
  const done = await db.selectFrom('app_settings').select('value').where('key', '=', 'demo_forum_seeded').executeTakeFirst()
  if (done) return false
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const config = await getSearchConfig(db)
  await db.transaction().execute(async (trx) => {
    const authorIds: string[] = []
    for (const [index, author] of content.authors.entries()) {
      const demo = DEMO_ACCOUNTS.find((a) => a.pseudonym === author.pseudonym)
      const email = demo?.email ?? `demo${index}@teduh.test`
      await trx
        .insertInto('users')
        .values({ email, password_hash: passwordHash, pseudonym: author.pseudonym, pseudonym_key: pseudonymKey(author.pseudonym), created_at: sql<Date>`now() - interval '150 days'` })
        .onConflict((oc) => oc.column('email').doNothing())
        .execute()
      const user = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()
      const roles: Role[] = author.role === 'member' ? ['member'] : ['member', author.role]
      await trx.insertInto('user_roles').values(roles.map((role) => ({ user_id: user.id, role }))).onConflict((oc) => oc.doNothing()).execute()
      authorIds.push(user.id)
    }
    const expertIds = new Set(content.authors.flatMap((a, i) => (a.role === 'expert' ? [authorIds[i]!] : [])))
    const categories = await trx.selectFrom('categories').select(['id', 'slug']).execute()
    const categoryId = new Map(categories.map((c) => [c.slug, c.id]))
    const vector = (title: string | null, body: string) =>
      sql`setweight(to_tsvector(${config}::regconfig, ${title ?? ''}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B')`
    for (const thread of content.threads) {
      const authorId = authorIds[thread.author]!
      const started = Date.now() - thread.daysAgo * 86_400_000 - 3_600_000
      const replyTimes = thread.replies.map((_, i) => new Date(Math.min(Date.now() - 60_000, started + (i + 1) * 47 * 60_000)))
      const lastActivity = replyTimes[replyTimes.length - 1] ?? new Date(started)
      const hasExpert = thread.replies.some((r) => !r.anonymous && expertIds.has(authorIds[r.author]!))
      const row = await trx
        .insertInto('threads')
        .values({
          category_id: categoryId.get(thread.category)!,
          author_id: authorId,
          is_anonymous: !!thread.anonymous,
          title: thread.title,
          reply_count: thread.replies.length,
          has_expert_answer: hasExpert,
          pinned: thread.category === 'informasi',
          created_at: new Date(started),
          last_activity_at: lastActivity,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('posts')
        .values({
          thread_id: row.id,
          author_id: authorId,
          is_anonymous: !!thread.anonymous,
          is_opening: true,
          body_md: thread.body,
          body_html: renderMarkdown(thread.body),
          body_text: markdownToPlainText(thread.body, Number.MAX_SAFE_INTEGER),
          created_at: new Date(started),
          search: vector(thread.title, thread.body),
        })
        .execute()
      const replyIds: string[] = []
      for (const [i, reply] of thread.replies.entries()) {
        const inserted = await trx
          .insertInto('posts')
          .values({
            thread_id: row.id,
            author_id: authorIds[reply.author]!,
            is_anonymous: !!reply.anonymous,
            reply_to_post_id: reply.replyTo !== undefined ? (replyIds[reply.replyTo] ?? null) : null,
            body_md: reply.body,
            body_html: renderMarkdown(reply.body),
            body_text: markdownToPlainText(reply.body, Number.MAX_SAFE_INTEGER),
            created_at: replyTimes[i]!,
            search: vector(null, reply.body),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        replyIds.push(inserted.id)
      }
      const tags = [...new Set(thread.tags)].slice(0, 5)
      if (tags.length) {
        await trx.insertInto('tags').values(tags.map((slug) => ({ slug }))).onConflict((oc) => oc.column('slug').doNothing()).execute()
        const tagRows = await trx.selectFrom('tags').select('id').where('slug', 'in', tags).execute()
        await trx.insertInto('thread_tags').values(tagRows.map((t) => ({ thread_id: row.id, tag_id: t.id }))).execute()
      }
    }
    await seedTrust(trx, content, authorIds, categoryId)
    await trx.insertInto('app_settings').values({ key: 'demo_forum_seeded', value: new Date().toISOString() }).execute()
  })
  return true
}

// Which areas each demo expert was verified for (by pseudonym).
const DEMO_EXPERT_AREAS: Record<string, { badge: string; areas: string[] }> = {
  KancilCerdas04: { badge: 'Analis Kepegawaian — terverifikasi', areas: ['kenaikan-pangkat', 'mutasi', 'cuti', 'skp', 'karier'] },
  RajawaliTekun07: { badge: 'Pengelola Gaji & Pensiun — terverifikasi', areas: ['gaji', 'cuti'] },
  AnoaTeguh08: { badge: 'Auditor Kepegawaian — terverifikasi', areas: ['disiplin', 'hubungan-kerja', 'karier'] },
}

/**
 * Verified badges for the demo experts, ratings spread over the answers (a fixed pseudo-random
 * sequence, so every seed looks the same), and accepted answers on about a third of the
 * questions; then the counts, flags and reputations are derived as the app derives them.
 */
async function seedTrust(db: DB, content: SeedContent, authorIds: string[], categoryId: Map<string, number>) {
  const admin = authorIds[0] ?? null
  for (const [index, author] of content.authors.entries()) {
    if (author.role !== 'expert') continue
    const spec = DEMO_EXPERT_AREAS[author.pseudonym] ?? { badge: 'Praktisi SDM — terverifikasi', areas: ['karier'] }
    await db
      .insertInto('expert_verifications')
      .values({
        user_id: authorIds[index]!,
        badge_text: spec.badge,
        areas: spec.areas.map((slug) => categoryId.get(slug)!).filter(Boolean),
        verified_by: admin,
        verified_at: sql<Date>`now() - interval '60 days'`,
        expires_at: sql<Date>`now() + interval '305 days'`,
      })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute()
  }
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const members = authorIds.slice(4)
  const posts = await db.selectFrom('posts').select(['id', 'thread_id', 'author_id', 'is_opening']).orderBy('id').execute()
  const answersByThread = new Map<string, { id: string; author_id: string }[]>()
  for (const post of posts) {
    if (post.is_opening) continue
    const helpful = Math.floor(random() * 7)
    const unhelpful = random() < 0.25 ? 1 + Math.floor(random() * 2) : 0
    const raters = members.filter((m) => m !== post.author_id).sort(() => random() - 0.5).slice(0, helpful + unhelpful)
    if (raters.length) {
      await db
        .insertInto('post_ratings')
        .values(raters.map((userId, i) => ({ post_id: post.id, user_id: userId, value: i < helpful ? 1 : -1, created_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })))
        .execute()
    }
    answersByThread.set(post.thread_id, [...(answersByThread.get(post.thread_id) ?? []), post])
  }
  const threads = await db.selectFrom('threads').select(['id', 'author_id']).orderBy('id').execute()
  for (const thread of threads) {
    const answers = (answersByThread.get(thread.id) ?? []).filter((a) => a.author_id !== thread.author_id)
    if (answers.length && random() < 0.35) {
      const pick = answers[Math.floor(random() * Math.min(3, answers.length))]!
      await db.updateTable('threads').set({ accepted_post_id: pick.id }).where('id', '=', thread.id).execute()
    }
  }
  for (const post of posts) if (!post.is_opening) await recountRatings(db, post.id)
  for (const userId of authorIds) {
    await recomputeReputation(db, userId)
    await recomputeExpertFlagsOfAuthor(db, userId)
  }
}

/**
 * One demo counseling case, so the quick start shows the flow: RusaTenang05 asked for help,
 * intake assigned MerpatiSabar03, two messages and a proposed session. Goes through the case
 * services (so it is encrypted like any case). Runs once.
 */
export async function seedDemoCase(db: DB) {
  const done = await db.selectFrom('app_settings').select('value').where('key', '=', 'demo_case_seeded').executeTakeFirst()
  if (done) return false
  const { findActor } = await import('~/models/users.server')
  const { requestCase } = await import('./cases/open.server')
  const { assignCase } = await import('./cases/assignment.server')
  const { sendCaseMessage } = await import('./cases/chat.server')
  const { scheduleSession } = await import('./cases/sessions.server')
  const must = <T>(outcome: { ok: true; value: T } | { ok: false; code: string }): T => {
    if (!outcome.ok) throw new Error(`demo case step refused: ${outcome.code}`)
    return outcome.value
  }
  const idOf = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id
  const member = (await findActor(db, await idOf('anggota@teduh.test')))!
  const counselor = (await findActor(db, await idOf('konselor@teduh.test')))!
  const intake = (await findActor(db, await idOf('penerimaan@teduh.test')))!
  const caseId = must(
    await requestCase(db, {
      actor: member,
      type: 'wellbeing',
      urgency: 'normal',
      message: 'Sejak pindah unit, saya sering cemas sebelum berangkat kerja. Saya ingin bicara dengan konselor.',
    }),
  )
  must(await assignCase(db, { actor: intake, caseId, counselorId: counselor.id }))
  must(await sendCaseMessage(db, { actor: counselor, caseId, body: 'Terima kasih sudah menghubungi. Saya MerpatiSabar03, konselor Anda. Ceritakan kapan rasa cemas itu biasanya muncul?', idempotencyKey: null }))
  // Two days from now at 10.00 in the member's zone (WIB).
  const day = new Date(Date.now() + 2 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)
  must(await scheduleSession(db, { actor: counselor, caseId, mode: 'chat', startsAtLocal: `${day}T10:00`, durationMinutes: 45, place: null }))
  await db.insertInto('app_settings').values({ key: 'demo_case_seeded', value: caseId }).execute()
  return true
}

/**
 * Demo knowledge-base entries, each written through the entry service by the expert whose
 * answer it rests on (so the same policy and history apply), marked as demo content. A few are
 * backdated past the review period, so the review queue and the "may be outdated" notice show.
 * Runs once, after the demo threads.
 */
export async function seedKnowledgeBase(db: DB, content: { threads: { title: string; replies: unknown[] }[] }, entries: SeedKbEntry[]) {
  const done = await db.selectFrom('app_settings').select('value').where('key', '=', 'demo_kb_seeded').executeTakeFirst()
  if (done) return 0
  const { findActor } = await import('~/models/users.server')
  const { createKbEntry } = await import('./kb/entries.server')
  const { getKbReviewMonths } = await import('~/models/kb.server')
  const months = await getKbReviewMonths(db)
  let created = 0
  for (const spec of entries) {
    if (!content.threads.some((t) => t.title === spec.thread)) throw new Error(`demo entry without its thread: ${spec.thread}`)
    const thread = await db.selectFrom('threads').select('id').where('title', '=', spec.thread).orderBy('id').executeTakeFirstOrThrow()
    const replies = await db.selectFrom('posts').select(['id', 'author_id', 'body_md']).where('thread_id', '=', thread.id).where('is_opening', '=', false).orderBy('id').execute()
    const source = replies[spec.reply]
    if (!source) throw new Error(`demo entry without its reply: ${spec.thread}`)
    const actor = await findActor(db, source.author_id)
    if (!actor) throw new Error(`demo entry without its expert: ${spec.thread}`)
    const outcome = await createKbEntry(db, {
      actor,
      threadId: thread.id,
      sourcePostId: source.id,
      title: spec.title,
      question: spec.question,
      answer: source.body_md,
      tags: spec.tags,
      regulations: spec.regulations,
      demo: true,
    })
    if (!outcome.ok) throw new Error(`demo entry refused (${outcome.code}): ${spec.thread}`)
    if (spec.reviewedDaysAgo) {
      const at = new Date(Date.now() - spec.reviewedDaysAgo * 86_400_000)
      const due = new Date(at)
      due.setMonth(due.getMonth() + months)
      await db.updateTable('kb_entries').set({ reviewed_at: at, review_due_at: due, created_at: at, updated_at: at }).where('id', '=', outcome.value.entryId).execute()
      await db.updateTable('kb_entry_revisions').set({ created_at: at }).where('entry_id', '=', outcome.value.entryId).execute()
    }
    created += 1
  }
  await db.insertInto('app_settings').values({ key: 'demo_kb_seeded', value: new Date().toISOString() }).execute()
  return created
}
