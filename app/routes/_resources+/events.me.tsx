import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404, getActor } from '~/auth/guards.server'
import { eventsResponse } from '~/lib/sse.server'
import { isSignedIn } from '~/policies'

/** The signed-in member's own stream: "you have a new notification" (the bell reloads its count). */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request)
  allowOr404(isSignedIn(actor))
  return eventsResponse(request, (event) =>
    event.type === 'notification' && event.userId === actor.id ? { name: 'notification', data: String(Date.now()) } : null,
  )
}
