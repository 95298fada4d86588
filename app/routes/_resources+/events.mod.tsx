import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404, getActor } from '~/auth/guards.server'
import { eventsResponse } from '~/lib/sse.server'
import { canViewModerationQueue } from '~/policies'

/** The moderators' stream: "the queue changed" (and whether it was a crisis), never content. */
export async function loader({ request }: LoaderFunctionArgs) {
  allowOr404(canViewModerationQueue(await getActor(request)))
  return eventsResponse(request, (event) => (event.type === 'moderation.flag' ? { name: 'queue', data: `${event.crisis ? 'crisis' : 'flag'}:${Date.now()}` } : null))
}
