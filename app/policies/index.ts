/**
 * The one policy module: pure predicates, no I/O, shared by loaders, actions and the UI.
 * A private thing the actor may not see is answered with 404 by the caller (see auth/guards).
 */
import type { CaseSource, CaseStatus, CaseUrgency, Role } from '#db/schema'
import { OPEN_CASE_STATUSES } from '~/lib/case-flow'
import { hasRole, isSuspended, type Actor } from './actor'

export type { Actor }
export { hasRole, isSuspended }

export const isSignedIn = (actor: Actor | null | undefined): actor is Actor => !!actor

/** Own account pages (email, sessions, password): the owner only. */
export const canManageOwnAccount = (actor: Actor | null | undefined, accountId: string) =>
  !!actor && actor.id === accountId

/** Another of one's own sessions (the current one ends by logging out). */
export const canEndSession = (actor: Actor | null | undefined, session: { id: string; userId: string }, currentSessionId: string) =>
  !!actor && actor.id === session.userId && session.id !== currentSessionId

export const canGrantRoles = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

export const canViewAdminArea = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

export const canModerate = (actor: Actor | null | undefined) => hasRole(actor, 'moderator') || hasRole(actor, 'admin')

/** Labels shown in the header: staff roles only (every account is a member). */
export const visibleRoles = (actor: Actor): Role[] => actor.roles.filter((r) => r !== 'member')

// ── Forum ─────────────────────────────────────────────────────────────────────

export const isStaff = (actor: Actor | null | undefined) => hasRole(actor, 'moderator') || hasRole(actor, 'admin')

const canWrite = (actor: Actor | null | undefined): actor is Actor => !!actor && !isSuspended(actor)

export interface ThreadAccess {
  authorId: string
  lockedAt: Date | string | null
  hiddenAt: Date | string | null
  deletedAt: Date | string | null
  categoryStaffOnly: boolean
}

export interface PostAccess {
  authorId: string
  deletedAt: Date | string | null
  hiddenAt: Date | string | null
}

/** Announcement categories take threads from staff only. */
export const canStartThread = (actor: Actor | null | undefined, category: { staffOnly: boolean }) =>
  canWrite(actor) && (!category.staffOnly || isStaff(actor))

/** Hidden or deleted threads exist only for staff (and a hidden one for its author, who sees why). */
export const canViewThread = (actor: Actor | null | undefined, thread: Pick<ThreadAccess, 'hiddenAt' | 'deletedAt'> & { authorId?: string }) =>
  (!thread.hiddenAt && !thread.deletedAt) || isStaff(actor) || (!thread.deletedAt && !!actor && actor.id === thread.authorId)

export const canReply = (actor: Actor | null | undefined, thread: ThreadAccess) =>
  canWrite(actor) && !thread.deletedAt && (isStaff(actor) || (!thread.lockedAt && !thread.hiddenAt && !thread.categoryStaffOnly))

/** Whether a post's thread is still open to members' actions on its posts (visible, not deleted). */
const threadOpenToMembers = (thread: Pick<ThreadAccess, 'hiddenAt' | 'deletedAt'>) => !thread.hiddenAt && !thread.deletedAt

/** The author edits while the post is visible and the thread can be seen and is not locked. */
export const canEditPost = (actor: Actor | null | undefined, post: PostAccess, thread: ThreadAccess) =>
  canWrite(actor) && canViewThread(actor, thread) && actor.id === post.authorId && !post.deletedAt && !post.hiddenAt && !thread.lockedAt

export const canDeletePost = (actor: Actor | null | undefined, post: PostAccess, thread: ThreadAccess) =>
  canWrite(actor) && canViewThread(actor, thread) && actor.id === post.authorId && !post.deletedAt

/** Edit history: the author and moderators. */
export const canViewPostHistory = (actor: Actor | null | undefined, post: Pick<PostAccess, 'authorId'>) =>
  !!actor && (actor.id === post.authorId || isStaff(actor))

export const canPinThread = (actor: Actor | null | undefined) => isStaff(actor)

// ── Ratings, acceptance, experts ─────────────────────────────────────────────

/** Members rate others' answers (never their own, anonymous or not) while those are visible. */
export const canRatePost = (actor: Actor | null | undefined, post: PostAccess & { isOpening: boolean }, thread: ThreadAccess) =>
  canWrite(actor) && threadOpenToMembers(thread) && actor.id !== post.authorId && !post.isOpening && !post.deletedAt && !post.hiddenAt

/** The asker (also when asking as Anonim) accepts one answer by someone else. */
export const canAcceptAnswer = (
  actor: Actor | null | undefined,
  thread: Pick<ThreadAccess, 'authorId' | 'lockedAt' | 'deletedAt'>,
  post?: PostAccess & { isOpening: boolean },
) =>
  canWrite(actor) &&
  actor.id === thread.authorId &&
  !thread.deletedAt &&
  (!post || (!post.isOpening && !post.deletedAt && !post.hiddenAt && post.authorId !== actor.id))

export const canApplyAsExpert = (actor: Actor | null | undefined) => canWrite(actor)

export const canReviewExperts = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

/** Whether a member's rating counts toward ranking: not suspended, and old or trusted enough. */
export const ratingCounts = (
  rater: { suspendedUntil: Date | null; createdAt: Date; reputation: number },
  rules: { minAccountDays: number; minReputation: number },
  now = new Date(),
) =>
  !(rater.suspendedUntil && rater.suspendedUntil > now) &&
  (now.getTime() - rater.createdAt.getTime() >= rules.minAccountDays * 86_400_000 || rater.reputation >= rules.minReputation)

