import { createCookie } from '@remix-run/node'
import { CSRF, CSRFError } from 'remix-utils/csrf/server'
import { env } from './env.server'
import { isCrossOriginMutation } from './origin'
import { keyedHash } from './secret.server'

let instance: CSRF | undefined
function csrf(): CSRF {
  instance ??= new CSRF({
    cookie: createCookie(env.secureCookies ? '__Host-teduh_csrf' : 'teduh_csrf', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: env.secureCookies,
    }),
    formDataKey: 'csrf',
    secret: keyedHash('csrf-cookie-signing'),
  })
  return instance
}

/** The token for this visitor's forms and, when new, the Set-Cookie header that carries it. */
export function commitCsrfToken(request: Request) {
  return csrf().commitToken(request)
}

function forbidden(): never {
  throw new Response('Forbidden', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * Rejects (403) a cross-site mutation: the Origin, when the browser sends one, must be this
 * site, and the form must carry the token that matches this visitor's signed cookie.
 */
export async function requireSameOrigin(request: Request, formData: FormData): Promise<void> {
  const host = request.headers.get('X-Forwarded-Host') ?? request.headers.get('Host') ?? new URL(request.url).host
  if (isCrossOriginMutation(request.method, request.headers.get('Origin'), host)) forbidden()
  try {
    await csrf().validate(formData, request.headers)
  } catch (error) {
    if (error instanceof CSRFError) forbidden()
    throw error
  }
}
