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
let listening: Promise<void> | undefined

function deliver(payload: string | undefined) {
  if (!payload) return
  try {
    bus.emit('event', JSON.parse(payload) as AppEvent)
  } catch {
    logger.warn('ignored a malformed event')
  }
}

/** One LISTEN connection per process, opened on first use; fans out to in-process subscribers. */
function ensureListening(): Promise<void> {
  listening ??= (async () => {
    const handle = getDbHandle()
    if (handle.pglite) {
      await handle.pglite.listen(channel(), deliver)
      return
    }
    const connect = async () => {
      const client = new pg.Client(handle.pgConfig)
      client.on('notification', (message) => deliver(message.payload))
      client.on('error', (error) => {
        logger.error({ err: error.message }, 'event listener lost its connection; reconnecting')
        setTimeout(() => void connect().catch(() => {}), 1000)
      })
      await client.connect()
      await client.query(`listen ${channel()}`)
    }
    await connect()
  })()
  return listening
}

export async function subscribe(listener: (event: AppEvent) => void): Promise<() => void> {
  await ensureListening()
  bus.on('event', listener)
  return () => bus.off('event', listener)
}
