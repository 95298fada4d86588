import { limits } from './limits.js'

// Request bodies are read here, bounded in size and time, before anything else sees them:
// a body too large gets 413, one too slow 408, one of a kind no form sends 415, a form body
// that cannot be parsed 400, each as a translated page, and the connection is then closed.

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])
const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

const mebibytes = (bytes) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Express middleware: leaves the body as a Buffer in res.locals.body (undefined when there is none). */
export function readBody(statusPage) {
  return (req, res, next) => {
    if (NO_BODY.has(req.method)) return next()
    const declared = req.headers['content-length']
    const chunked = req.headers['transfer-encoding'] !== undefined
    if (!chunked && (declared === undefined || Number(declared) === 0)) return next()
    let refused = false
    const refuse = (kind) => {
      if (refused) return
      refused = true
      clearTimeout(timer)
      const page = statusPage(kind, { limit: mebibytes(limits.maxBodyBytes) })
      // Whatever is still arriving is discarded, not kept, and the socket is closed soon after.
      req.removeAllListeners('data')
      req.resume()
      res.status(page.status).set('Connection', 'close').type('html').send(page.html)
      setTimeout(() => req.socket.destroy(), 1_000).unref()
    }
    const contentType = String(req.headers['content-type'] ?? '')
    const type = contentType.split(';')[0].trim().toLowerCase()
    let timer
    if (!FORM_TYPES.has(type)) return refuse('unsupported')
    if (Number(declared) > limits.maxBodyBytes) return refuse('tooLarge')
    timer = setTimeout(() => refuse('timeout'), limits.bodyTimeoutMs)
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > limits.maxBodyBytes) return refuse('tooLarge')
      chunks.push(chunk)
    })
    req.on('error', () => {
      clearTimeout(timer)
      refused = true
    })
    req.on('end', async () => {
      if (refused) return
      clearTimeout(timer)
      const body = Buffer.concat(chunks)
      if (type === 'multipart/form-data') {
        try {
          await new Response(body, { headers: { 'Content-Type': contentType } }).formData()
        } catch {
          return refuse('badRequest')
        }
      }
      res.locals.body = body
      next()
    })
  }
}
