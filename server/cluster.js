// WEB_CONCURRENCY=N runs N worker processes sharing one port (node:cluster). Only on
// PostgreSQL: sessions, rate limits, jobs and live events already live in the database, so the
// workers need nothing from each other. PGlite has one owner per data folder, so it stays one process.
import cluster from 'node:cluster'

const RESTART_WINDOW_MS = 60_000
const MAX_RESTARTS_IN_WINDOW = 5

/** How many workers to run: WEB_CONCURRENCY on PostgreSQL, else 1 (with a line saying why). */
export function workerCount(env = process.env) {
  const wanted = Math.floor(Number(env.WEB_CONCURRENCY ?? 1))
  if (!Number.isFinite(wanted) || wanted <= 1) return 1
  if (!env.DATABASE_URL) {
    console.warn('WEB_CONCURRENCY is ignored on PGlite (one process per data folder); set DATABASE_URL to run several.')
    return 1
  }
  return wanted
}

/**
 * In the primary: fork the workers, replace one that dies unexpectedly (at most 5 a minute, so a
 * crash loop ends the service instead of spinning), and pass SIGTERM/SIGINT on so each worker
 * drains as a single process would. Returns true in the primary (the caller must not serve).
 */
export function runPrimary(count) {
  if (count <= 1 || !cluster.isPrimary) return false
  let stopping = false
  let announced = false
  const restarts = []
  const fork = () => cluster.fork()
  for (let i = 0; i < count; i += 1) fork()

  cluster.on('listening', (_worker, address) => {
    if (announced) return
    announced = true
    console.log(`\nTeduh is running at http://localhost:${address.port} (${count} worker processes)\n`)
  })
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    const now = Date.now()
    while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift()
    if (restarts.length >= MAX_RESTARTS_IN_WINDOW) {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}); too many restarts, stopping`)
      stopping = true
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM')
      process.exitCode = 1
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1)
      return
    }
    restarts.push(now)
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`)
    fork()
  })
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal)
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  return true
}

