import type { i18n } from 'i18next'

/** Distinct (key, options) answers kept per language before the memo starts over. */
const MEMO_LIMIT = 20_000

/**
 * Makes a server-side i18next instance answer a repeated (key, options) from memory. Its
 * language and bundled resources never change, so the answer cannot either; a member's
 * 100-answer thread asks the same few dozen strings per answer (i18next was 12 % of that
 * page's CPU). Interpolated per-post values make new entries, so the memo is bounded.
 */
export function memoizeTranslations(instance: i18n) {
  const translate = instance.t.bind(instance)
  const memo = new Map<string, unknown>()
  const call = translate as (k: unknown, o?: unknown) => unknown
  const t = (key: unknown, options?: unknown) => {
    const id = memoKey(key, options)
    if (id === null) return call(key, options)
    if (memo.has(id)) return memo.get(id)
    const value = call(key, options)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(id, value)
    return value
  }
  instance.t = t as typeof instance.t
}

/** A string naming the call, or null when its options cannot be written out (then no memo). */
function memoKey(key: unknown, options: unknown): string | null {
  try {
    return `${typeof key === 'string' ? key : JSON.stringify(key)}\u0000${options === undefined ? '' : JSON.stringify(options)}`
  } catch {
    return null
  }
}
