import type { ServerBuild } from '@remix-run/node'
import { isDatabaseUnavailable } from './db-errors.server'
import { logger } from './logger.server'

/** Seconds a client is asked to wait before trying again while the database is down. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5

/** The response a loader or action gives when the database cannot be reached. */
export function databaseUnavailableResponse(): Response {
  return new Response('database unavailable', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  })
}

type RouteFunction = (args: any) => unknown

function answer503WhenDatabaseDown<F extends RouteFunction>(fn: F, routeId: string): F {
  return (async (args: Parameters<F>[0]) => {
    try {
      return await fn(args)
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error
      logger.warn({ route: routeId, err: (error as Error).message }, 'database unavailable: answered 503')
      throw databaseUnavailableResponse()
    }
  }) as F
}

/**
 * The server build with every loader and action answering a 503 error response (thrown, so
 * the root ErrorBoundary shows the translated "temporarily unavailable" page, on a document
 * request and on a client navigation alike) when the database is down, instead of a 500.
 * Actions that keep the user's typed text catch the outage themselves first.
 */
export function withDatabaseOutageAnswers(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      if (!route) return [id, route]
      const { loader, action } = route.module
      const module = {
        ...route.module,
        ...(loader ? { loader: answer503WhenDatabaseDown(loader, id) } : {}),
        ...(action ? { action: answer503WhenDatabaseDown(action, id) } : {}),
      }
      return [id, { ...route, module }]
    }),
  )
  return { ...build, routes }
}
