import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useLiveReload } from '~/lib/use-live-reload'
import type { z, ZodTypeAny } from 'zod'
import { allowOr404 } from '~/auth/guards.server'
import { CaseChat } from '~/components/cases/case-chat'
import { HelpContacts } from '~/components/support/help-contacts'
import { CaseSummary } from '~/components/cases/case-summary'
import { CaseSessions } from '~/components/cases/case-sessions'
import { CaseTimeline, CaseAccessLog } from '~/components/cases/case-timeline'
import { CounselorTools } from '~/components/cases/counselor-tools'
import { MemberTools } from '~/components/cases/member-tools'
import { formAction } from '~/lib/action.server'
import { answerCaseRefusal, findCaseOr404, requireCaseViewer } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { privateNoStore } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { caseAccess } from '~/models/cases.server'
import { canReadCase, type Actor } from '~/policies'
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
import { crisisHelpTexts } from '~/services/settings.server'
import { addCaseNote, closeCase, referCase } from '~/services/cases/counselor-work.server'
import { sendCaseMessage } from '~/services/cases/chat.server'
import { declineCase, giveCaseFeedback, reopenCase, revealIdentity, setMemberTimeZone } from '~/services/cases/member-choices.server'
import { changeSession, scheduleSession, type SessionInput } from '~/services/cases/sessions.server'
import type { Outcome } from '~/services/outcome'

// A neutral way out on pages about counseling (shared phones): see components/support/quick-exit.
export const handle = { quickExit: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export const headers = privateNoStore

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const row = await findCaseOr404(params.caseId)
  allowOr404(canReadCase(actor, caseAccess(row)))
  const viewer = row.member_id === actor.id ? 'member' : 'counselor'
  const [page, t, locale, help] = await Promise.all([loadCaseForParticipant(db(), actor, row, viewer), i18nServer.getFixedT(request), i18nServer.getLocale(request), crisisHelpTexts(db())])
  // While a member waits for a counselor to start, the help contacts stay in view.
  const waiting = viewer === 'member' && (row.status === 'new' || row.status === 'assigned')
  const helpText = waiting ? (locale === 'en' ? help.en : help.id) || t('support.helpDefault') : null
  return { ...page, locale, helpText, pageTitle: t('cases.caseTitle', { id: row.id }), messageKey: crypto.randomUUID() }
}

// Every intent of the case page with its own schema, and the service it calls with the parsed value.
const INTENTS = {
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
} satisfies Record<string, ZodTypeAny>

type Intent = keyof typeof INTENTS
type CaseWrite = { actor: Actor; caseId: string }
type Handlers = { [K in Intent]: (value: z.infer<(typeof INTENTS)[K]>, w: CaseWrite) => Promise<Outcome<unknown>> }

const session = (v: Omit<z.infer<typeof ScheduleSchema>, 'intent'>): SessionInput => ({ mode: v.mode, startsAtLocal: v.startsAt, durationMinutes: v.durationMinutes, place: v.place })
const sessionChange = (kind: 'accept' | 'decline' | 'cancel' | 'held') => (v: z.infer<typeof SessionChangeSchema>, w: CaseWrite) =>
  changeSession(db(), { ...w, sessionId: v.sessionId, change: { kind } })

const HANDLERS: Handlers = {
  message: (v, w) => sendCaseMessage(db(), { ...w, body: v.body, idempotencyKey: v.idempotencyKey ?? null }),
  note: (v, w) => addCaseNote(db(), { ...w, body: v.body }),
  schedule: (v, w) => scheduleSession(db(), { ...w, ...session(v) }),
  reschedule: (v, w) => changeSession(db(), { ...w, sessionId: v.sessionId, change: { kind: 'reschedule', ...session(v) } }),
  session_accept: sessionChange('accept'),
  session_decline: sessionChange('decline'),
  session_cancel: sessionChange('cancel'),
  session_held: sessionChange('held'),
  refer: (v, w) => referCase(db(), { ...w, kind: v.kind, reason: v.reason, place: v.place }),
  close: (v, w) => closeCase(db(), { ...w, outcome: v.outcome, followUp: v.followUp ?? null, summary: v.summary, cancelSessions: v.cancelSessions === 'yes' }),
  feedback: (v, w) => giveCaseFeedback(db(), { ...w, rating: v.rating, comment: v.comment }),
  reveal: (v, w) => revealIdentity(db(), { ...w, details: v.details }),
  decline: (v, w) => declineCase(db(), { ...w, reason: v.reason }),
  reopen: (v, w) => reopenCase(db(), { ...w, reason: v.reason }),
  timezone: (v, w) => setMemberTimeZone(db(), { ...w, timeZone: v.timeZone }),
}

const isIntent = (value: string): value is Intent => Object.hasOwn(INTENTS, value)

const ANCHORS: Partial<Record<Intent, string>> = { message: 'chat', note: 'notes', schedule: 'sessions', reschedule: 'sessions', refer: 'tools', close: 'tools', feedback: 'choices' }

export const action = formAction(async ({ request, params, form }) => {
  const actor = await requireCaseViewer(request)
  const row = await findCaseOr404(params.caseId)
  // The services check again inside their transaction; this keeps a stranger from learning which intents exist.
  allowOr404(canReadCase(actor, caseAccess(row)))
  const intent = String(form.get('intent') ?? '')
  allowOr404(isIntent(intent))
  const submission = parseWithZod(form, { schema: INTENTS[intent] })
  if (submission.status !== 'success') return data({ intent, result: submission.reply(), stateError: null }, { status: 400 })
  const handler = HANDLERS[intent] as (value: unknown, w: CaseWrite) => Promise<Outcome<unknown>>
  const outcome = await handler(submission.value, { actor, caseId: row.id })
  if (!outcome.ok) return answerCaseRefusal(outcome, intent, submission.reply)
  const anchor = ANCHORS[intent] ?? (intent.startsWith('session_') ? 'sessions' : 'summary')
  return redirectWithFlash(`/cases/${row.id}#${anchor}`, `cases.done_${intent}`)
})

export default function CasePage() {
  const page = useLoaderData<typeof loader>()
  const actionData = useActionData<{ stateError?: string | null; intent?: string; notice?: { sessions?: unknown[] } }>()
  const closeNeedsConfirm = actionData?.intent === 'close' && !!actionData.notice?.sessions?.length
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
      {closeNeedsConfirm ? (
        <p className="form-error">
          <a href="#close-confirm">{t('cases.closeConfirmTitle')}</a>
        </p>
      ) : null}
      {page.helpText ? (
        <aside className="case-help" aria-labelledby="case-help-title">
          <h2 id="case-help-title">{t('cases.waitingHelpTitle')}</h2>
          <p>{t('cases.waitingHelpText')}</p>
          <HelpContacts text={page.helpText} />
        </aside>
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
