import { PassThrough } from 'node:stream'
import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { createReadableStreamFromReadable } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { createInstance } from 'i18next'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { NonceContext } from '~/components/nonce'
import { initConfiguredDb } from '~/lib/db.server'
import { validateEnv } from '~/lib/env.server'
import { i18nConfig } from '~/lib/i18n'
import { memoizeTranslations } from '~/lib/i18n-memo.server'
import { i18nServer } from '~/lib/i18next.server'
import { startListening, stopListening } from '~/lib/events.server'
import { startPeriodicJobs, stopPeriodicJobs } from '~/lib/jobs.server'
import { logger } from '~/lib/logger.server'
import { OUTAGE_RETRY_AFTER_SECONDS } from '~/lib/outage.server'
import { markShuttingDown } from '~/lib/shutdown.server'
import { ensureAuditHead } from '~/models/audit.server'
import { endEventStreams } from '~/lib/sse.server'

export { getDbHandle } from '~/lib/db.server'
export { logger }
export { isCrossOriginMutation } from '~/lib/origin'
export { servePageCached } from '~/lib/page-cache.server'
export { similarQuestionsFor } from '~/lib/similar-questions.server'
export { isDatabaseUnavailable } from '~/lib/db-errors.server'
export { withDatabaseOutageAnswers } from '~/lib/outage.server'
export { statusPage } from '~/lib/status-page.server'

/** Called by server.js before it listens: opens the database and applies pending migrations. */
export async function startup() {
  validateEnv()
  const handle = await initConfiguredDb()
  logger.info({ engine: handle.engine }, 'database ready')
  await ensureAuditHead(handle.db)
  startListening()
  startPeriodicJobs()
  return handle
}

/** Called by server.js on SIGTERM, before it stops accepting: /healthz says 503, live streams end. */
export function beginShutdown() {
  markShuttingDown()
  endEventStreams()
}

/** Called by server.js after the last request finished. */
export async function beforeShutdown() {
  stopPeriodicJobs()
  await stopListening()
}

const ABORT_DELAY = 5_000

// One initialised i18next instance per language, reused by every render (bundled resources,
// one namespace, the language never changes on an instance): initialising per request cost
// a measurable share of each page.
const instances = new Map<string, ReturnType<typeof createInstance>>()
async function i18nInstance(lng: string) {
  let instance = instances.get(lng)
  if (!instance) {
    instance = createInstance()
    await instance.use(initReactI18next).init({ ...i18nConfig, lng, ns: [i18nConfig.defaultNS] })
    memoizeTranslations(instance)
    instances.set(lng, instance)
  }
  return instance
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const lng = await i18nServer.getLocale(request)
  const instance = await i18nInstance(lng)

  const nonce = loadContext.cspNonce
  // The database-down page (lib/outage): tell clients and proxies when to retry, and never cache it.
  if (responseStatusCode === 503) {
    responseHeaders.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
    responseHeaders.set('Cache-Control', 'no-store')
  }
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
  return new Promise((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={instance}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }))
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) logger.error({ err: error }, 'render error')
        },
      },
    )
    setTimeout(abort, ABORT_DELAY)
  })
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return
  logger.error({ err: error, path: new URL(request.url).pathname }, 'unhandled error')
}
