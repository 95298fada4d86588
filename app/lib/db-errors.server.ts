// Which failures mean "the database cannot be reached right now" (answer 503 and let the
// client retry) rather than "this request is wrong" (a bug, a constraint: 4xx/500).

/** SQLSTATEs that say the server is going away, starting up or refusing connections. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, pg_ctl stop/restart -m fast
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '53300', // too_many_connections
])

/** Node socket errors on the way to the database server. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED'])

/** Messages of pg, pg-pool, Kysely and PGlite that carry no code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i, // pg: the server closed the socket
  /not queryable/i, // pg: a client whose connection already failed
  /timeout exceeded when trying to connect/i, // pg-pool: connectionTimeoutMillis
  /Cannot use a pool after calling end/i,
  /driver has already been destroyed/i, // Kysely after destroy()
  /^PGlite is closed/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

/**
 * True when `error` (or its cause) says the database is down or unreachable: connection
 * refused, reset or terminated, admin shutdown (57P01), cannot connect now (57P03), any
 * connection exception (SQLSTATE class 08), a pool connect timeout, a closed PGlite.
 * A constraint violation, a syntax error or a missing row is not this.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== 'object' || seen.has(value)) return false
    seen.add(value)
    const { code, message, cause, errors } = value as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
    // AggregateError (a refused connection to every address of a host) and wrapped causes.
    if (Array.isArray(errors) && errors.some(visit)) return true
    return visit(cause)
  }
  return visit(error)
}
