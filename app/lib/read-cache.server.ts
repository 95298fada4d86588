import { eventsAreLive, onLocalPublish, subscribe, type AppEvent } from './events.server'
import { logger } from './logger.server'

const TTL_MS = 30_000
const MAX_ENTRIES = 1000
const entries = new Map<string, { until: number; value: unknown }>()
// Whole rendered pages (lib/page-cache), under the same keys, lifetimes and invalidation.
const pages = new Map<string, { until: number; value: CachedPage }>()
let listening: Promise<void> | undefined

function drop(event: AppEvent) {
  if (event.type === 'forum.changed') {
    entries.clear()
    pages.clear()
  } else if (event.type === 'post.created' || event.type === 'post.changed') {
    for (const k of entries.keys()) if (k.startsWith(`${event.threadId}:`)) entries.delete(k)
    for (const k of pages.keys()) if (k.startsWith(`${event.threadId}:`)) pages.delete(k)
  }
}
onLocalPublish(drop)

/**
 * A short-lived, per-process cache of what anonymous readers see of a thread. Any change to the
 * thread (new or changed post, rating, moderation) arrives as an event, from any process via
 * LISTEN/NOTIFY, and drops its entries; a forum-wide change drops everything.
 */
function ensureListening() {
  listening ??= subscribe(drop)
    .then(() => undefined)
    .catch((error: Error) => {
      logger.error({ err: error.message }, 'read cache could not subscribe; caching disabled')
      listening = undefined
    })
  return listening
}

export interface CachedPage {
  html: string
  headers: [string, string][]
}

/** A rendered page, only while its thread's data is cached too (so it never outlives a validUntil). */
export async function cachedPage(threadId: string, key: string): Promise<CachedPage | null> {
  await ensureListening()
  // Deaf to other processes' changes (listener reconnecting): nothing cached can be trusted.
  if (!eventsAreLive()) return null
  const hit = pages.get(`${threadId}:${key}`)
  if (!hit || Date.now() >= hit.until) return null
  return hit.value
}

export function storePage(threadId: string, key: string, page: CachedPage) {
  if (!eventsAreLive()) return
  // Bounded by the loader entry it was rendered from: whichever ends first.
  const loaderEntry = [...entries.entries()].find(([k]) => k.startsWith(`${threadId}:`))?.[1]
  const until = Math.min(Date.now() + TTL_MS, loaderEntry?.until ?? Date.now() + TTL_MS)
  if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!)
  pages.set(`${threadId}:${key}`, { until, value: page })
}

export async function cachedThreadRead<T extends { validUntil?: number } | null>(threadId: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.TEDUH_READ_CACHE === 'off') return compute()
  await ensureListening()
  if (!eventsAreLive()) return compute()
  const fullKey = `${threadId}:${key}`
  const hit = entries.get(fullKey)
  if (hit && Date.now() < hit.until) return hit.value as T
  const value = await compute()
  if (value === null) return value // a 404 is not worth keeping: the thread may appear any moment
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(fullKey, { until: Math.min(Date.now() + TTL_MS, value?.validUntil ?? Infinity), value })
  return value
}
