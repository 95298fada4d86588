import type { PublicAuthor } from '~/components/forum/author-label'
import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { rankAnswers } from '~/lib/ranking'
import { listCategories } from '~/models/categories.server'
import { listPostsByIds, listRankingInputs, listThreadPosts, POSTS_PER_PAGE, type PostRow } from '~/models/posts.server'
import { employeeVerifiedUntil } from '~/models/employee-verification.server'
import { findActiveExpertise, findEntryForThread } from '~/models/kb.server'
import { findThread } from '~/models/threads.server'
import {
  canAcceptAnswer,
  canDeletePost,
  canEditPost,
  canEscalateToCase,
  canFlagPost,
  canPinThread,
  canPostInCategory,
  canRatePost,
  canReply,
  canTurnThreadIntoEntry,
  canViewPostHistory,
  canViewThread,
  ratingCounts,
  type Actor,
} from '~/policies'
import { withReplyQuotes } from './reply-quotes.server'
import { env } from '~/lib/env.server'

export type ThreadRecord = NonNullable<Awaited<ReturnType<typeof findThread>>>
export type ThreadSortOrder = 'best' | 'oldest'

export function threadAccess(thread: ThreadRecord) {
  return {
    authorId: thread.author_id,
    lockedAt: thread.locked_at,
    hiddenAt: thread.hidden_at,
    deletedAt: thread.deleted_at,
    categoryStaffOnly: thread.category_staff_only,
  }
}

export type HighlightKind = 'accepted' | 'community' | 'expert'
/** A pointer to an answer in the list (never a second copy of it). */
export interface Highlight {
  kinds: HighlightKind[]
  postId: string
  author: PublicAuthor
  helpful: number
  href: string
}

interface ViewOptions {
  actor: Actor | null
  locale: string
  sort: ThreadSortOrder
  afterId: string | null
  page: number
}

/**
 * Everything the thread page shows, shaped for the public: no account ids, and for anonymous
 * posts no pseudonym, reputation or badge, only the thread's handle.
 */
