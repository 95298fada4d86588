const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True for a state-changing request that a browser sent from another site: its Origin header
 * names a host other than the one it was sent to. Requests without Origin fall to the CSRF token.
 */
export function isCrossOriginMutation(method: string, origin: string | null | undefined, host: string | null | undefined): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || !origin) return false
  if (origin === 'null') return true
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}
