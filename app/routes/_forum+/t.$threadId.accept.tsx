import { redirect } from '@remix-run/node'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { isId } from '~/lib/ids'
import { acceptAnswer } from '~/services/ratings.server'

export async function loader() {
  return redirect('/')
}

/** The asker accepts an answer (an empty postId withdraws the acceptance); anyone else gets 404. */
export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const threadId = idParamOr404(params.threadId)
  const postId = String(form.get('postId') ?? '')
  allowOr404(postId === '' || isId(postId))
  valueOr404(await acceptAnswer(db(), { actor, threadId, postId: postId || null }))
  return redirect(postId ? `/t/${threadId}#p${postId}` : `/t/${threadId}`)
})
