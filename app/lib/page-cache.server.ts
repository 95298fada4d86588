import type { AppLoadContext } from '@remix-run/node'
import { sessionCookieName } from '~/auth/session.server'
import { commitCsrfToken } from './csrf.server'
import { cachedPage, storePage } from './read-cache.server'
import { env } from './env.server'
import { i18nServer } from './i18next.server'
import { ID_SOURCE } from './ids'

const THREAD_PAGE = new RegExp(`^/t/(${ID_SOURCE})$`)
const NONCE_MARK = '\u0000nonce\u0000'
const CSRF_MARK = '\u0000csrf\u0000'

type Handler = (request: Request, context: AppLoadContext) => Promise<Response>

/** Which anonymous requests may share a rendered page: a thread, optionally paged, nobody signed in, no flash message. */
function cacheKey(request: Request): { key: string; threadId: string } | null {
  if (request.method !== 'GET') return null
  const url = new URL(request.url)
  const match = THREAD_PAGE.exec(url.pathname)
  if (!match) return null
  if ([...url.searchParams.keys()].some((k) => k !== 'page')) return null
  const cookies = request.headers.get('Cookie') ?? ''
  if (cookies.includes(`${sessionCookieName()}=`) || cookies.includes('teduh_flash=')) return null
  return { key: `${url.pathname}${url.search}`, threadId: match[1]! }
}

/**
 * The whole rendered thread page for anonymous readers, kept per process with the thread's
 * loader cache and dropped by the same events (a new post, an edit, a rating, moderation).
 * The page is stored with its CSP nonce and CSRF token cut out; each reader gets their own
 * nonce and token (and CSRF cookie when new) spliced back in. Returns null for requests it
 * does not handle (the caller renders as usual).
 */
export async function servePageCached(request: Request, context: AppLoadContext, render: Handler): Promise<Response | null> {
  if (!env.readCache) return null
  const found = cacheKey(request)
  if (!found) return null
  // One entry per language the page is rendered in, not per Accept-Language header a browser sends.
  const target = { ...found, key: `${found.key}|${await i18nServer.getLocale(request)}` }
  const nonce = context.cspNonce ?? ''
  const hit = await cachedPage(target.threadId, target.key)
  if (hit) {
    const [token, cookie] = await commitCsrfToken(request)
    const headers = new Headers(hit.headers)
    headers.set('X-Page-Cache', 'hit')
    if (cookie) headers.append('Set-Cookie', cookie)
    return new Response(hit.html.replaceAll(NONCE_MARK, nonce).replaceAll(CSRF_MARK, token), { status: 200, headers })
  }
  const response = await render(request, context)
  if (response.status !== 200 || !response.headers.get('Content-Type')?.startsWith('text/html')) return response
  const html = await response.text()
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
  if (token && nonce) {
    const headers = new Headers(response.headers)
    headers.delete('Set-Cookie')
    storePage(target.threadId, target.key, { html: html.replaceAll(nonce, NONCE_MARK).replaceAll(token, CSRF_MARK), headers: [...headers] })
  }
  const headers = new Headers(response.headers)
  headers.set('X-Page-Cache', 'miss')
  return new Response(html, { status: response.status, headers })
}
