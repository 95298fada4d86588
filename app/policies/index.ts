/**
 * The one policy module: pure predicates, no I/O, shared by loaders, actions and the UI.
 * A private thing the actor may not see is answered with 404 by the caller (see auth/guards).
 */
import type { CaseSource, CaseStatus, CaseUrgency, Role, SessionMode, SessionStatus } from '#db/schema'
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

// ── Data rights ──────────────────────────────────────────────────────────────

/** Download, correct, delete, consent: the account's owner only, also while suspended. */
export const canExerciseDataRights = (actor: Actor | null | undefined, accountId: string) => canManageOwnAccount(actor, accountId)

export interface RevealAccess {
  targetUserId: string
  requestedBy: string | null
  status: 'pending' | 'approved' | 'shown' | 'declined'
}

/** An admin asks (with a reason) to see another account's email; never their own. */
export const canRequestEmailReveal = (actor: Actor | null | undefined, target: { id: string }) => hasRole(actor, 'admin') && actor!.id !== target.id

/** A second, different admin decides; neither the requester nor the account itself. */
export const canDecideEmailReveal = (actor: Actor | null | undefined, r: RevealAccess) =>
  hasRole(actor, 'admin') && r.status === 'pending' && !!r.requestedBy && actor!.id !== r.requestedBy && actor!.id !== r.targetUserId

/** The requester sees the email once, after approval. */
export const canSeeRevealedEmail = (actor: Actor | null | undefined, r: RevealAccess) =>
  hasRole(actor, 'admin') && r.status === 'approved' && actor!.id === r.requestedBy

// ── Watching and email ───────────────────────────────────────────────────────

/** Any signed-in account may watch a category (announcements included: they are read by all). */
export const canWatchCategory = (actor: Actor | null | undefined): actor is Actor => isSignedIn(actor)

/** A thread can be watched by whoever can see it. */
export const canWatchThread = (actor: Actor | null | undefined, thread: Pick<ThreadAccess, 'hiddenAt' | 'deletedAt'> & { authorId?: string }): actor is Actor =>
  isSignedIn(actor) && canViewThread(actor, thread)

/**
 * Whether a post may reach anyone's bell or mailbox because they watch or were mentioned:
 * only while every member can read it (not held for review, hidden or deleted). Staff who
 * can see hidden posts are not told about them either: a watch list is not a review queue.
 */
export const isPostPublic = (post: Pick<PostAccess, 'hiddenAt' | 'deletedAt'>, thread: Pick<ThreadAccess, 'hiddenAt' | 'deletedAt'>) =>
  !post.hiddenAt && !post.deletedAt && !thread.hiddenAt && !thread.deletedAt
// ── Verified employees (issue 18.4) ──────────────────────────────────────────

/** A member proves employment (or renews it) while able to write; suspended accounts wait. */
export const canVerifyAsEmployee = (actor: Actor | null | undefined) => canWrite(actor)

/** HR officials confirm the code a member shows them in person. */
export const canConfirmEmployeeCode = (actor: Actor | null | undefined) => hasRole(actor, 'hr') && canWrite(actor)

export const canEditVerificationSettings = (actor: Actor | null | undefined) => hasRole(actor, 'admin')

/** Whether a verification is in force (it lapses at its expiry, and a renewal moves that). */
export const isVerifiedEmployee = (verifiedUntil: Date | string | null | undefined, now = new Date()) =>
  !!verifiedUntil && new Date(verifiedUntil).getTime() > now.getTime()

/**
 * A "verified employees may post" category takes threads and replies from members whose
 * verification is in force; staff may always post there (announcements, moderation notes).
 */
export const canPostInCategory = (actor: Actor | null | undefined, category: { verifiedOnly: boolean }, verifiedUntil: Date | string | null | undefined, now = new Date()) =>
  !category.verifiedOnly || isStaff(actor) || isVerifiedEmployee(verifiedUntil, now)
