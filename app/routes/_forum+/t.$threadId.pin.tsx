import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { readMutationForm } from '~/lib/request.server'
import { findThread } from '~/models/threads.server'
import { canPinThread } from '~/policies'
import { setPinned } from '~/services/forum.server'

export async function loader() {
  return redirect('/')
}

/** Staff pin a thread to the top of its category (announcements, common questions). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const threadId = params.threadId ?? ''
  allowOr404(/^\d{1,18}$/.test(threadId) && canPinThread(actor))
  const thread = await findThread(db(), threadId)
  allowOr404(!!thread)
  await setPinned(db(), { actor, threadId, pinned: formData.get('pinned') === 'true' })
  return redirect(`/t/${threadId}`)
}
