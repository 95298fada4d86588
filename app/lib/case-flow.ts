import type { CaseStatus } from '#db/schema'

/** What can happen to a case, and from which states (PRODUCT.md, Counseling cases). */
export type CaseTransition = 'assign' | 'reassign' | 'start' | 'refer' | 'close' | 'reopen' | 'decline'

const FROM: Record<CaseTransition, readonly CaseStatus[]> = {
  assign: ['new'],
  reassign: ['assigned', 'active', 'referred'],
  start: ['assigned'],
  refer: ['assigned', 'active'],
  close: ['assigned', 'active', 'referred'],
  reopen: ['closed'],
  decline: ['new', 'assigned'],
}

export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'active', 'referred']

export const isOpenCase = (status: CaseStatus) => OPEN_CASE_STATUSES.includes(status)

/**
 * The state after `transition`, or null when the transition is not allowed from `status`.
 * A reopened case goes back to its counselor, or to intake when it has none.
 */
export function nextCaseStatus(status: CaseStatus, transition: CaseTransition, hasCounselor = true): CaseStatus | null {
  if (!FROM[transition].includes(status)) return null
  switch (transition) {
    case 'assign':
      return 'assigned'
    case 'reassign':
      return status
    case 'start':
      return 'active'
    case 'refer':
      return 'referred'
    case 'close':
      return 'closed'
    case 'reopen':
      return hasCounselor ? 'active' : 'new'
    case 'decline':
      return 'declined'
  }
}
