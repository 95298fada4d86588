import type { DB } from '~/lib/db.server'
import { RATE_RULES } from '~/lib/rate-limit.server'
import { lockPostForWrite, postAccessOf } from '~/models/posts.server'
import { canEditPost, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'
import { checkDraft, type Draft, type PostWriteRefusal } from './draft.server'
import { revisePost } from './post-text.server'

export interface EditInput extends Draft {
  actor: Actor
  postId: string
}

/**
 * The author edits their post: the same gates as a new post (links need standing, personal
 * data asks first, a rate limit), then the one revision path (history, search, flags).
 */
export async function editPost(db: DB, input: EditInput): Promise<Outcome<{ threadId: string; crisis: boolean }, PostWriteRefusal>> {
  return inWrite(db, async (trx) => {
    const post = await lockPostForWrite(trx, input.postId)
    if (!post) return refuse.notFound()
    const access = postAccessOf(post)
    if (!canEditPost(input.actor, access.post, access.thread)) return refuse.notFound()
    const draft = await checkDraft(trx, input.actor, { ...input, title: post.is_opening ? input.title : undefined }, { rule: RATE_RULES.editsPerMember, previousBody: post.body_md })
    if (!draft.ok) return draft
    const revised = await revisePost(trx, { postId: post.id, editorId: input.actor.id, title: draft.value.title ?? null, body: draft.value.body })
    return ok(revised)
  })
}
