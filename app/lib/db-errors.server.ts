/** True when an error means the database cannot be reached right now (not a bug in a query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const code = String((error as { code?: unknown }).code ?? '')
  if (/^(08|57P0)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) return true
  const message = String((error as { message?: unknown }).message ?? '')
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|PGlite is closed|database system is (starting up|shutting down)/i.test(message)
}
