/**
 * The one policy module: pure predicates, no I/O, shared by loaders, actions and the UI.
 * A private thing the actor may not see is answered with 404 by the caller (see auth/guards).
 */
import type { Role } from '#db/schema'
import { hasRole, type Actor } from './actor'

export type { Actor }
export { hasRole, isSuspended } from './actor'

export const isSignedIn = (actor: Actor | null | undefined): actor is Actor => !!actor

/** Own account pages (email, sessions, password): the owner only. */
export const canManageOwnAccount = (actor: Actor | null | undefined, accountId: string) =>
  !!actor && actor.id === accountId

export const canEndSession = (actor: Actor | null | undefined, session: { userId: string }) =>
  !!actor && actor.id === session.userId

export const canGrantRoles = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

export const canViewAdminArea = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

export const canModerate = (actor: Actor | null | undefined) => hasRole(actor, 'moderator') || hasRole(actor, 'admin')

/** Labels shown in the header: staff roles only (every account is a member). */
export const visibleRoles = (actor: Actor): Role[] => actor.roles.filter((r) => r !== 'member')
