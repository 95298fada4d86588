import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { allowOr404, idParamOr404 } from '~/auth/guards.server'
import { formAction } from '~/lib/action.server'
import { requireCaseViewer } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { eventsResponse } from '~/lib/sse.server'
import { findCallForParticipant, relaySignal, signalFor, SIGNAL_KINDS, SIGNAL_MAX_CHARS } from '~/services/cases/call.server'

/**
 * The signalling channel of one video session: GET is the participant's stream of signals meant
 * for them (Server-Sent Events), POST sends one signal to the other participant. Both answer 404
 * to anyone but the session's two people, and outside the call's time window.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const call = await findCallForParticipant(db(), actor, idParamOr404(params.caseId), idParamOr404(params.sessionId))
  allowOr404(!!call?.open)
  const target = { caseId: call.caseId, sessionId: call.sessionId, userId: actor.id }
  return eventsResponse(request, (event) => signalFor(event, target), { until: call.closesAt })
}

const SignalSchema = z.object({ kind: z.enum(SIGNAL_KINDS), data: z.string().max(SIGNAL_MAX_CHARS).default('') })

export const action = formAction(async ({ request, params, form }: ActionFunctionArgs & { form: FormData }) => {
  const actor = await requireCaseViewer(request)
  const caseId = idParamOr404(params.caseId)
  const sessionId = idParamOr404(params.sessionId)
  const parsed = SignalSchema.safeParse({ kind: form.get('kind') ?? undefined, data: form.get('data') ?? undefined })
  if (!parsed.success) {
    // Whether the call exists is not told to a stranger by a different status for bad input.
    allowOr404(!!(await findCallForParticipant(db(), actor, caseId, sessionId))?.open)
    return new Response('Bad Request', { status: 400 })
  }
  const outcome = await relaySignal(db(), { actor, caseId, sessionId, ...parsed.data })
  if (outcome.ok) return new Response(null, { status: 204 })
  if (outcome.kind === 'rateLimited') return new Response('Too Many Requests', { status: 429, headers: { 'Retry-After': String(outcome.retryAfterSeconds ?? 60) } })
  if (outcome.kind === 'invalid') return new Response('Bad Request', { status: 400 })
  allowOr404(false)
})
