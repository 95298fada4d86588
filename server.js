// Production server: security headers, compression, static assets, bounded request bodies, the
// Remix handler (503 while the database is down), request logs without personal data, and a
// graceful shutdown.
import cluster from 'node:cluster'
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequestHandler } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'
import { readBody } from './server/body.js'
import { limits } from './server/limits.js'
import { runPrimary, workerCount } from './server/cluster.js'
import { sendRemixResponse, toRemixRequest } from './server/remix-request.js'

if (Number(process.versions.node.split('.')[0]) < 22) {
  throw new Error(`Teduh needs Node 22+ (found ${process.version}); run it through npm scripts, which use the pinned Node.`)
}

// With WEB_CONCURRENCY on PostgreSQL this process only supervises the workers.
if (runPrimary(workerCount())) await new Promise(() => {})

const bundle = await import('./build/server/index.js')
const { startup, logger, isCrossOriginMutation, servePageCached, similarQuestionsFor, withDatabaseOutageAnswers, isDatabaseUnavailable, statusPage } =
  bundle.entry.module
// Every loader and action answers 503 (the translated page) while the database is down.
const build = withDatabaseOutageAnswers(bundle)
const dbHandle = await startup().catch((error) => {
  // A second process on the same PGlite folder: one clear line, exit non-zero, first owner untouched.
  if (error?.code === 'TEDUH_DATA_DIR_LOCKED') {
    console.error(error.message)
    process.exit(1)
  }
  throw error
})

const app = express()
app.disable('x-powered-by')
if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)

// During shutdown every answer says Connection: close, so no client sends another request on a
// socket that is about to close (set again at SIGTERM on responses still being prepared).
let shuttingDown = false
const inFlight = new Set()
app.use((req, res, next) => {
  if (shuttingDown) res.setHeader('Connection', 'close')
  inFlight.add(res)
  res.on('close', () => inFlight.delete(res))
  next()
})

app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64')
  next()
})
app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  }),
)
app.use(
  compression({
    // Server-Sent Events must reach the browser as they are written.
    filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').includes('text/event-stream') && compression.filter(req, res),
  }),
)
// Cross-site form posts are refused before they reach any action (the CSRF token is the second check).
app.use((req, res, next) => {
  const host = (app.get('trust proxy') && req.headers['x-forwarded-host']) || req.headers.host
  if (isCrossOriginMutation(req.method, req.headers.origin, host)) return res.status(403).type('text/plain').send('Forbidden')
  next()
})
app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
// Only paths that can be a file there reach the file system (not a stat for every page).
const staticNames = new Set(readdirSync('build/client'))
const serveStatic = express.static('build/client', { maxAge: '1h' })
app.use((req, res, next) => (staticNames.has(req.path.split('/')[1]) ? serveStatic(req, res, next) : next()))

app.use((req, res, next) => {
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    // Path only: query strings can carry search terms, and no IPs, cookies or bodies are logged.
    logger.info(
      { method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
      'request',
    )
  })
  next()
})

const loadContext = (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown' })

// Bodies are read (bounded) before Remix: 413, 408, 415 or 400 as a translated page.
app.use(readBody(statusPage))

const handleRemix = createRequestHandler(build, process.env.NODE_ENV)
const send = sendRemixResponse

// Similar questions are asked on every key press of a new title: answered here by the same
// function as their resource route, without Remix's per-request route matching (a quarter of
// this endpoint's CPU when profiled). A database outage still answers 503 (the handler below).
app.get('/similar-questions', async (req, res, next) => {
  try {
    const q = new URL(req.originalUrl, 'http://local').searchParams.get('q')
    res.set('Cache-Control', 'no-store').json(await similarQuestionsFor(q))
  } catch (error) {
    next(error)
  }
})

// Thread pages for anonymous readers may come from the rendered-page cache (app/lib/page-cache);
// everything else, and every miss the cache does not take, goes through Remix as usual.
app.get(/^\/t\/\d+$/, async (req, res, next) => {
  try {
    const response = await servePageCached(toRemixRequest(req, res), loadContext(req, res), handleRemix)
    if (!response) return next()
    await send(res, response)
  } catch (error) {
    next(error)
  }
})

app.all('*', async (req, res, next) => {
  try {
    await send(res, await handleRemix(toRemixRequest(req, res), loadContext(req, res)))
  } catch (error) {
    next(error)
  }
})

// Whatever escaped the handlers above: a translated page, never Express's default stack page.
app.use((error, req, res, _next) => {
  const unavailable = isDatabaseUnavailable(error)
  if (!unavailable) logger.error({ err: error?.message, path: req.path }, 'unhandled error')
  if (res.headersSent) return res.destroy()
  const page = statusPage(unavailable ? 'unavailable' : 'serverError')
  if (unavailable) res.setHeader('Retry-After', '5')
  res.status(page.status).type('html').send(page.html)
})

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
// Slow clients cannot hold a socket: headers and the whole request must arrive in time (Node
// answers 408 and closes), checked every second rather than Node's default 30 s.
const server = createServer(
  { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
  app,
)
server.listen(port, host, () => {
  const address = server.address()
  const shownPort = typeof address === 'object' && address ? address.port : port
  logger.info({ port: shownPort }, 'listening')
  if (!cluster.isWorker) console.log(`\nTeduh is running at http://localhost:${shownPort}\n`)
})

// When the last connection was accepted: the drain below waits for a quiet moment.
let lastConnectionAt = Date.now()
server.on('connection', () => (lastConnectionAt = Date.now()))

/**
 * SIGTERM: /healthz turns 503 (a load balancer stops sending) and live streams end (browsers
 * reconnect elsewhere). The listener stays open until nothing is in flight and no connection
 * arrived for SHUTDOWN_DRAIN_MS, so connections already queued in the kernel on a busy server
 * are answered rather than reset. Then it closes; every request already accepted finishes,
 * answers carry Connection: close, and only idle sockets are closed. SHUTDOWN_GRACE_MS bounds it all.
 */
async function shutdown(signal) {
  if (shuttingDown) return
  shuttingDown = true
  logger.info({ signal }, 'shutting down: finishing in-flight requests')
  const deadline = Date.now() + limits.shutdownGraceMs
  for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close')
  do {
    // Also ends streams opened meanwhile.
    build.entry.module.beginShutdown()
    await new Promise((resolve) => setTimeout(resolve, 50))
  } while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastConnectionAt < limits.shutdownDrainMs))
  const force = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()))
  force.unref()
  const idle = setInterval(() => server.closeIdleConnections(), 100)
  server.close(async () => {
    clearInterval(idle)
    await build.entry.module.beforeShutdown?.()
    // The embedded database's heap only grows: its size at the end is the run's peak (the bench reads this line).
    if (dbHandle.heapBytes) console.log(`PGlite heap at shutdown: ${Math.round(dbHandle.heapBytes() / 2 ** 20)} MiB`)
    await dbHandle.close().catch(() => {})
    logger.info('stopped')
    process.exit(0)
  })
  server.closeIdleConnections()
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
