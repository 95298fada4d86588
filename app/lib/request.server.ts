import type { AppLoadContext } from '@remix-run/node'
import { requireSameOrigin } from './csrf.server'

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy. */
    cspNonce?: string
    /** The client's address as the server saw it (never stored or logged raw). */
    clientIp?: string
  }
}

export function clientIp(context: AppLoadContext | undefined): string {
  return context?.clientIp ?? 'unknown'
}

/** Reads a mutation's form after checking its origin and CSRF token (403 otherwise). */
export async function readMutationForm(request: Request): Promise<FormData> {
  const formData = await request.formData()
  await requireSameOrigin(request, formData)
  return formData
}

export function userAgentOf(request: Request): string | null {
  return request.headers.get('User-Agent')
}
