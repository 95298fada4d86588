import { EventEmitter } from 'node:events'
import { sql } from 'kysely'
import pg from 'pg'
import type { DB } from './db.server'
import { getDbHandle } from './db.server'
import { env } from './env.server'
import { logger } from './logger.server'

/** What travels between processes: ids and kinds only, never content or who wrote it. */
export type AppEvent =
  | { type: 'post.created'; threadId: string; postId: string }
  | { type: 'post.changed'; threadId: string; postId: string }
  | { type: 'notification'; userId: string }
  | { type: 'moderation.flag'; crisis: boolean }
  /** Something shown on many pages changed (an expert badge, a pin): cached reads are dropped. */
  | { type: 'forum.changed' }
  /** Something in a case changed; its two participants' pages reload what they may see. */
  | { type: 'case'; caseId: string; what: 'message' | 'read' | 'changed' }
  /** The intake queue changed (a case opened, was assigned or closed). */
  | { type: 'cases.queue'; crisis: boolean }
  /**
   * The one event that carries content: a WebRTC signal (SDP offer/answer, ICE candidate) for one
   * person of a video session, deflated. It passes through NOTIFY only, is never stored, and only
   * the stream of `to` for that session forwards it (services/cases/call.server).
   */
  | { type: 'call.signal'; caseId: string; sessionId: string; to: string; kind: string; data: string }

// Schema-scoped so test schemas (and instances sharing a server) never hear each other.
const channel = () => `teduh_events_${(env.databaseSchema ?? 'public').replace(/[^a-z0-9_]/gi, '')}`

/**
 * Queues an event with pg_notify. Inside a transaction PostgreSQL delivers it only on commit,
 * so listeners never hear of rows they cannot read yet.
 */
export async function publish(db: DB, event: AppEvent): Promise<void> {
  await sql`select pg_notify(${channel()}, ${JSON.stringify(event)})`.execute(db)
  for (const hook of localHooks) hook(event)
}

/** Several events in one round trip (a fan-out telling thousands of bells). */
export async function publishMany(db: DB, events: AppEvent[]): Promise<void> {
  if (events.length === 0) return
  await sql`select pg_notify(${channel()}, e) from unnest(${events.map((e) => JSON.stringify(e))}::text[]) as e`.execute(db)
  for (const event of events) for (const hook of localHooks) hook(event)
}

// In-process hooks run at publish time, before the commit and its NOTIFY: a local cache drops
// entries at once (and again when the NOTIFY arrives), so this process never serves its own stale write.
// On globalThis, like the database handle, so scripts and tests that publish through their own
// copy of this module still reach the server bundle's cache.
const hookHost = globalThis as typeof globalThis & { __teduhPublishHooks?: ((event: AppEvent) => void)[] }
const localHooks = (hookHost.__teduhPublishHooks ??= [])
export function onLocalPublish(hook: (event: AppEvent) => void) {
  localHooks.push(hook)
}

const bus = new EventEmitter()
bus.setMaxListeners(0)
let started = false
// Settles after the first connection attempt, whichever way it went.
let firstAttempt: Promise<void> = Promise.resolve()
let firstAttemptDone = () => {}

function deliver(payload: string | undefined) {
  if (!payload) return
  try {
    bus.emit('event', JSON.parse(payload) as AppEvent)
  } catch {
    logger.warn('ignored a malformed event')
  }
}

/**
 * The process's one LISTEN connection on PostgreSQL. It reconnects after any loss (a restart,
 * pg_terminate_backend, a network cut) with capped exponential backoff, for ever, and holds at
 * most one connection: a client that failed is ended before the next one is made, and
 * notifications from anything but the current client are ignored, so no event arrives twice.
 */
const BACKOFF_MS = { first: 250, max: 2_000 }
const listener = {
  state: 'idle' as 'idle' | 'connecting' | 'listening' | 'reconnecting',
  client: undefined as pg.Client | undefined,
  attempt: 0,
  downSince: undefined as number | undefined,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  everConnected: false,
  stopped: false,
}

