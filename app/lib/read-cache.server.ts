import { onLocalPublish, subscribe, type AppEvent } from './events.server'
import { logger } from './logger.server'

const TTL_MS = 30_000
const MAX_ENTRIES = 1000
const entries = new Map<string, { until: number; value: unknown }>()
let listening: Promise<void> | undefined

function drop(event: AppEvent) {
  if (event.type === 'forum.changed') entries.clear()
  else if (event.type === 'post.created' || event.type === 'post.changed') {
    for (const k of entries.keys()) if (k.startsWith(`${event.threadId}:`)) entries.delete(k)
  }
}
onLocalPublish(drop)

/**
 * A short-lived, per-process cache of what anonymous readers see of a thread. Any change to the
 * thread (new or changed post, rating, moderation) arrives as an event, from any process via
 * LISTEN/NOTIFY, and drops its entries; a forum-wide change drops everything.
 */
export async function cachedThreadRead<T extends { validUntil?: number } | null>(threadId: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.TEDUH_READ_CACHE === 'off') return compute()
  listening ??= subscribe(drop)
    .then(() => undefined)
    .catch((error: Error) => {
      logger.error({ err: error.message }, 'read cache could not subscribe; caching disabled')
      listening = undefined
    })
  await listening
  const fullKey = `${threadId}:${key}`
  const hit = entries.get(fullKey)
  if (hit && Date.now() < hit.until) return hit.value as T
  const value = await compute()
  if (value === null) return value // a 404 is not worth keeping: the thread may appear any moment
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(fullKey, { until: Math.min(Date.now() + TTL_MS, value?.validUntil ?? Infinity), value })
  return value
}
