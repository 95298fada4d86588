import { keyedHash } from './secret.server'

/**
 * The public handle of an anonymous poster in one thread, e.g. "Anonim #4F2A": stable for the
 * same account within the thread, unrelated across threads (HMAC under the instance secret),
 * computed when shown and never stored.
 */
export function anonHandle(threadId: string, userId: string): string {
  return `Anonim #${keyedHash('anon-handle', threadId, userId).slice(0, 4).toUpperCase()}`
}
