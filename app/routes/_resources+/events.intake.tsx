import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { eventsResponse } from '~/lib/sse.server'
import { canViewIntakeQueue } from '~/policies'

let sequence = 0

/** The intake queue's live feed: "the queue changed", with whether a crisis case came in. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewIntakeQueue(actor))
  return eventsResponse(request, (event) => (event.type === 'cases.queue' ? { name: 'queue', data: `${event.crisis ? 'crisis' : 'change'}:${++sequence}` } : null))
}
