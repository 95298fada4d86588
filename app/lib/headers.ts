import type { HeadersFunction } from '@remix-run/node'

/** Lets an action's Retry-After (rate limits) reach the document response. */
export const forwardRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  const headers = new Headers()
  if (retryAfter) headers.set('Retry-After', retryAfter)
  return headers
}

/** Pages private to one person (counseling): never stored by a shared cache or the back-forward cache. */
export const privateNoStore: HeadersFunction = (args) => {
  const headers = new Headers(forwardRetryAfter(args))
  headers.set('Cache-Control', 'private, no-store')
  return headers
}
