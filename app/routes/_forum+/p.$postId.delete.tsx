import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { readMutationForm } from '~/lib/request.server'
import { findPost } from '~/models/posts.server'
import { canDeletePost } from '~/policies'
import { deletePost } from '~/services/forum.server'

export async function loader() {
  return redirect('/')
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  await readMutationForm(request)
  const postId = params.postId ?? ''
  allowOr404(/^\d{1,18}$/.test(postId))
  const post = await findPost(db(), postId)
  allowOr404(!!post && canDeletePost(actor, { authorId: post.author_id, deletedAt: post.deleted_at, hiddenAt: post.hidden_at }))
  await deletePost(db(), { actor, postId })
  return redirectWithFlash(`/t/${post.thread_id}#p${post.id}`, 'forum.deletedDone')
}
