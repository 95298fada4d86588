import { redirect } from '@remix-run/node'
import { idParamOr404, requireActor } from '~/auth/guards.server'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { deletePost } from '~/services/posts/delete.server'

export async function loader() {
  return redirect('/')
}

export const action = formAction(async ({ request, params }) => {
  const { actor } = await requireActor(request)
  const postId = idParamOr404(params.postId)
  const { threadId } = valueOr404(await deletePost(db(), { actor, postId }))
  return redirectWithFlash(`/t/${threadId}#p${postId}`, 'forum.deletedDone')
})
