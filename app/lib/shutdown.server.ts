// Shared between server.js (which starts the shutdown) and /healthz (which reports it), on
// globalThis like the database handle so both see the same flag.
const host = globalThis as typeof globalThis & { __teduhShuttingDown?: boolean }

export function markShuttingDown() {
  host.__teduhShuttingDown = true
}

export function isShuttingDown(): boolean {
  return host.__teduhShuttingDown === true
}
