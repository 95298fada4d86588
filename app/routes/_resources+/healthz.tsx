import { sql } from 'kysely'
import { db } from '~/lib/db.server'
import { listenerHealth } from '~/lib/events.server'
import { isShuttingDown } from '~/lib/shutdown.server'

const headers = { 'Cache-Control': 'no-store' }

/**
 * Liveness and readiness in one, for a load balancer: 200 only when the database answers,
 * live updates from other processes arrive (the LISTEN connection is up, or not yet needed),
 * and the process is not shutting down.
 */
export async function loader() {
  const listener = listenerHealth()
  if (isShuttingDown()) return Response.json({ status: 'shutting down' }, { status: 503, headers })
  try {
    await sql`select 1`.execute(db())
  } catch {
    return Response.json({ status: 'database unavailable', listener: listener.state }, { status: 503, headers })
  }
  if (listener.state === 'reconnecting') {
    return Response.json({ status: 'live updates unavailable', database: 'ok', listener: listener.state, downForMs: listener.downForMs }, { status: 503, headers })
  }
  return Response.json({ status: 'ok' }, { headers })
}