// ── Knowledge base (Pustaka) ─────────────────────────────────────────────────

/** A verified expert's areas (category ids) while the badge is in force; null for everyone else. */
export interface KbExpertise {
  areas: readonly number[]
}

/** An expert of the entry's area, or a moderator, writes and reviews its knowledge-base entry. */
export const canCurateKbEntry = (actor: Actor | null | undefined, area: { categoryId: number }, expertise: KbExpertise | null) =>
  canWrite(actor) && (canModerate(actor) || (!!expertise && expertise.areas.includes(area.categoryId)))

export interface KbSourceAccess {
  categoryId: number
  hiddenAt: Date | string | null
  deletedAt: Date | string | null
  /** The accepted answer, or an answer by an expert of the category, is there and visible. */
  hasHoldingAnswer: boolean
  hasEntry: boolean
}

/** A visible thread whose accepted or expert answer holds becomes an entry, once. */
export const canTurnThreadIntoEntry = (actor: Actor | null | undefined, thread: KbSourceAccess, expertise: KbExpertise | null) =>
  canCurateKbEntry(actor, thread, expertise) && !thread.hiddenAt && !thread.deletedAt && thread.hasHoldingAnswer && !thread.hasEntry

/** The queue of entries past their review date: experts (their areas) and moderators (all). */
export const canViewKbReviewQueue = (actor: Actor | null | undefined, expertise: KbExpertise | null) =>
  canWrite(actor) && (canModerate(actor) || (!!expertise && expertise.areas.length > 0))

/** Past its review date an entry says it may be outdated. */
export const isKbEntryDue = (entry: { reviewDueAt: Date | string }, now = new Date()) => new Date(entry.reviewDueAt).getTime() <= now.getTime()

export const canChangeKbSettings = (actor: Actor | null | undefined) => hasRole(actor, 'admin')
// ── Video calls ──────────────────────────────────────────────────────────────

/** What the call policies need to know about a session. */
export interface CallSessionAccess {
  mode: SessionMode
  status: SessionStatus
  startsAt: Date
  durationMinutes: number
}

/** Minutes before the start that a call opens, and after the planned end that it closes. */
export interface CallWindowRule {
  opensMinutesBefore: number
  closesMinutesAfter: number
}

/** When a session's call may be joined. */
export const callWindow = (s: Pick<CallSessionAccess, 'startsAt' | 'durationMinutes'>, rule: CallWindowRule) => ({
  opensAt: new Date(s.startsAt.getTime() - rule.opensMinutesBefore * 60_000),
  closesAt: new Date(s.startsAt.getTime() + (s.durationMinutes + rule.closesMinutesAfter) * 60_000),
})

/**
 * A session's call page exists only for its two people (the member and the assigned counselor),
 * for a video session that is on, in an open case. Everyone else, other staff included: 404.
 */
export const canSeeCall = (actor: Actor | null | undefined, c: CaseAccess, s: CallSessionAccess): boolean =>
  s.mode === 'video' && (s.status === 'accepted' || s.status === 'held') && OPEN.includes(c.status) && (isCaseMember(actor, c) || isAssignedCounselor(actor, c))

/** Joining (and every signal of the call) also needs the time window around the session. */
export const canJoinCall = (actor: Actor | null | undefined, c: CaseAccess, s: CallSessionAccess, rule: CallWindowRule, now = new Date()): boolean => {
  if (!canSeeCall(actor, c, s)) return false
  const { opensAt, closesAt } = callWindow(s, rule)
  return now >= opensAt && now <= closesAt
}
// ── Everyday comforts (issue 15.7) ──

/** One's own public profile (short bio, areas of interest): the owner, while not suspended. */
export const canEditProfile = (actor: Actor | null | undefined): actor is Actor => isSignedIn(actor) && !isSuspended(actor)

/** Announcements on the home page are created and ended by admins. */
export const canManageAnnouncements = (actor: Actor | null | undefined) => hasRole(actor, 'admin')
