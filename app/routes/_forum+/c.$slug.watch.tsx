import { redirect } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { WatchToggleSchema } from '~/schemas/watching'
import { setWatch } from '~/services/watching/watches.server'
import { watchRefusalFlash } from '~/services/watching/watch-route.server'

export async function loader({ params }: { params: { slug?: string } }) {
  return redirect(`/c/${encodeURIComponent(params.slug ?? '')}`)
}

/** Starts or stops watching the category (new threads reach the bell, and the digest if chosen). */
export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const slug = params.slug ?? ''
  const parsed = WatchToggleSchema.safeParse(Object.fromEntries(form))
  allowOr404(parsed.success)
  const back = `/c/${encodeURIComponent(slug)}`
  const outcome = await setWatch(db(), { actor, target: { kind: 'category', slug }, watching: parsed.data.watching })
  if (!outcome.ok) return watchRefusalFlash(outcome, back)
  return redirectWithFlash(back, outcome.value.watching ? 'watch.watched' : 'watch.unwatched')
})
