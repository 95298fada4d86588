import { notFound } from '~/auth/guards.server'
import { redirectWithFlash } from '~/lib/flash.server'
import type { Refusal } from '../outcome'

/** A refused watch toggle: 404 for what the actor may not see; otherwise back to the page with the reason. */
export function watchRefusalFlash(refusal: Refusal, back: string) {
  if (refusal.kind === 'notFound') return notFound()
  return redirectWithFlash(back, refusal.kind === 'rateLimited' ? 'watch.rateLimited' : 'watch.tooMany')
}
