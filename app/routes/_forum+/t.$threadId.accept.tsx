import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { readMutationForm } from '~/lib/request.server'
import { acceptAnswer } from '~/services/ratings.server'

export async function loader() {
  return redirect('/')
}

/** The asker accepts an answer (an empty postId withdraws the acceptance); anyone else gets 404. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const threadId = params.threadId ?? ''
  const postId = String(formData.get('postId') ?? '')
  allowOr404(/^\d{1,18}$/.test(threadId) && (postId === '' || /^\d{1,18}$/.test(postId)))
  allowOr404(await acceptAnswer(db(), { actor, threadId, postId: postId || null }))
  return redirect(postId ? `/t/${threadId}#p${postId}` : `/t/${threadId}`)
}