/** External links in posts need some standing, so fresh accounts cannot spam. */
export const canPostLinks = (author: { createdAt: Date; reputation: number }, rules: { minAccountDays: number; minReputation: number }, now = new Date()) =>
  now.getTime() - author.createdAt.getTime() >= rules.minAccountDays * 86_400_000 || author.reputation >= rules.minReputation

// ── Moderation ───────────────────────────────────────────────────────────────

/** Members flag others' visible posts; a suspended member cannot. */
export const canFlagPost = (actor: Actor | null | undefined, post: PostAccess, thread: ThreadAccess) =>
  canWrite(actor) && threadOpenToMembers(thread) && actor.id !== post.authorId && !post.deletedAt && !post.hiddenAt

export const canViewModerationQueue = (actor: Actor | null | undefined) => canModerate(actor)

export const canViewAuditLog = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

// ── Counseling cases ─────────────────────────────────────────────────────────

/** What the case policies need to know about a case (never its contents). */
export interface CaseAccess {
  memberId: string
  counselorId: string | null
  openedBy: string | null
  source: CaseSource
  urgency: CaseUrgency
  status: CaseStatus
  closedAt: Date | string | null
}

const OPEN = OPEN_CASE_STATUSES

export const isCaseMember = (actor: Actor | null | undefined, c: Pick<CaseAccess, 'memberId'>): actor is Actor => !!actor && actor.id === c.memberId

export const isAssignedCounselor = (actor: Actor | null | undefined, c: Pick<CaseAccess, 'counselorId'>): actor is Actor =>
  hasRole(actor, 'counselor') && !!c.counselorId && actor!.id === c.counselorId

/** The conversation, sessions and timeline: the member and the assigned counselor, nobody else. */
export const canReadCase = (actor: Actor | null | undefined, c: CaseAccess): boolean => isCaseMember(actor, c) || isAssignedCounselor(actor, c)

/**
 * That a case exists and its status: also whoever opened it for someone else (the escalating
 * moderator, the referring HR official), while they still hold that role.
 */
export const canViewCaseStatus = (actor: Actor | null | undefined, c: CaseAccess): boolean =>
  canReadCase(actor, c) ||
  (!!actor &&
    !!c.openedBy &&
    actor.id === c.openedBy &&
    ((c.source === 'escalation' && canModerate(actor)) || (c.source === 'referral' && hasRole(actor, 'hr'))))

/** Queue metadata (type, urgency, age), never the conversation. */
export const canViewIntakeQueue = (actor: Actor | null | undefined) => hasRole(actor, 'intake') || hasRole(actor, 'admin')

export const canAssignCase = (actor: Actor | null | undefined, c: Pick<CaseAccess, 'status'>) => canViewIntakeQueue(actor) && OPEN.includes(c.status)

/** An on-duty counselor may take an unassigned crisis case at once, without waiting for intake. */
export const canClaimCase = (actor: Actor | null | undefined, c: Pick<CaseAccess, 'status' | 'urgency'>, onDuty: boolean) =>
  hasRole(actor, 'counselor') && onDuty && c.status === 'new' && c.urgency === 'crisis'

/** Counselors keep a caseload, switch duty on and off, and may take crisis cases. */
export const isCounselor = (actor: Actor | null | undefined) => hasRole(actor, 'counselor')

export const canSetOwnDuty = isCounselor

export const canEscalateToCase = (actor: Actor | null | undefined, post: { authorId: string }) => canModerate(actor) && actor!.id !== post.authorId

export const canReferEmployee = (actor: Actor | null | undefined) => hasRole(actor, 'hr') && !isSuspended(actor!)

/** Asking for help is never blocked, not even by a suspension. */
export const canRequestCounseling = (actor: Actor | null | undefined) => isSignedIn(actor)

export const canSendCaseMessage = (actor: Actor | null | undefined, c: CaseAccess) => canReadCase(actor, c) && OPEN.includes(c.status)

/** Notes, sessions, referral and closure: the assigned counselor while the case is open. */
export const canWorkOnCase = (actor: Actor | null | undefined, c: CaseAccess) => isAssignedCounselor(actor, c) && OPEN.includes(c.status)

export const canReadCaseNotes = (actor: Actor | null | undefined, c: CaseAccess) => isAssignedCounselor(actor, c)

/** A member may turn down a case opened for them, or withdraw their own request, before it is under way. */
export const canDeclineCase = (actor: Actor | null | undefined, c: CaseAccess) => isCaseMember(actor, c) && (c.status === 'new' || c.status === 'assigned')

export const canReopenCase = (actor: Actor | null | undefined, c: CaseAccess, windowDays: number, now = new Date()) =>
  isCaseMember(actor, c) && c.status === 'closed' && !!c.closedAt && now.getTime() - new Date(c.closedAt).getTime() <= windowDays * 86_400_000

export const canGiveCaseFeedback = (actor: Actor | null | undefined, c: CaseAccess, alreadyGiven: boolean) =>
  isCaseMember(actor, c) && c.status === 'closed' && !alreadyGiven

export const canRevealIdentity = (actor: Actor | null | undefined, c: CaseAccess, revealed: boolean) =>
  isCaseMember(actor, c) && OPEN.includes(c.status) && !revealed

export const canRespondToSession = (actor: Actor | null | undefined, c: CaseAccess) => isCaseMember(actor, c) && OPEN.includes(c.status)

export const canViewCaseCounts = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

// ── Everyday comforts (issue 15.7) ──

/** One's own public profile (short bio, areas of interest): the owner, while not suspended. */
export const canEditProfile = (actor: Actor | null | undefined): actor is Actor => isSignedIn(actor) && !isSuspended(actor)

/** Announcements on the home page are created and ended by admins. */
export const canManageAnnouncements = (actor: Actor | null | undefined) => hasRole(actor, 'admin')
