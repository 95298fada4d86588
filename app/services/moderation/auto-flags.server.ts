import { sql } from 'kysely'
import type { FlagReason } from '#db/schema'
import { detectCrisis } from '~/lib/crisis'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { crisisLexicon } from '~/lib/lexicon.server'
import { externalLinks } from '~/lib/links'
import { findPii } from '~/lib/pii'
import type { Actor } from '~/policies'

const SPAM_LINKS = 6
export const AWAITING_REVIEW = 'awaiting_review'

interface AutoFlagInput {
  postId: string
  threadId: string
  authorId: string
  text: string
}

/**
 * Automatic flags for a new or edited post: crisis phrases (direct or indirect), personal data
 * left in on purpose, spam signs (many links, the same text already posted elsewhere).
 * Returns whether the writer should see the crisis-help message now.
 */
export async function autoFlagPost(db: DB, input: AutoFlagInput): Promise<{ crisis: boolean }> {
  const flags: { reason: FlagReason; detail: string; indirect: boolean }[] = []
  const hits = detectCrisis(input.text, crisisLexicon())
  if (hits.length) {
    const direct = hits.some((h) => h.kind === 'direct')
    flags.push({ reason: 'crisis', detail: hits.map((h) => `${h.kind}: ${h.phrase}`).join('; '), indirect: !direct })
  }
  const pii = findPii(input.text)
  if (pii.length) flags.push({ reason: 'personal_data', detail: [...new Set(pii.map((p) => p.kind))].join(', '), indirect: false })
  const links = externalLinks(input.text).length
  if (links >= SPAM_LINKS) flags.push({ reason: 'spam', detail: `${links} links`, indirect: false })
  else if (input.text.length > 40) {
    const repeated = await db
      .selectFrom('posts')
      .select('id')
      .where('author_id', '=', input.authorId)
      .where('id', '!=', input.postId)
      .where('thread_id', '!=', input.threadId)
      .where('body_md', '=', input.text)
      .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
      .executeTakeFirst()
    if (repeated) flags.push({ reason: 'spam', detail: 'same text in another thread', indirect: false })
  }
  for (const flag of flags) {
    await db
      .insertInto('flags')
      .values({ post_id: input.postId, thread_id: input.threadId, flagger_id: null, source: 'auto', reason: flag.reason, detail: flag.detail, indirect: flag.indirect, created_at: sql<Date>`now()` })
      .onConflict((oc) => oc.columns(['post_id', 'reason']).where('status', '=', 'open').where('flagger_id', 'is', null).doNothing())
      .execute()
  }
  if (flags.length) await publish(db, { type: 'moderation.flag', crisis: flags.some((f) => f.reason === 'crisis') })
  return { crisis: flags.some((f) => f.reason === 'crisis') }
}

/**
 * When the instance enables new-account review, a new account's post is held (hidden, with a
 * new_account flag) until a moderator shows it. Reputation earns the way past it.
 */
export async function holdForReviewIfNew(db: DB, input: { actor: Actor; postId: string; threadId: string; isOpening: boolean }): Promise<boolean> {
  const days = env.newAccountReviewDays
  if (!days) return false
  const young = Date.now() - input.actor.createdAt.getTime() < days * 86_400_000
  if (!young || input.actor.reputation >= env.newAccountReviewSkipReputation) return false
  await db.updateTable('posts').set({ hidden_at: sql`now()`, hidden_reason: AWAITING_REVIEW }).where('id', '=', input.postId).execute()
  if (input.isOpening) await db.updateTable('threads').set({ hidden_at: sql`now()` }).where('id', '=', input.threadId).execute()
  await db
    .insertInto('flags')
    .values({ post_id: input.postId, thread_id: input.threadId, flagger_id: null, source: 'auto', reason: 'new_account', detail: null, created_at: sql<Date>`now()` })
    .onConflict((oc) => oc.columns(['post_id', 'reason']).where('status', '=', 'open').where('flagger_id', 'is', null).doNothing())
    .execute()
  await publish(db, { type: 'moderation.flag', crisis: false })
  return true
}
