import { getFormProps } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useLiveReload } from '~/lib/use-live-reload'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { useIntentForm } from '~/components/cases/intent-form'
import { Field, SelectField } from '~/components/ui/field'
import { formAction } from '~/lib/action.server'
import { answerCaseRefusal, findCaseOr404 } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { caseAccess, listCounselors, listIntakeQueue } from '~/models/cases.server'
import { canAssignCase, canViewIntakeQueue } from '~/policies'
import { AssignSchema } from '~/schemas/cases'
import { assignCase } from '~/services/cases/assignment.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)
export const headers = privateNoStore

/** The intake queue: metadata only (type, urgency, source, age, counselor), unassigned first, then urgency and age. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewIntakeQueue(actor))
  const [t, locale, queue, counselors] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), listIntakeQueue(db()), listCounselors(db())])
  return {
    pageTitle: t('cases.intakeTitle'),
    locale,
    now: Date.now(),
    queue: queue.map((c) => ({ id: c.id, type: c.type, urgency: c.urgency, status: c.status, source: c.source, createdAt: c.created_at.toISOString(), counselorId: c.counselor_id, counselor: c.counselor_pseudonym })),
    counselors: counselors.map((c) => ({ id: c.id, pseudonym: c.pseudonym, onDuty: c.on_duty, openCases: Number(c.open_cases) })),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canViewIntakeQueue(actor))
  const submission = parseWithZod(form, { schema: AssignSchema })
  const intent = `assign-${String(form.get('caseId'))}`
  if (submission.status !== 'success') return data({ intent, result: submission.reply(), stateError: null }, { status: 400 })
  const { caseId, counselorId, reason } = submission.value
  const row = await findCaseOr404(caseId)
  allowOr404(canAssignCase(actor, caseAccess(row)))
  if (row.status !== 'new' && !reason) {
    return data({ intent, result: submission.reply({ fieldErrors: { reason: ['errors.reassignReason'] } }), stateError: null }, { status: 400 })
  }
  const assigned = await assignCase(db(), { actor, caseId, counselorId, reason })
  if (!assigned.ok) return answerCaseRefusal(assigned, intent, submission.reply)
  return redirectWithFlash('/cases/intake', 'cases.assigned')
})

function ageLabel(createdAt: string, now: number, t: (k: string, o?: Record<string, unknown>) => string) {
  const minutes = Math.max(0, Math.round((now - new Date(createdAt).getTime()) / 60_000))
  if (minutes < 60) return t('cases.ageMinutes', { count: minutes })
  if (minutes < 48 * 60) return t('cases.ageHours', { count: Math.round(minutes / 60) })
  return t('cases.ageDays', { count: Math.round(minutes / 1440) })
}

export default function IntakePage() {
  const { queue, counselors, locale, now } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const live = useLiveReload('/events/intake', 'queue')
  return (
    <section>
      <h1>{t('cases.intakeTitle')}</h1>
      <p className="lead">{t('cases.intakeIntro')}</p>
      {live?.startsWith('crisis') ? (
        <p className="notice" role="alert">
          {t('cases.crisisArrived')}
        </p>
      ) : null}
      {queue.length === 0 ? <p>{t('cases.queueEmpty')}</p> : null}
      <ol className="plain intake-queue">
        {queue.map((c) => (
          <li key={c.id} className={`intake-item urgency-${c.urgency}`}>
            <h2 className="h3">{t('cases.caseTitle', { id: c.id })}</h2>
            <p>
              <span className={`badge urgency-${c.urgency}`}>{t(`cases.urgency_${c.urgency}`)}</span>
              {` ${t(`cases.type_${c.type}`)} · ${t(`cases.source_${c.source}`)} · ${t(`cases.status_${c.status}`)} · ${ageLabel(c.createdAt, now, t)} (${formatDateTime(c.createdAt, locale)})`}
              {c.counselor ? ` · ${t('cases.counselor')}: ${c.counselor}` : ''}
            </p>
            <AssignForm caseId={c.id} reassign={c.status !== 'new'} current={c.counselorId} counselors={counselors} />
          </li>
        ))}
      </ol>
    </section>
  )
}

function AssignForm({ caseId, reassign, current, counselors }: { caseId: string; reassign: boolean; current: string | null; counselors: { id: string; pseudonym: string; onDuty: boolean; openCases: number }[] }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(`assign-${caseId}`, AssignSchema)
  return (
    <Form method="post" {...getFormProps(form)} className="stack assign-form">
      <AuthenticityTokenInput />
      <input type="hidden" name="caseId" value={caseId} />
      <FormErrors errors={form.errors} />
      <SelectField
        meta={fields.counselorId}
        label={reassign ? t('cases.reassignTo', { id: caseId }) : t('cases.assignTo', { id: caseId })}
        placeholder={t('cases.choose')}
        options={counselors
          .filter((c) => c.id !== current)
          .map((c) => ({ value: c.id, label: `${c.pseudonym} · ${c.onDuty ? t('cases.onDuty') : t('cases.offDuty')} · ${t('cases.openCases', { count: c.openCases })}` }))}
      />
      {reassign ? <Field meta={fields.reason} label={t('cases.reassignReason')} /> : null}
      <button type="submit" className="button button-small">
        {reassign ? t('cases.reassign') : t('cases.assign')}
      </button>
    </Form>
  )
}
