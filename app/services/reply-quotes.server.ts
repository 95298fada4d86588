import { sql } from 'kysely'
import { anonHandle } from '~/lib/anon.server'
import type { DB } from '~/lib/db.server'
import { markdownToPlainText } from '~/lib/markdown.server'

/** What a reply shows of the post it answers: who (as the public knows them) and a few words. */
export interface ReplyQuote {
  id: string
  /** The pseudonym, or the thread's "Anonim #…" handle for an anonymous post; null once removed. */
  author: string | null
  /** Plain text, short; null once the post is removed (its words are gone for readers too). */
  snippet: string | null
}

export const QUOTE_SNIPPET_LENGTH = 120

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= QUOTE_SNIPPET_LENGTH) return flat
  const cut = flat.slice(0, QUOTE_SNIPPET_LENGTH - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > QUOTE_SNIPPET_LENGTH / 2 ? cut.slice(0, space) : cut}…`
}

/**
 * The quoted posts of a thread, by id. The author's pseudonym is withheld in SQL for anonymous
 * posts (only the thread's handle is shown, as on the post itself), and a hidden or deleted post
 * gives neither author nor words.
 */
export async function listReplyQuotes(db: DB, threadId: string, ids: readonly string[]): Promise<Map<string, ReplyQuote>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db
    .selectFrom('posts as p')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.author_id',
      'p.is_anonymous',
      sql<string | null>`case when p.is_anonymous then null else u.pseudonym end`.as('pseudonym'),
      sql<boolean>`p.hidden_at is not null or p.deleted_at is not null`.as('removed'),
      sql<string | null>`left(p.body_text, 400)`.as('text'),
      sql<string>`left(p.body_md, 1000)`.as('md'),
    ])
    .where('p.thread_id', '=', threadId)
    .where('p.id', 'in', unique)
    .execute()
  return new Map(
    rows.map((r) => [
      r.id,
      r.removed
        ? { id: r.id, author: null, snippet: null }
        : {
            id: r.id,
            author: r.is_anonymous ? anonHandle(threadId, r.author_id) : r.pseudonym,
            snippet: shorten(r.text ?? markdownToPlainText(r.md, 400)),
          },
    ]),
  )
}

/** Each post with the quote of the post it replies to (one query for the whole page). */
export async function withReplyQuotes<P extends { replyToPostId: string | null }>(db: DB, threadId: string, posts: P[]): Promise<(P & { replyTo: ReplyQuote | null })[]> {
  const quotes = await listReplyQuotes(
    db,
    threadId,
    posts.map((p) => p.replyToPostId).filter((id): id is string => !!id),
  )
  return posts.map((p) => ({ ...p, replyTo: p.replyToPostId ? (quotes.get(p.replyToPostId) ?? null) : null }))
}
