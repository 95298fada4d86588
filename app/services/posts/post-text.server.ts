import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { markdownToPlainText, mentionedNames, renderMarkdown } from '~/lib/markdown.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { getSearchConfig } from '~/models/settings.server'
import { autoFlagPost } from '../moderation/auto-flags.server'

/** Search vector of a post: the thread title (opening post only) weighs more than the body. */
export async function searchVector(db: DB, title: string | null, body: string) {
  const config = await getSearchConfig(db)
  return sql`setweight(to_tsvector(${config}::regconfig, ${title ?? ''}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B')`
}

/**
 * A text rendered as a post is: the Markdown pipeline, with every `@name` that is an existing
 * member (matched by pseudonym key, so case and look-alikes do not matter) linked to their profile.
 */
export async function renderPostMarkdown(db: DB, body: string): Promise<string> {
  const keys = [...new Set(mentionedNames(body).map(pseudonymKey))]
  if (keys.length === 0) return renderMarkdown(body)
  const rows = await db.selectFrom('users').select(['pseudonym', 'pseudonym_key']).where('pseudonym_key', 'in', keys).where('deleted_at', 'is', null).execute()
  return renderMarkdown(body, { mentions: new Map(rows.map((r) => [r.pseudonym_key, r.pseudonym])), mentionKey: pseudonymKey })
}

/** The stored forms of a text: Markdown as typed, sanitised HTML, plain text, and its search vector. */
export async function storedText(db: DB, title: string | null, body: string) {
  return { body_md: body, body_html: await renderPostMarkdown(db, body), body_text: markdownToPlainText(body, Number.MAX_SAFE_INTEGER), search: await searchVector(db, title, body) }
}

export interface Revision {
  postId: string
  editorId: string
  /** A new thread title (opening posts only); omitted keeps the current one. */
  title?: string | null
  body: string
  /** Why a moderator changed it; shown in the post's history. */
  reason?: string | null
}

/**
 * The one path by which a stored post's text changes (the author's edit, a moderator's edit
 * or redaction): the previous version goes to the history, and everything derived from the
 * text follows in the same transaction (HTML, search index, thread title, automatic flags,
 * live readers). The caller has locked the post and checked the policy.
 */
export async function revisePost(db: DB, revision: Revision): Promise<{ crisis: boolean; threadId: string }> {
  const current = await db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['p.thread_id', 'p.author_id', 'p.body_md', 'p.is_opening', 't.title'])
    .where('p.id', '=', revision.postId)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('post_revisions')
    .values({
      post_id: revision.postId,
      editor_id: revision.editorId,
      title: current.is_opening ? current.title : null,
      body_md: current.body_md,
      reason: revision.reason ?? null,
      created_at: sql<Date>`now()`,
    })
    .execute()
  const newTitle = current.is_opening && revision.title ? revision.title : null
  if (newTitle) await db.updateTable('threads').set({ title: newTitle }).where('id', '=', current.thread_id).execute()
  const title = current.is_opening ? (newTitle ?? current.title) : null
  await db
    .updateTable('posts')
    .set({ ...(await storedText(db, title, revision.body)), edited_at: sql`now()` })
    .where('id', '=', revision.postId)
    .execute()
  await publish(db, { type: 'post.changed', threadId: current.thread_id, postId: revision.postId })
  const { crisis } = await autoFlagPost(db, {
    postId: revision.postId,
    threadId: current.thread_id,
    authorId: current.author_id,
    text: [newTitle, revision.body].filter(Boolean).join('\n\n'),
  })
  return { crisis, threadId: current.thread_id }
}
