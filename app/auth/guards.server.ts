import { redirect } from '@remix-run/node'
import { db } from '~/lib/db.server'
import { isId } from '~/lib/ids'
import type { Actor } from '~/policies'
import { readSessionToken, validateSessionToken } from './session.server'

export interface RequestIdentity {
  actor: Actor | null
  sessionId: string | null
}

// Loaders of one request share the answer instead of validating the session again each.
const identities = new WeakMap<Request, Promise<RequestIdentity>>()

export function getIdentity(request: Request): Promise<RequestIdentity> {
  let identity = identities.get(request)
  if (!identity) {
    identity = (async () => {
      const token = readSessionToken(request)
      if (!token) return { actor: null, sessionId: null }
      const session = await validateSessionToken(db(), token)
      return session ? { actor: session.actor, sessionId: session.id } : { actor: null, sessionId: null }
    })()
    identities.set(request, identity)
  }
  return identity
}

export async function getActor(request: Request): Promise<Actor | null> {
  return (await getIdentity(request)).actor
}

/** Only a path on this site, so a crafted link cannot bounce a login to another origin. */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  return to
}

/** The signed-in actor, or a redirect to the login page that comes back here afterwards. */
export async function requireActor(request: Request): Promise<{ actor: Actor; sessionId: string }> {
  const { actor, sessionId } = await getIdentity(request)
  if (!actor || !sessionId) {
    const url = new URL(request.url)
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return { actor, sessionId }
}

export function notFound(): never {
  throw new Response('Not Found', { status: 404 })
}

/** Private things the actor may not see do not exist for them: 404, never 403. */
export function allowOr404(allowed: boolean): asserts allowed {
  if (!allowed) notFound()
}

/** A route's id parameter; anything that is not an id is a page that does not exist. */
export function idParamOr404(value: string | undefined): string {
  allowOr404(isId(value))
  return value
}
