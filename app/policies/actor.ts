import type { Role } from '#db/schema'

/** Who is asking: what the policies need to know about a signed-in account. */
export interface Actor {
  id: string
  pseudonym: string
  roles: readonly Role[]
  suspendedUntil: Date | null
  createdAt: Date
  reputation: number
}

export const hasRole = (actor: Actor | null | undefined, role: Role): boolean => !!actor && actor.roles.includes(role)
export const isSuspended = (actor: Actor, now = new Date()) => !!actor.suspendedUntil && actor.suspendedUntil > now
