import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { publish } from '~/lib/events.server'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { caseAccess, findCase, findSession } from '~/models/cases.server'
import { callWindow, canJoinCall, canSeeCall, type Actor, type CallSessionAccess } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'

/** What a call page may send: join/ready (who is there), offer/answer (SDP), ice, media (audio-only), bye. */
export const SIGNAL_KINDS = ['join', 'ready', 'offer', 'answer', 'ice', 'media', 'bye'] as const
export type SignalKind = (typeof SIGNAL_KINDS)[number]
/** An SDP of a camera and microphone is 3–7 kB; anything much larger is not a signal. */
export const SIGNAL_MAX_CHARS = 16_000
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; the event's other fields fit in the rest.
const NOTIFY_DATA_MAX = 7_400

const sessionAccess = (s: { mode: CallSessionAccess['mode']; status: CallSessionAccess['status']; starts_at: Date; duration_minutes: number }): CallSessionAccess => ({
  mode: s.mode,
  status: s.status,
  startsAt: s.starts_at,
  durationMinutes: s.duration_minutes,
})

/**
 * A session's call as one of its two people sees it, or null (the caller answers 404) for anyone
 * else, for a session that is not a video session that is on, or a case that is not open.
 */
export async function findCallForParticipant(db: DB, actor: Actor, caseId: string, sessionId: string, now = new Date()) {
  const [row, session] = await Promise.all([findCase(db, caseId), findSession(db, caseId, sessionId)])
  if (!row || !session) return null
  const access = caseAccess(row)
  const s = sessionAccess(session)
  if (!canSeeCall(actor, access, s)) return null
  const role = actor.id === row.member_id ? ('member' as const) : ('counselor' as const)
  const otherId = role === 'member' ? row.counselor_id! : row.member_id
  const window = callWindow(s, env.callWindow)
  return {
    caseId: row.id,
    sessionId: session.id,
    role,
    otherId,
    startsAt: session.starts_at,
    durationMinutes: session.duration_minutes,
    timeZone: session.time_zone,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    open: canJoinCall(actor, access, s, env.callWindow, now),
  }
}

/**
 * Relays one signal to the other person of the session, through the event bus only (nothing is
 * written but the rate-limit counter). The recipient is decided here, never by the sender: a
 * third party, or either person outside the call's window, is refused as not found.
 */
export async function relaySignal(
  db: DB,
  input: { actor: Actor; caseId: string; sessionId: string; kind: SignalKind; data: string },
): Promise<Outcome<undefined, 'notFound' | 'rateLimited' | 'signal_tooLarge'>> {
  const call = await findCallForParticipant(db, input.actor, input.caseId, input.sessionId)
  if (!call?.open) return refuse.notFound()
  const limit = await hitRateLimit(db, RATE_RULES.callSignalsPerMember, input.actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  const data = input.data ? deflateRawSync(Buffer.from(input.data, 'utf8')).toString('base64') : ''
  if (data.length > NOTIFY_DATA_MAX) return refuse.invalid('signal_tooLarge')
  await publish(db, { type: 'call.signal', caseId: call.caseId, sessionId: call.sessionId, to: call.otherId, kind: input.kind, data })
  return ok()
}

/** The SSE message for `userId` of this call, if the event is a signal meant for them. */
export function signalFor(event: { type: string } & Record<string, unknown>, call: { caseId: string; sessionId: string; userId: string }) {
  if (event.type !== 'call.signal' || event.caseId !== call.caseId || event.sessionId !== call.sessionId || event.to !== call.userId) return null
  const raw = String(event.data ?? '')
  const data = raw ? inflateRawSync(Buffer.from(raw, 'base64')).toString('utf8') : ''
  return { name: 'signal', data: JSON.stringify({ kind: event.kind, data }) }
}
