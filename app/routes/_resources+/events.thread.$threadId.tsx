import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404, getActor, idParamOr404 } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { eventsResponse } from '~/lib/sse.server'
import { findThread } from '~/models/threads.server'
import { canViewThread } from '~/policies'
import { threadAccess } from '~/services/thread-view.server'

/** Live updates for one thread's readers: only "something changed" and the post id, never content. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const threadId = idParamOr404(params.threadId)
  const [thread, actor] = await Promise.all([findThread(db(), threadId), getActor(request)])
  allowOr404(!!thread && canViewThread(actor, threadAccess(thread)))
  return eventsResponse(request, (event) =>
    (event.type === 'post.created' || event.type === 'post.changed') && event.threadId === threadId
      ? { name: 'thread', data: `${event.type}:${event.postId}` }
      : null,
  )
}
