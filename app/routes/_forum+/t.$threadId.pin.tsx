import { redirect } from '@remix-run/node'
import { idParamOr404, requireActor } from '~/auth/guards.server'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { setPinned } from '~/services/posts/pin.server'

export async function loader() {
  return redirect('/')
}

/** Staff pin a thread to the top of its category (announcements, common questions). */
export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const threadId = idParamOr404(params.threadId)
  valueOr404(await setPinned(db(), { actor, threadId, pinned: form.get('pinned') === 'true' }))
  return redirect(`/t/${threadId}`)
})
