import { writeReadableStreamToWritable } from '@remix-run/node'

// The two halves of @remix-run/express's adapter (which exports neither), with one change: the
// request body was already read, and bounded, by ./body.js instead of streaming from the socket.

/** The Fetch API Request Remix handles. */
export function toRemixRequest(req, res) {
  // req.hostname honours "trust proxy"; the port comes from X-Forwarded-Host or Host.
  const port = [req.get('X-Forwarded-Host'), req.get('host')].map((h) => Number.parseInt(h?.split(':')[1] ?? '', 10)).find(Number.isSafeInteger)
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`)
  const controller = new AbortController()
  // Loaders and actions stop (and live streams end) once the response can no longer be written.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value) headers.set(name, value)
  }
  const init = { method: req.method, headers, signal: controller.signal }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = res.locals.body ?? Buffer.alloc(0)
    headers.delete('transfer-encoding')
    headers.set('content-length', String(body.length))
    init.body = body
  }
  return new Request(url.href, init)
}

/** Writes Remix's Response to Express, streaming its body (Server-Sent Events start at once). */
export async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [name, value] of response.headers.entries()) res.append(name, value)
  if (/text\/event-stream/i.test(response.headers.get('Content-Type') ?? '')) res.flushHeaders()
  if (response.body) await writeReadableStreamToWritable(response.body, res)
  else res.end()
}
