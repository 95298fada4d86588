import { unseal, unsealOptional } from '~/lib/case-crypto.server'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import {
  caseAccess,
  findFeedback,
  listCaseEvents,
  listMessages,
  listNotes,
  listSessions,
  summarizeCaseAccess,
  type CaseRow,
} from '~/models/cases.server'
import {
  callWindow,
  canJoinCall,
  canDeclineCase,
  canGiveCaseFeedback,
  canReadCaseNotes,
  canReopenCase,
  canRespondToSession,
  canRevealIdentity,
  canSendCaseMessage,
  canWorkOnCase,
  type Actor,
} from '~/policies'
import { markCaseRead } from './cases/chat.server'
import { logCaseAccess, sealContext } from './cases/shared.server'

export type CaseViewer = 'member' | 'counselor'

/**
 * Everything one participant may see of a case, decrypted for this response only. A counselor's
 * read is written to the access log the member sees; either side's read moves the read receipt.
 */
export async function loadCaseForParticipant(db: DB, actor: Actor, row: CaseRow & { counselor_pseudonym: string | null }, viewer: CaseViewer) {
  const access = caseAccess(row)
  const notesAllowed = canReadCaseNotes(actor, access)
  if (viewer === 'counselor') await logCaseAccess(db, { caseId: row.id, actorId: actor.id, capacity: 'counselor', what: 'case' })
  const [messages, sessions, events, notes, feedback, accessLog, member] = await Promise.all([
    listMessages(db, row.id),
    listSessions(db, row.id),
    listCaseEvents(db, row.id),
    notesAllowed ? listNotes(db, row.id) : Promise.resolve([]),
    findFeedback(db, row.id),
    viewer === 'member' ? summarizeCaseAccess(db, row.id) : Promise.resolve([]),
    db.selectFrom('users').select('time_zone').where('id', '=', row.member_id).executeTakeFirstOrThrow(),
  ])
  await markCaseRead(db, { caseId: row.id, viewer, upTo: messages.at(-1)?.id ?? null })
  const otherRead = viewer === 'member' ? row.counselor_read_id : row.member_read_id
  const labelOf = (senderId: string | null, pseudonym: string | null) =>
    senderId === row.member_id ? (viewer === 'member' ? actor.pseudonym : row.member_alias) : (pseudonym ?? '')
  const identity = viewer === 'counselor' && row.identity_enc ? (JSON.parse(unseal(row.identity_enc, sealContext(row.id, 'identity'))) as { pseudonym: string; email: string; details: string }) : null

  return {
    viewer,
    memberTimeZone: member.time_zone,
    case: {
      id: row.id,
      source: row.source,
      type: row.type,
      urgency: row.urgency,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      closedAt: row.closed_at?.toISOString() ?? null,
      memberAlias: row.member_alias,
      counselor: row.counselor_pseudonym,
      postLink: row.thread_id && row.post_id ? `/t/${row.thread_id}#p${row.post_id}` : null,
      reason: unsealOptional(row.reason_enc, sealContext(row.id, 'reason')),
      identityRevealedAt: row.identity_revealed_at?.toISOString() ?? null,
      identity,
      referralKind: row.referral_kind,
      referralReason: unsealOptional(row.referral_reason_enc, sealContext(row.id, 'referral')),
      referralPlace: unsealOptional(row.referral_place_enc, sealContext(row.id, 'referralPlace')),
      outcome: row.outcome,
      followUp: row.follow_up,
      closing: viewer === 'counselor' ? unsealOptional(row.closing_enc, sealContext(row.id, 'closing')) : null,
    },
    messages: messages.map((m) => {
      const mine = m.sender_id === actor.id
      return {
        id: m.id,
        mine,
        fromMember: m.sender_id === row.member_id,
        sender: labelOf(m.sender_id, m.sender_pseudonym),
        body: unseal(m.body_enc, sealContext(row.id, 'message')),
        createdAt: m.created_at.toISOString(),
        read: mine && BigInt(m.id) <= BigInt(otherRead),
      }
    }),
    sessions: sessions.map((s) => {
      const call = { mode: s.mode, status: s.status, startsAt: s.starts_at, durationMinutes: s.duration_minutes }
      return {
        id: s.id,
        mode: s.mode,
        startsAt: s.starts_at.toISOString(),
        durationMinutes: s.duration_minutes,
        timeZone: s.time_zone,
        place: unsealOptional(s.place_enc, sealContext(row.id, 'place')),
        status: s.status,
        past: s.starts_at <= new Date(),
        // The join button, while the call is open to this viewer; before that, when it opens.
        callOpen: canJoinCall(actor, access, call, env.callWindow),
        callOpensAt: s.mode === 'video' && s.status === 'accepted' ? callWindow(call, env.callWindow).opensAt.toISOString() : null,
      }
    }),
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      from: e.from_status,
      to: e.to_status,
      // Staff act under their pseudonyms; the member's own steps read as "you" or their alias.
      actor: e.actor_id === row.member_id ? (viewer === 'member' ? actor.pseudonym : row.member_alias) : (e.actor_pseudonym ?? null),
      byMember: e.actor_id === row.member_id,
      detail: unsealOptional(e.detail_enc, sealContext(row.id, 'event')),
      createdAt: e.created_at.toISOString(),
    })),
    notes: notes.map((n) => ({ id: n.id, author: n.author_pseudonym ?? '', body: unseal(n.body_enc, sealContext(row.id, 'note')), createdAt: n.created_at.toISOString() })),
    feedback: feedback ? { rating: feedback.rating, comment: viewer === 'member' ? unsealOptional(feedback.comment_enc, sealContext(row.id, 'feedback')) : null } : null,
    accessLog: accessLog.map((a) => ({ actor: a.actor_pseudonym ?? '', capacity: a.capacity, what: a.what, day: a.day, times: Number(a.times), lastAt: new Date(a.last_at as Date).toISOString() })),
    can: {
      message: canSendCaseMessage(actor, access),
      work: canWorkOnCase(actor, access),
      decline: canDeclineCase(actor, access),
      reopen: canReopenCase(actor, access, env.caseReopenDays),
      feedback: canGiveCaseFeedback(actor, access, !!feedback),
      reveal: canRevealIdentity(actor, access, !!row.identity_revealed_at),
      respond: canRespondToSession(actor, access),
    },
    reopenDays: env.caseReopenDays,
    callOpensMinutesBefore: env.callWindow.opensMinutesBefore,
  }
}

