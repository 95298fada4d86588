import type { ThreadSummary } from '~/components/forum/thread-list'

interface ThreadRow {
  id: string
  title: string
  reply_count: number
  accepted_post_id: string | null
  has_expert_answer: boolean
  pinned: boolean
  locked_at: Date | null
  is_anonymous: boolean
  author_pseudonym: string | null
  tags: string[]
  created_at: Date
  last_activity_at: Date
}

/** A list row as the public may see it: "Anonim" (no per-thread handle needed in lists) or the pseudonym. */
export function toThreadSummary(row: ThreadRow): ThreadSummary {
  return {
    id: row.id,
    title: row.title,
    replyCount: row.reply_count,
    solved: !!row.accepted_post_id,
    expert: row.has_expert_answer,
    pinned: row.pinned,
    locked: !!row.locked_at,
    author: row.is_anonymous ? null : row.author_pseudonym,
    tags: row.tags,
    lastActivityAt: row.last_activity_at.toISOString(),
  }
}
