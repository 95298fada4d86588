import { eventStream } from 'remix-utils/sse/server'
import { subscribe, type AppEvent } from './events.server'

const HEARTBEAT_MS = 25_000

/**
 * A Server-Sent Events response that forwards the events `select` picks (as `name` + data)
 * until the client goes away; a comment heartbeat keeps proxies from closing it.
 */
export function eventsResponse(request: Request, select: (event: AppEvent) => { name: string; data: string } | null) {
  return eventStream(
    request.signal,
    (send) => {
      let unsubscribe: (() => void) | undefined
      let closed = false
      void subscribe((event) => {
        const message = select(event)
        if (message) send({ event: message.name, data: message.data })
      }).then((off) => {
        if (closed) off()
        else unsubscribe = off
      })
      send({ event: 'ready', data: 'ok' })
      const heartbeat = setInterval(() => send({ event: 'ping', data: String(Date.now()) }), HEARTBEAT_MS)
      return () => {
        closed = true
        clearInterval(heartbeat)
        unsubscribe?.()
      }
    },
    { headers: { 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' } },
  )
}
