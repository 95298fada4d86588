import { parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useLiveReload } from '~/lib/use-live-reload'
import type { ZodTypeAny } from 'zod'
import { allowOr404 } from '~/auth/guards.server'
import { CaseChat } from '~/components/cases/case-chat'
import { CaseSummary } from '~/components/cases/case-summary'
import { CaseSessions } from '~/components/cases/case-sessions'
import { CaseTimeline, CaseAccessLog } from '~/components/cases/case-timeline'
import { CounselorTools } from '~/components/cases/counselor-tools'
import { MemberTools } from '~/components/cases/member-tools'
import { caseIdParam, findCaseOr404, requireCaseViewer, runCaseChange } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { privateNoStore } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { hitRateLimit, RATE_RULES, rateLimitedError, tooManyRequests } from '~/lib/rate-limit.server'
import { readMutationForm } from '~/lib/request.server'
import { caseAccess } from '~/models/cases.server'
import { canReadCase, isCaseMember } from '~/policies'
import {
  CloseSchema,
  FeedbackSchema,
  MessageSchema,
  NoteSchema,
  ReasonSchema,
  ReferSchema,
  RescheduleSchema,
  RevealSchema,
  ScheduleSchema,
  SessionChangeSchema,
  TimeZoneSchema,
} from '~/schemas/cases'
import { loadCaseForParticipant } from '~/services/case-view.server'
import {
  addCaseNote,
  changeSession,
  closeCase,
  declineCase,
  giveCaseFeedback,
  referCase,
  reopenCase,
  revealIdentity,
  scheduleSession,
  sendCaseMessage,
  setMemberTimeZone,
  type SessionInput,
} from '~/services/cases.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export const headers = privateNoStore

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const row = await findCaseOr404(params.caseId)
  allowOr404(canReadCase(actor, caseAccess(row)))
  const viewer = row.member_id === actor.id ? 'member' : 'counselor'
  const [page, t, locale] = await Promise.all([loadCaseForParticipant(db(), actor, row, viewer), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return { ...page, locale, pageTitle: t('cases.caseTitle', { id: row.id }), messageKey: crypto.randomUUID() }
}

const SCHEMAS: Record<string, ZodTypeAny> = {
  message: MessageSchema,
  note: NoteSchema,
  schedule: ScheduleSchema,
  reschedule: RescheduleSchema,
  session_accept: SessionChangeSchema,
  session_decline: SessionChangeSchema,
  session_cancel: SessionChangeSchema,
  session_held: SessionChangeSchema,
  refer: ReferSchema,
  close: CloseSchema,
  feedback: FeedbackSchema,
  reveal: RevealSchema,
  decline: ReasonSchema,
  reopen: ReasonSchema,
  timezone: TimeZoneSchema,
}

const ANCHORS: Record<string, string> = { message: 'chat', note: 'notes', schedule: 'sessions', reschedule: 'sessions', refer: 'tools', close: 'tools', feedback: 'choices' }

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const formData = await readMutationForm(request)
  const caseId = caseIdParam(params.caseId)
  const row = await findCaseOr404(caseId)
  allowOr404(canReadCase(actor, caseAccess(row)))
  const intent = String(formData.get('intent') ?? '')
  const schema = SCHEMAS[intent]
  allowOr404(!!schema)
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
  const value = submission.value as Record<string, unknown> & { intent: string }
  const reply = submission.reply

  if (intent === 'message') {
    const limit = await hitRateLimit(db(), RATE_RULES.caseMessagesPerMember, actor.id)
    if (!limit.allowed) return data({ intent, result: reply({ formErrors: [rateLimitedError(limit)] }) }, tooManyRequests(limit))
  }

  if (intent === 'close' && row.type === 'performance' && !value.followUp) {
    return data({ intent, result: reply({ fieldErrors: { followUp: ['errors.followUpRequired'] } }) }, { status: 400 })
  }
  const outcome = await runCaseChange(intent, reply, async () => {
    const session = () => ({ mode: value.mode, startsAtLocal: String(value.startsAt), durationMinutes: Number(value.durationMinutes), place: (value.place as string | null) ?? null }) as SessionInput
    switch (intent) {
      case 'message':
        return sendCaseMessage(db(), { actor, caseId, body: String(value.body), idempotencyKey: (value.idempotencyKey as string | undefined) ?? null })
      case 'note':
        return addCaseNote(db(), { actor, caseId, body: String(value.body) })
      case 'schedule':
        return scheduleSession(db(), { ...session(), actor, caseId })
      case 'reschedule':
        return changeSession(db(), { actor, caseId, sessionId: String(value.sessionId), change: { kind: 'reschedule', ...session() } })
      case 'session_accept':
      case 'session_decline':
      case 'session_cancel':
      case 'session_held':
        return changeSession(db(), { actor, caseId, sessionId: String(value.sessionId), change: { kind: intent.slice('session_'.length) as 'accept' } })
      case 'refer':
        return referCase(db(), { actor, caseId, kind: value.kind as 'clinic', reason: String(value.reason) })
      case 'close':
        return closeCase(db(), { actor, caseId, outcome: value.outcome as 'resolved', followUp: (value.followUp as 'guidance' | undefined) ?? null, summary: (value.summary as string | null) ?? null })
      case 'feedback':
        return giveCaseFeedback(db(), { actor, caseId, rating: Number(value.rating), comment: (value.comment as string | null) ?? null })
      case 'reveal':
        return revealIdentity(db(), { actor, caseId, details: (value.details as string | null) ?? null })
      case 'decline':
        return declineCase(db(), { actor, caseId, reason: (value.reason as string | null) ?? null })
      case 'reopen':
        return reopenCase(db(), { actor, caseId, reason: (value.reason as string | null) ?? null })
      case 'timezone':
        allowOr404(isCaseMember(actor, caseAccess(row)))
        return setMemberTimeZone(db(), actor.id, String(value.timeZone))
    }
  })
  if (!outcome.ok) return outcome.response
  const anchor = ANCHORS[intent] ?? (intent.startsWith('session_') ? 'sessions' : 'summary')
  return redirectWithFlash(`/cases/${caseId}#${anchor}`, `cases.done_${intent}`)
}

export default function CasePage() {
  const page = useLoaderData<typeof loader>()
  const actionData = useActionData<{ stateError?: string | null }>()
  const { t } = useTranslation()
  useLiveReload(`/events/case/${page.case.id}`, 'case')
  return (
    <section className="case-page">
      <p>
        <Link to="/cases">{t('cases.backToList')}</Link>
      </p>
      <h1>{t('cases.caseTitle', { id: page.case.id })}</h1>
      {actionData?.stateError ? (
        <p className="form-error" role="alert">
          {t(actionData.stateError)}
        </p>
      ) : null}
      <CaseSummary page={page} />
      <CaseChat page={page} />
      <CaseSessions page={page} />
      {page.viewer === 'counselor' ? <CounselorTools page={page} /> : <MemberTools page={page} />}
      <CaseTimeline page={page} />
      {page.viewer === 'member' ? <CaseAccessLog page={page} /> : null}
    </section>
  )
}
