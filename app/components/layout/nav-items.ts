import type { Role } from '#db/schema'

/**
 * The site navigation as data: one list for everyone and one staff group, each entry shown when
 * the reader's roles allow it. Adding a link is adding one line here (and its label in the
 * locales); the header renders both lists the same way at every width.
 * The role checks only decide what is offered; every page checks its own permission.
 */
export interface NavEntry {
  to: string
  label: string
  /** Only the exact path counts as "here" (the home page). */
  end?: boolean
  show?: (roles: readonly Role[] | null) => boolean
}

const signedIn = (roles: readonly Role[] | null) => roles !== null
const anyOf =
  (...wanted: Role[]) =>
  (roles: readonly Role[] | null) =>
    !!roles && wanted.some((r) => roles.includes(r))

export const NAV_ITEMS: NavEntry[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/pustaka', label: 'kb.nav' },
  { to: '/experts', label: 'nav.experts' },
  { to: '/cases', label: 'nav.cases', show: signedIn },
]

/** Work areas of moderators, intake staff, HR officials and admins, grouped under one entry. */
export const STAFF_ITEMS: NavEntry[] = [
  { to: '/mod', label: 'nav.moderation', show: anyOf('moderator', 'admin') },
  { to: '/cases/intake', label: 'nav.intake', show: anyOf('intake', 'admin') },
  { to: '/cases/refer', label: 'nav.refer', show: anyOf('hr') },
  { to: '/hr/verify', label: 'verify.hrNav', show: anyOf('hr') },
  { to: '/admin/experts', label: 'experts.reviewTitle', show: anyOf('admin') },
  { to: '/admin/cases', label: 'nav.caseCounts', show: anyOf('admin') },
  { to: '/admin/stats', label: 'nav.stats', show: anyOf('admin') },
  { to: '/admin/audit', label: 'nav.audit', show: anyOf('admin') },
  { to: '/admin/settings', label: 'nav.settings', show: anyOf('admin') },
  { to: '/admin/reveals', label: 'nav.reveals', show: anyOf('admin') },
]

export const visibleEntries = (entries: NavEntry[], roles: readonly Role[] | null) => entries.filter((e) => !e.show || e.show(roles))
