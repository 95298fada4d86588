import { redirect } from '@remix-run/node'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { WatchToggleSchema } from '~/schemas/watching'
import { setWatch } from '~/services/watching/watches.server'
import { watchRefusalFlash } from '~/services/watching/watch-route.server'

export async function loader({ params }: { params: { threadId?: string } }) {
  return redirect(`/t/${idParamOr404(params.threadId)}`)
}

/** Starts or stops watching the thread (new answers reach the bell, and the digest if chosen). */
export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const threadId = idParamOr404(params.threadId)
  const parsed = WatchToggleSchema.safeParse(Object.fromEntries(form))
  allowOr404(parsed.success)
  const outcome = await setWatch(db(), { actor, target: { kind: 'thread', threadId }, watching: parsed.data.watching })
  if (!outcome.ok) return watchRefusalFlash(outcome, `/t/${threadId}`)
  return redirectWithFlash(`/t/${threadId}`, outcome.value.watching ? 'watch.watched' : 'watch.unwatched')
})