// Its own application_name ("<name>:listen"), so an operator (or a test) can tell the listener
// from pool connections in pg_stat_activity; a name in the URL would otherwise win.
function listenerConfig(config: pg.ClientConfig): pg.ClientConfig {
  try {
    if (config.connectionString) {
      const url = new URL(config.connectionString)
      url.searchParams.set('application_name', `${url.searchParams.get('application_name') ?? 'teduh'}:listen`)
      return { ...config, connectionString: url.toString() }
    }
  } catch {
    // not a URL (a key=value string): keep it as given
  }
  return { ...config, application_name: 'teduh:listen' }
}

function connectListener(config: pg.ClientConfig) {
  if (listener.stopped) return
  listener.timer = undefined
  listener.state = listener.everConnected ? 'reconnecting' : 'connecting'
  const client = new pg.Client({
    ...listenerConfig(config),
    connectionTimeoutMillis: 5_000,
    // A connection cut without a reset (a dead network path) is noticed too.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  })
  listener.client = client
  let failed = false
  const fail = (error: Error | undefined) => {
    if (failed || listener.client !== client) return
    failed = true
    listener.client = undefined
    listener.state = 'reconnecting'
    listener.downSince ??= Date.now()
    firstAttemptDone()
    client.end().catch(() => {})
    if (listener.stopped) return
    const delay = Math.min(BACKOFF_MS.max, BACKOFF_MS.first * 2 ** listener.attempt++)
    logger.warn({ err: error?.message ?? 'connection ended', retryInMs: delay }, 'live-update listener lost its connection; reconnecting')
    listener.timer = setTimeout(() => connectListener(config), delay)
    listener.timer.unref()
  }
  client.on('notification', (message) => {
    if (listener.client === client) deliver(message.payload)
  })
  client.on('error', fail)
  client.on('end', () => fail(undefined))
  client
    .connect()
    .then(() => client.query(`listen ${channel()}`))
    .then(() => {
      if (listener.client !== client) return
      const outage = listener.everConnected
      firstAttemptDone()
      listener.state = 'listening'
      listener.attempt = 0
      listener.downSince = undefined
      listener.everConnected = true
      if (outage) {
        logger.info('live-update listener reconnected')
        // Events sent while we were not listening are gone: drop what was cached from them
        // and tell every open stream to reload its page once.
        bus.emit('event', { type: 'forum.changed' } satisfies AppEvent)
        bus.emit('resync')
      }
    })
    .catch(fail)
}

/** One LISTEN per process, started on first use; fans out to in-process subscribers. */
function ensureListening() {
  if (started) return
  started = true
  const handle = getDbHandle()
  if (handle.pglite) {
    listener.state = 'listening'
    handle.pglite.listen(channel(), deliver).catch((error: Error) => {
      listener.state = 'reconnecting'
      logger.error({ err: error.message }, 'live-update listener could not start')
    })
    return
  }
  firstAttempt = new Promise((resolve) => (firstAttemptDone = resolve))
  connectListener(handle.pgConfig!)
}

/** Starts listening now (server start), so /healthz can tell a dead listener from an unused one. */
export function startListening() {
  ensureListening()
}

/** Ends the LISTEN connection (shutdown); it is not reopened. */
export async function stopListening() {
  listener.stopped = true
  if (listener.timer) clearTimeout(listener.timer)
  const client = listener.client
  listener.client = undefined
  await client?.end().catch(() => {})
}

/** Whether events from other processes reach this one right now (what /healthz reports). */
export function listenerHealth(): { state: typeof listener.state; downForMs: number | null } {
  return { state: listener.state, downForMs: listener.downSince ? Date.now() - listener.downSince : null }
}

/** True while events from every process are arriving: caches that rely on them may be used. */
export function eventsAreLive(): boolean {
  return listener.state === 'listening'
}

/**
 * Calls `listener` for every event from any process. Resolves once the first connection attempt
 * settled, never waiting on later ones: while the connection is being remade events are
 * missed, and `onResync` subscribers hear when it is back.
 */
export async function subscribe(listener: (event: AppEvent) => void): Promise<() => void> {
  ensureListening()
  bus.on('event', listener)
  await firstAttempt
  return () => bus.off('event', listener)
}

/** Called after the listener came back from an outage: whatever happened meanwhile was not heard. */
export function onResync(listener: () => void): () => void {
  bus.on('resync', listener)
  return () => bus.off('resync', listener)
}
