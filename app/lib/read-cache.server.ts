import { LRUCache } from 'lru-cache'
import { env } from './env.server'
import { eventsAreLive, onLocalPublish, subscribe, type AppEvent } from './events.server'
import { logger } from './logger.server'

const TTL_MS = 30_000
const MAX_ENTRIES = 1000

export interface CachedPage {
  html: string
  headers: [string, string][]
}

type Compute = () => Promise<unknown>

/** A failure of the computation itself (as opposed to lru-cache aborting a fetch whose key was dropped). */
class ComputeFailed extends Error {
  constructor(public original: unknown) {
    super('compute failed')
  }
}

// What anonymous readers see of a thread (loader data), keyed "<threadId>:<variant>". A miss
// computes once however many readers ask at the same moment: lru-cache's fetch shares the
// in-flight promise, so a burst of readers costs one set of queries.
const entries = new LRUCache<string, { value: unknown; validUntil: number }, Compute>({
  max: MAX_ENTRIES,
  ttl: TTL_MS,
  fetchMethod: async (_key, _stale, { context, options }) => {
    const value = (await context().catch((error: unknown) => Promise.reject(new ComputeFailed(error)))) as { validUntil?: number } | null
    if (value === null) return undefined // a 404 is not worth keeping: the thread may appear any moment
    const validUntil = Math.min(Date.now() + TTL_MS, value?.validUntil ?? Infinity)
    options.ttl = Math.max(1, validUntil - Date.now())
    return { value, validUntil }
  },
})
// Whole rendered pages (lib/page-cache), under the same keys, lifetimes and invalidation. Bounded
// by size too: a 100-answer page is ~100 KiB, so 1,000 of them would hold 100 MiB of one process.
const PAGES_MAX_BYTES = 24 * 2 ** 20
const pages = new LRUCache<string, CachedPage>({ max: MAX_ENTRIES, ttl: TTL_MS, maxSize: PAGES_MAX_BYTES, sizeCalculation: (page) => Math.max(1, page.html.length) })

function dropThread(threadId: string) {
  const prefix = `${threadId}:`
  for (const cache of [entries, pages] as LRUCache<string, object>[]) {
    for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key)
  }
}

function drop(event: AppEvent) {
  if (event.type === 'forum.changed') {
    entries.clear()
    pages.clear()
  } else if (event.type === 'post.created' || event.type === 'post.changed') {
    dropThread(event.threadId)
  }
}
onLocalPublish(drop)

let listening: Promise<void> | undefined
/**
 * Any change to a thread (new or changed post, rating, moderation) arrives as an event, from any
 * process via LISTEN/NOTIFY, and drops its entries; a forum-wide change drops everything.
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

/** A rendered page, only while its thread's data is cached too (so it never outlives a validUntil). */
export async function cachedPage(threadId: string, key: string): Promise<CachedPage | null> {
  await ensureListening()
  // Deaf to other processes' changes (listener reconnecting): nothing cached can be trusted.
  if (!eventsAreLive()) return null
  return pages.get(`${threadId}:${key}`) ?? null
}

export function storePage(threadId: string, key: string, page: CachedPage) {
  if (!eventsAreLive()) return
  // Bounded by the loader entry it was rendered from: whichever ends first. No entry (a change
  // dropped it while the page was rendered from a fresh, uncached read): nothing bounds the
  // page's lifetime (a badge may lapse in a second), so it is not kept.
  let until = Number.POSITIVE_INFINITY
  for (const [k, entry] of entries.entries()) if (k.startsWith(`${threadId}:`)) until = Math.min(until, entry.validUntil)
  if (until === Number.POSITIVE_INFINITY) return
  until = Math.min(until, Date.now() + TTL_MS)
  if (until > Date.now()) pages.set(`${threadId}:${key}`, page, { ttl: until - Date.now() })
}

/** The per-process cache of a thread's anonymous view: computed once per key until a change drops it. */
export async function cachedThreadRead<T extends { validUntil?: number } | null>(threadId: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (!env.readCache) return compute()
  await ensureListening()
  if (!eventsAreLive()) return compute()
  try {
    const hit = await entries.fetch(`${threadId}:${key}`, { context: compute })
    return (hit ? hit.value : null) as T
  } catch (error) {
    if (error instanceof ComputeFailed) throw error.original
    // The thread changed while it was being read (its key dropped mid-fetch): read it fresh, uncached.
    return compute()
  }
}
