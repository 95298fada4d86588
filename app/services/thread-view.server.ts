import type { PublicAuthor } from '~/components/forum/author-label'
import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { findThread } from '~/models/threads.server'
import { listThreadPosts } from '~/models/posts.server'
import { canDeletePost, canEditPost, canPinThread, canReply, canViewPostHistory, canViewThread, type Actor } from '~/policies'

export type ThreadRecord = NonNullable<Awaited<ReturnType<typeof findThread>>>

export function threadAccess(thread: ThreadRecord) {
  return {
    authorId: thread.author_id,
    lockedAt: thread.locked_at,
    hiddenAt: thread.hidden_at,
    deletedAt: thread.deleted_at,
    categoryStaffOnly: thread.category_staff_only,
  }
}

/**
 * Everything the thread page shows, shaped for the public: no account ids, and for anonymous
 * posts no pseudonym or reputation, only the thread's handle.
 */
export async function loadThreadView(db: DB, threadId: string, actor: Actor | null, afterId: string | null, locale: string) {
  const thread = await findThread(db, threadId)
  if (!thread || !canViewThread(actor, threadAccess(thread))) return null
  const access = threadAccess(thread)
  const { posts, hasMore } = await listThreadPosts(db, thread.id, afterId)
  const view = posts.map((p) => {
    const mine = !!actor && actor.id === p.author_id
    const author: PublicAuthor = p.is_anonymous
      ? { kind: 'anonymous', handle: anonHandle(thread.id, p.author_id), mine }
      : { kind: 'member', pseudonym: p.author_pseudonym ?? '', reputation: p.author_reputation ?? 0, isExpert: p.author_is_expert, mine }
    const postAccess = { authorId: p.author_id, deletedAt: p.deleted_at, hiddenAt: p.hidden_at }
    const removed = p.deleted_at ? ('deleted' as const) : p.hidden_at ? ('hidden' as const) : null
    return {
      id: p.id,
      isOpening: p.is_opening,
      replyToPostId: p.reply_to_post_id,
      author,
      // A removed post keeps its place but not its words (moderators read hidden ones in the queue).
      bodyHtml: removed ? null : p.body_html,
      removed,
      hiddenReason: p.hidden_at && mine ? p.hidden_reason : null,
      createdAt: p.created_at.toISOString(),
      editedAt: p.edited_at?.toISOString() ?? null,
      can: {
        edit: canEditPost(actor, postAccess, access),
        delete: canDeletePost(actor, postAccess),
        history: canViewPostHistory(actor, postAccess) && !!p.edited_at,
      },
    }
  })
  return {
    thread: {
      id: thread.id,
      title: thread.title,
      tags: thread.tags,
      category: { slug: thread.category_slug, name: locale === 'en' ? thread.category_name_en : thread.category_name_id },
      replyCount: thread.reply_count,
      solved: !!thread.accepted_post_id,
      hasExpertAnswer: thread.has_expert_answer,
      pinned: thread.pinned,
      locked: !!thread.locked_at,
      staffOnly: thread.category_staff_only,
      createdAt: thread.created_at.toISOString(),
    },
    posts: view,
    nextAfter: hasMore ? (posts[posts.length - 1]?.id ?? null) : null,
    isFirstPage: !afterId,
    can: { reply: canReply(actor, access), pin: canPinThread(actor) },
  }
}
