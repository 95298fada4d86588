import { onResync, subscribe, type AppEvent } from './events.server'

const HEARTBEAT_MS = 25_000
const encoder = new TextEncoder()
const openStreams = new Set<() => void>()

/** Ends every open stream (server shutdown); browsers reconnect, to another process if there is one. */
export function endEventStreams() {
  for (const stop of [...openStreams]) stop()
}

/**
 * A Server-Sent Events response that forwards the events `select` picks until the client goes
 * away (request aborted or stream cancelled); a heartbeat keeps proxies from closing it.
 * Written here rather than with remix-utils' eventStream, whose close() throws when the
 * stream was already cancelled, an uncaught error in an abort listener.
 */
export function eventsResponse(request: Request, select: (event: AppEvent) => { name: string; data: string } | null, options: { until?: Date } = {}) {
  let stop = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false
      let unsubscribe: (() => void) | undefined
      const send = (event: string, data: string) => {
        if (closed) return
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${data}\n\n`))
        } catch {
          stop()
        }
      }
      const heartbeat = setInterval(() => send('ping', String(Date.now())), HEARTBEAT_MS)
      // A stream that may only live so long (a call's window) ends then; a reconnect is checked anew.
      const deadline = options.until ? setTimeout(() => stop(), Math.max(0, options.until.getTime() - Date.now())) : undefined
      // After a listener outage events may have been missed: the page reloads once (useLiveReload).
      const offResync = onResync(() => send('resync', String(Date.now())))
      stop = () => {
        if (closed) return
        closed = true
        openStreams.delete(stop)
        clearInterval(heartbeat)
        clearTimeout(deadline)
        offResync()
        unsubscribe?.()
        request.signal.removeEventListener('abort', stop)
        try {
          controller.close()
        } catch {
          // already closed or cancelled by the reader
        }
      }
      openStreams.add(stop)
      request.signal.addEventListener('abort', stop)
      void subscribe((event) => {
        const message = select(event)
        if (message) send(message.name, message.data)
      }).then((off) => {
        if (closed) off()
        else unsubscribe = off
      })
      send('ready', 'ok')
      if (request.signal.aborted) stop()
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  })
}
