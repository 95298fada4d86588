import type { Role } from '#db/schema'
import { anonHandle } from '~/lib/anon.server'
import { unseal, unsealOptional } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { appendAudit } from '~/models/audit.server'
import { findCaseFeedbackForExport, listCaseAccessForExport } from '~/models/data-rights.server'
import { listConsentRecords } from '~/models/consents.server'
import { canExerciseDataRights, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { sealContext } from '../cases/shared.server'
import { keyedHash } from '~/lib/secret.server'
import { recheckPassword } from './recheck.server'

export const EXPORT_FORMAT_VERSION = 1

/**
 * Why counselor notes are not in the file (the same words in both languages of the file). UU PDP
 * art. 33 lets a controller limit access where giving it could endanger the person or others;
 * counselors write these notes as working notes for the person's care.
 */
export const WITHHELD_NOTICE = {
  id: 'Catatan konselor tidak disertakan. Pasal 33 UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi membolehkan pengendali data membatasi akses bila pemberian akses dapat membahayakan keamanan atau kesehatan fisik maupun mental subjek data atau orang lain; catatan ini adalah catatan kerja konselor untuk pendampingan Anda. Catatan penutupan dari konselor juga tidak disertakan karena alasan yang sama. Semua yang Anda tulis sendiri, dan semua pesan yang dikirim kepada Anda, ada di berkas ini.',
  en: 'Counselor notes are not included. Article 33 of Indonesian Law No. 27 of 2022 on Personal Data Protection lets a controller limit access where giving it could endanger the safety or the physical or mental health of the data subject or of others; these notes are the counselor’s working notes for your care. The counselor’s closing note is left out for the same reason. Everything you wrote yourself, and every message sent to you, is in this file.',
}

const DOWNLOAD_SECONDS = 120

const downloadMac = (userId: string, sessionId: string, expires: number) => keyedHash('data-export', userId, sessionId, String(expires))

/**
 * Step one of a download: the password again, counted against the export limit. The answer is
 * a short-lived link token bound to the account and this session (the file itself is served by
 * a resource route, so the browser saves it instead of rendering a page).
 */
export async function authorizeExport(
  db: DB,
  input: { actor: Actor; sessionId: string; password: string },
): Promise<Outcome<{ token: string }, 'notFound' | 'rateLimited' | 'passwordWrong'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  const limit = await hitRateLimit(db, RATE_RULES.exportsPerMember, input.actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  const wrong = await recheckPassword(db, input.actor.id, input.password)
  if (wrong) return wrong
  const expires = Date.now() + DOWNLOAD_SECONDS * 1000
  return ok({ token: `${expires}.${downloadMac(input.actor.id, input.sessionId, expires)}` })
}

/**
 * Everything Teduh holds about the account, as one JSON document, for its owner only, with a
 * token from authorizeExport; each download is audited (ids only, no content).
 */
export async function exportMyData(db: DB, input: { actor: Actor; sessionId: string; token: string }): Promise<Outcome<{ json: string; fileName: string }, 'notFound'>> {
  if (!canExerciseDataRights(input.actor, input.actor.id)) return refuse.notFound()
  const [expires, mac] = input.token.split('.')
  const at = Number(expires)
  if (!Number.isFinite(at) || at < Date.now() || !mac || mac !== downloadMac(input.actor.id, input.sessionId, at)) return refuse.notFound()
  const document = await collectAccountData(db, input.actor.id)
  if (!document) return refuse.notFound()
  await appendAudit(db, { actorId: input.actor.id, action: 'account.export', targetType: 'user', targetId: input.actor.id })
  const day = new Date().toISOString().slice(0, 10)
  return ok({ json: JSON.stringify(document, null, 2), fileName: `teduh-data-${day}.json` })
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/** The export document (exported for tests). Case contents are decrypted for this document only. */
export async function collectAccountData(db: DB, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'pseudonym', 'locale', 'time_zone', 'reputation', 'created_at', 'password_changed_at', 'suspended_until', 'suspension_reason'])
    .where('id', '=', userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!user) return null
  const [roles, consents, pseudonyms, pendingEmail, posts, revisions, ratings, flags, notifications, sessions, applications, verification, suspensions, cases] = await Promise.all([
    db.selectFrom('user_roles').select(['role', 'granted_at']).where('user_id', '=', userId).orderBy('role').execute(),
    listConsentRecords(db, userId),
    db.selectFrom('pseudonym_history').select(['pseudonym', 'retired_at', 'reserved_until']).where('user_id', '=', userId).orderBy('retired_at').execute(),
    db.selectFrom('email_changes').select(['new_email', 'created_at', 'expires_at']).where('user_id', '=', userId).where('confirmed_at', 'is', null).executeTakeFirst(),
    db
      .selectFrom('posts as p')
      .innerJoin('threads as t', 't.id', 'p.thread_id')
      .innerJoin('categories as c', 'c.id', 't.category_id')
      .select(['p.id', 'p.thread_id', 't.title', 'c.slug as category', 'p.is_anonymous', 'p.is_opening', 'p.reply_to_post_id', 'p.body_md', 'p.created_at', 'p.edited_at', 'p.hidden_at', 'p.hidden_reason', 'p.deleted_at', 'p.helpful_count', 'p.unhelpful_count', 't.accepted_post_id'])
      .where('p.author_id', '=', userId)
      .orderBy('p.id')
      .execute(),
    db.selectFrom('post_revisions').select(['post_id', 'title', 'body_md', 'reason', 'created_at']).where('editor_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('post_ratings as r').innerJoin('posts as p', 'p.id', 'r.post_id').select(['r.post_id', 'p.thread_id', 'r.value', 'r.created_at', 'r.updated_at']).where('r.user_id', '=', userId).orderBy('r.created_at').execute(),
    db.selectFrom('flags').select(['id', 'post_id', 'thread_id', 'reason', 'detail', 'status', 'created_at', 'resolved_at']).where('flagger_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('notifications').select(['kind', 'thread_id', 'post_id', 'actor_label', 'count', 'detail', 'created_at', 'read_at']).where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('sessions').select(['user_agent', 'created_at', 'last_seen_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
    db.selectFrom('expert_applications').select(['areas', 'organisation', 'position', 'evidence', 'status', 'decided_at', 'decision_reason', 'created_at']).where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('expert_verifications').select(['badge_text', 'areas', 'verified_at', 'expires_at', 'revoked_at', 'revoke_reason']).where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('suspensions').select(['until', 'reason', 'created_at', 'lifted_at']).where('user_id', '=', userId).orderBy('id').execute(),
    db
      .selectFrom('cases as c')
      .leftJoin('users as co', 'co.id', 'c.counselor_id')
      .select(['c.id', 'c.source', 'c.type', 'c.urgency', 'c.status', 'c.member_alias', 'c.reason_enc', 'c.identity_enc', 'c.identity_revealed_at', 'c.referral_kind', 'c.referral_reason_enc', 'c.outcome', 'c.follow_up', 'c.created_at', 'c.closed_at', 'co.pseudonym as counselor'])
      .where('c.member_id', '=', userId)
      .orderBy('c.id')
      .execute(),
  ])
  // What later features keep about the member: profile, watches and email choices, employee status.
  const [profile, watches, emailChoices, employee] = await Promise.all([
    db.selectFrom('users').select(['bio', 'interests', 'onboarded_at']).where('id', '=', userId).executeTakeFirstOrThrow(),
    db.selectFrom('watches').select(['category_id', 'thread_id', 'created_at']).where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('email_preferences').select(['digest', 'reply_emails', 'mention_emails', 'updated_at']).where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('employee_verifications').select(['method', 'institution', 'show_institution', 'verified_at', 'expires_at']).where('user_id', '=', userId).executeTakeFirst(),
  ])
  const caseIds = cases.map((c) => c.id)
  const [messages, caseSessions, events] = caseIds.length
    ? await Promise.all([
        db.selectFrom('case_messages as m').leftJoin('users as u', 'u.id', 'm.sender_id').select(['m.case_id', 'm.sender_id', 'm.body_enc', 'm.created_at', 'u.pseudonym as sender']).where('m.case_id', 'in', caseIds).orderBy('m.id').execute(),
        db.selectFrom('case_sessions').select(['case_id', 'mode', 'starts_at', 'duration_minutes', 'time_zone', 'place_enc', 'status']).where('case_id', 'in', caseIds).orderBy('starts_at').execute(),
        db.selectFrom('case_events as e').leftJoin('users as u', 'u.id', 'e.actor_id').select(['e.case_id', 'e.kind', 'e.from_status', 'e.to_status', 'e.detail_enc', 'e.actor_id', 'e.created_at', 'u.pseudonym as actor']).where('e.case_id', 'in', caseIds).orderBy('e.id').execute(),
      ])
    : [[], [], []]
  const revisionsByPost = new Map<string, typeof revisions>()
  for (const r of revisions) revisionsByPost.set(r.post_id, [...(revisionsByPost.get(r.post_id) ?? []), r])
  const caseExtras = await Promise.all(cases.map(async (c) => ({ feedback: await findCaseFeedbackForExport(db, c.id), access: await listCaseAccessForExport(db, c.id) })))

  return {
    format: 'teduh-data-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    generatedAt: new Date().toISOString(),
    withheld: WITHHELD_NOTICE,
    account: {
      id: user.id,
      email: user.email,
      pseudonym: user.pseudonym,
      language: user.locale,
      timeZone: user.time_zone,
      reputation: user.reputation,
      roles: roles.map((r) => ({ role: r.role as Role, grantedAt: iso(r.granted_at) })),
      createdAt: iso(user.created_at),
      passwordChangedAt: iso(user.password_changed_at),
      suspendedUntil: iso(user.suspended_until),
      suspensionReason: user.suspension_reason,
      pendingEmailChange: pendingEmail ? { newEmail: pendingEmail.new_email, requestedAt: iso(pendingEmail.created_at), expiresAt: iso(pendingEmail.expires_at) } : null,
    },
    consents: consents.map((c) => ({ kind: c.kind, version: c.version, decision: c.decision, at: iso(c.accepted_at) })),
    pseudonymHistory: pseudonyms.map((p) => ({ pseudonym: p.pseudonym, retiredAt: iso(p.retired_at), reservedUntil: iso(p.reserved_until) })),
    // Anonymous posts are the member's own data too; their handles are computed as the thread shows them.
    posts: posts.map((p) => ({
      id: p.id,
      threadId: p.thread_id,
      threadTitle: p.title,
      category: p.category,
      kind: p.is_opening ? 'question' : 'answer',
      anonymous: p.is_anonymous,
      shownAs: p.is_anonymous ? anonHandle(p.thread_id, userId) : user.pseudonym,
      replyToPostId: p.reply_to_post_id,
      body: p.body_md,
      createdAt: iso(p.created_at),
      editedAt: iso(p.edited_at),
      hiddenAt: iso(p.hidden_at),
      hiddenReason: p.hidden_reason,
      deletedAt: iso(p.deleted_at),
      helpful: p.helpful_count,
      notHelpful: p.unhelpful_count,
      accepted: p.accepted_post_id === p.id,
      earlierVersions: (revisionsByPost.get(p.id) ?? []).map((r) => ({ title: r.title, body: r.body_md, reason: r.reason, replacedAt: iso(r.created_at) })),
    })),
    ratingsGiven: ratings.map((r) => ({ postId: r.post_id, threadId: r.thread_id, value: r.value === 1 ? 'helpful' : 'not_helpful', createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) })),
    flagsMade: flags.map((f) => ({ id: f.id, postId: f.post_id, threadId: f.thread_id, reason: f.reason, detail: f.detail, status: f.status, createdAt: iso(f.created_at), resolvedAt: iso(f.resolved_at) })),
    notifications: notifications.map((n) => ({ kind: n.kind, threadId: n.thread_id, postId: n.post_id, from: n.actor_label, count: n.count, detail: n.detail, createdAt: iso(n.created_at), readAt: iso(n.read_at) })),
    sessions: sessions.map((s) => ({ device: s.user_agent, startedAt: iso(s.created_at), lastSeenAt: iso(s.last_seen_at) })),
    expertApplications: applications.map((a) => ({ areas: a.areas, organisation: a.organisation, position: a.position, evidence: a.evidence, status: a.status, decidedAt: iso(a.decided_at), decisionReason: a.decision_reason, createdAt: iso(a.created_at) })),
    expertVerification: verification
      ? { badge: verification.badge_text, areas: verification.areas, verifiedAt: iso(verification.verified_at), expiresAt: iso(verification.expires_at), revokedAt: iso(verification.revoked_at), revokeReason: verification.revoke_reason }
      : null,
    suspensions: suspensions.map((s) => ({ until: iso(s.until), reason: s.reason, createdAt: iso(s.created_at), liftedAt: iso(s.lifted_at) })),
    profile: { bio: profile.bio, interestCategoryIds: profile.interests, onboardedAt: iso(profile.onboarded_at) },
    watching: watches.map((w) => ({ categoryId: w.category_id, threadId: w.thread_id, since: iso(w.created_at) })),
    emailChoices: emailChoices ? { digest: emailChoices.digest, replyEmails: emailChoices.reply_emails, mentionEmails: emailChoices.mention_emails, updatedAt: iso(emailChoices.updated_at) } : null,
    // The work address was never stored (only a keyed hash, which is not exported).
    employeeVerification: employee
      ? { method: employee.method, institution: employee.institution, institutionShown: employee.show_institution, verifiedAt: iso(employee.verified_at), expiresAt: iso(employee.expires_at) }
      : null,
    // The member's side of each case: what the case page shows them, never counselor notes.
    cases: cases.map((c, index) => {
      const identity = c.identity_enc ? (JSON.parse(unseal(c.identity_enc, sealContext(c.id, 'identity'))) as { pseudonym: string; email: string; details: string }) : null
      const extras = caseExtras[index]!
      return {
        id: c.id,
        source: c.source,
        type: c.type,
        urgency: c.urgency,
        status: c.status,
        shownToCounselorAs: c.member_alias,
        counselor: c.counselor,
        reason: unsealOptional(c.reason_enc, sealContext(c.id, 'reason')),
        identityRevealed: identity ? { at: iso(c.identity_revealed_at), ...identity } : null,
        referral: c.referral_kind ? { kind: c.referral_kind, reason: unsealOptional(c.referral_reason_enc, sealContext(c.id, 'referral')) } : null,
        outcome: c.outcome,
        followUp: c.follow_up,
        createdAt: iso(c.created_at),
        closedAt: iso(c.closed_at),
        messages: messages
          .filter((m) => m.case_id === c.id)
          .map((m) => ({ from: m.sender_id === userId ? 'you' : (m.sender ?? 'counselor'), body: unseal(m.body_enc, sealContext(c.id, 'message')), sentAt: iso(m.created_at) })),
        sessions: caseSessions
          .filter((s) => s.case_id === c.id)
          .map((s) => ({ mode: s.mode, startsAt: iso(s.starts_at), durationMinutes: s.duration_minutes, timeZone: s.time_zone, place: unsealOptional(s.place_enc, sealContext(c.id, 'place')), status: s.status })),
        timeline: events
          .filter((e) => e.case_id === c.id && e.kind !== 'note_added')
          .map((e) => ({ kind: e.kind, from: e.from_status, to: e.to_status, by: e.actor_id === userId ? 'you' : e.actor, detail: unsealOptional(e.detail_enc, sealContext(c.id, 'event')), at: iso(e.created_at) })),
        feedback: extras.feedback ? { rating: extras.feedback.rating, comment: unsealOptional(extras.feedback.comment_enc, sealContext(c.id, 'feedback')), givenAt: iso(extras.feedback.created_at) } : null,
        staffReads: extras.access.map((a) => ({ by: a.actor, capacity: a.capacity, what: a.what, at: iso(a.created_at) })),
      }
    }),
  }
}