export async function loadThreadView(db: DB, threadId: string, o: ViewOptions) {
  const thread = await findThread(db, threadId)
  if (!thread || !canViewThread(o.actor, threadAccess(thread))) return null
  const access = threadAccess(thread)
  const viewerId = o.actor?.id ?? null
  // A "verified employees may post" category: the viewer's verification decides the reply form.
  const postsHere = canPostInCategory(o.actor, { verifiedOnly: thread.category_verified_only }, o.actor && thread.category_verified_only ? await employeeVerifiedUntil(db, o.actor.id) : null)
  const categories = await listCategories(db, o.locale)
  // The knowledge-base entry written from this thread (linked both ways), and whether this reader may write one.
  const [kbEntry, expertise] = await Promise.all([findEntryForThread(db, thread.id), o.actor ? findActiveExpertise(db, o.actor.id) : null])
  const canMakeEntry = canTurnThreadIntoEntry(
    o.actor,
    { categoryId: thread.category_id, hiddenAt: thread.hidden_at, deletedAt: thread.deleted_at, hasHoldingAnswer: !!thread.accepted_post_id || thread.has_expert_answer, hasEntry: !!kbEntry },
    expertise,
  )
  const categoryName = new Map(categories.map((c) => [c.id, c.name]))

  const shownBadgeExpiries: number[] = []
  const toView = (p: PostRow) => {
    if (p.badge_expires_at && !p.is_anonymous) shownBadgeExpiries.push(p.badge_expires_at.getTime())
    if (p.employee_expires_at && !p.is_anonymous) shownBadgeExpiries.push(p.employee_expires_at.getTime())
    const mine = !!o.actor && o.actor.id === p.author_id
    const badge = p.badge_text
      ? { text: p.badge_text, areas: (p.badge_areas ?? []).map((id) => categoryName.get(id) ?? '').filter(Boolean), since: p.badge_verified_at!.toISOString(), inCategory: p.category_expert }
      : null
    const author: PublicAuthor = p.is_anonymous
      ? { kind: 'anonymous', handle: anonHandle(thread.id, p.author_id), mine }
      : p.author_deleted
        ? { kind: 'deleted', mine: false }
        : {
            kind: 'member',
            pseudonym: p.author_pseudonym ?? '',
            reputation: p.author_reputation ?? 0,
            badge,
            employee: p.employee_expires_at ? { institution: p.employee_institution } : null,
            mine,
          }
    const postAccess = { authorId: p.author_id, deletedAt: p.deleted_at, hiddenAt: p.hidden_at, isOpening: p.is_opening }
    const removed = p.deleted_at ? ('deleted' as const) : p.hidden_at ? ('hidden' as const) : null
    return {
      id: p.id,
      isOpening: p.is_opening,
      replyToPostId: p.reply_to_post_id,
      author,
      // A removed post keeps its place but not its words.
      bodyHtml: removed ? null : p.body_html,
      removed,
      hiddenReason: p.hidden_at && mine ? p.hidden_reason : null,
      createdAt: p.created_at.toISOString(),
      editedAt: p.edited_at?.toISOString() ?? null,
      accepted: thread.accepted_post_id === p.id,
      rating: { helpful: p.helpful_count, unhelpful: p.unhelpful_count, mine: p.my_rating === 1 ? ('helpful' as const) : p.my_rating === -1 ? ('unhelpful' as const) : null },
      can: {
        edit: canEditPost(o.actor, postAccess, access),
        delete: canDeletePost(o.actor, postAccess, access),
        history: canViewPostHistory(o.actor, postAccess) && !!p.edited_at,
        rate: canRatePost(o.actor, postAccess, access),
        accept: canAcceptAnswer(o.actor, access, postAccess),
        flag: canFlagPost(o.actor, postAccess, access),
        escalate: !p.deleted_at && canEscalateToCase(o.actor, postAccess),
      },
    }
  }

  // The ranking runs over small rows of every answer; only the page shown is read in full.
  const inputs = (await listRankingInputs(db, thread.id, thread.category_id)).map((r) => ({
    id: r.id,
    helpful: r.helpful_count,
    unhelpful: r.unhelpful_count,
    createdAt: r.created_at,
    accepted: r.id === thread.accepted_post_id,
    categoryExpert: r.category_expert,
    visible: !r.deleted_at && !r.hidden_at,
  }))
  const ranked = rankAnswers(inputs)
  const visibleRanked = ranked.filter((r) => r.visible && !r.accepted)
  const communityTop = visibleRanked.find((r) => r.helpful > 0)
  const expertBest = visibleRanked.find((r) => r.categoryExpert)
  const acceptedId = ranked.find((r) => r.accepted && r.visible)?.id

  let nextAfter: string | null = null
  let nextPage: number | null = null
  let rows: PostRow[]
  if (o.sort === 'oldest') {
    const page = await listThreadPosts(db, thread.id, thread.category_id, viewerId, o.afterId)
    rows = page.posts
    nextAfter = page.hasMore ? (page.posts[page.posts.length - 1]?.id ?? null) : null
  } else {
    const start = (o.page - 1) * POSTS_PER_PAGE
    const pageIds = ranked.slice(start, start + POSTS_PER_PAGE).map((r) => r.id)
    const pageRows = await listPostsByIds(db, thread.id, thread.category_id, viewerId, pageIds)
    const opening = o.page === 1 ? (await listThreadPosts(db, thread.id, thread.category_id, viewerId, null, 1)).posts : []
    const byId = new Map(pageRows.map((r) => [r.id, r]))
    rows = [...opening, ...pageIds.map((id) => byId.get(id)!).filter(Boolean)]
    nextPage = start + POSTS_PER_PAGE < ranked.length ? o.page + 1 : null
  }
  const posts = rows.map(toView)
  const isFirstPage = o.sort === 'oldest' ? !o.afterId : o.page === 1

  // Highlights point at answers in the list; they never repeat a post. One is shown only where
  // it tells the reader something the list does not: not for the answer the list starts with,
  // not on later pages, and the accepted answer only in time order (in "best" order it leads).
  let highlights: Highlight[] = []
  if (isFirstPage) {
    const firstAnswerId = posts.find((p) => !p.isOpening)?.id
    const wanted = new Map<string, HighlightKind[]>()
    const add = (id: string | undefined, kind: HighlightKind) => {
      if (!id || id === firstAnswerId) return
      if (kind === 'accepted' && o.sort !== 'oldest') return
      wanted.set(id, [...(wanted.get(id) ?? []), kind])
    }
    add(acceptedId, 'accepted')
    add(communityTop?.id, 'community')
    add(expertBest?.id, 'expert')
    const shown = new Map(rows.map((r) => [r.id, r]))
    const missing = [...wanted.keys()].filter((id) => !shown.has(id))
    for (const r of await listPostsByIds(db, thread.id, thread.category_id, viewerId, missing)) shown.set(r.id, r)
    highlights = [...wanted].flatMap(([id, kinds]) => {
      const row = shown.get(id)
      if (!row) return []
      const view = toView(row)
      // On this page: a jump; elsewhere: the page of the "best" order that holds it.
      const onPage = posts.some((p) => p.id === id)
      const rankedPage = Math.floor(ranked.findIndex((r) => r.id === id) / POSTS_PER_PAGE) + 1
      const href = onPage ? `#p${id}` : `/t/${thread.id}${rankedPage > 1 ? `?page=${rankedPage}` : ''}#p${id}`
      return [{ kinds, postId: id, author: view.author, helpful: view.rating.helpful, href }]
    })
  }
  return finish(highlights)

  async function finish(highlights: Highlight[]) {
    const quotedPosts = await withReplyQuotes(db, thread!.id, posts)
    return {
      // A cached copy must not outlive the first badge on it that lapses.
      validUntil: Math.min(...shownBadgeExpiries, Number.MAX_SAFE_INTEGER),
      thread: {
        id: thread!.id,
        title: thread!.title,
        tags: thread!.tags,
        category: { slug: thread!.category_slug, name: o.locale === 'en' ? thread!.category_name_en : thread!.category_name_id },
        replyCount: thread!.reply_count,
        solved: !!thread!.accepted_post_id,
        hasExpertAnswer: thread!.has_expert_answer,
        pinned: thread!.pinned,
        locked: !!thread!.locked_at,
        staffOnly: thread!.category_staff_only,
        verifiedOnly: thread!.category_verified_only,
        createdAt: thread!.created_at.toISOString(),
        kbEntry: kbEntry ? { id: kbEntry.id, title: kbEntry.title } : null,
      },
      posts: quotedPosts,
      highlights,
      sort: o.sort,
      page: o.page,
      nextAfter,
      nextPage,
      isFirstPage,
      can: { reply: canReply(o.actor, access) && postsHere, pin: canPinThread(o.actor), accept: canAcceptAnswer(o.actor, access), makeEntry: canMakeEntry },
      rater: raterStanding(o.actor),
    }
  }
}

/**
 * Whether the reader's ratings move the counts yet, and from when they will: a new account's
 * rating is recorded at once but counts only once the account is old (or trusted) enough.
 */
export function raterStanding(actor: Actor | null, now = new Date()) {
  if (!actor) return null
  const rules = env.trustRules.rating
  if (ratingCounts(actor, rules, now)) return { counts: true, countsFrom: null, days: rules.minAccountDays }
  const from = new Date(actor.createdAt.getTime() + rules.minAccountDays * 86_400_000)
  return { counts: false, countsFrom: from.toISOString(), days: rules.minAccountDays }
}
