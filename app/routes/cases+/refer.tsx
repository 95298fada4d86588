import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { Field, SelectField, TextAreaField } from '~/components/ui/field'
import { formAction } from '~/lib/action.server'
import { answerCaseRefusal } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDate, formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listReferralsBy } from '~/models/cases.server'
import { canReferEmployee } from '~/policies'
import { ReferEmployeeSchema } from '~/schemas/cases'
import { referEmployee } from '~/services/cases/open.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)
export const headers = privateNoStore

const TYPES = ['performance', 'wellbeing', 'career', 'staffing'] as const
const URGENCIES = ['normal', 'high', 'crisis'] as const

/**
 * An HR official refers an employee by pseudonym. Afterwards they learn only whether sessions
 * took place and when: never the status details, the conversation or the notes.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canReferEmployee(actor))
  const [t, locale, referrals] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), listReferralsBy(db(), actor.id)])
  return {
    pageTitle: t('cases.referEmployeeTitle'),
    locale,
    idempotencyKey: crypto.randomUUID(),
    referrals: referrals.map((r) => ({ id: r.id, member: r.member_alias, type: r.type, status: r.status, createdAt: r.created_at.toISOString(), held: r.heldSessions.map((d) => d.toISOString()) })),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canReferEmployee(actor))
  const submission = parseWithZod(form, { schema: ReferEmployeeSchema })
  if (submission.status !== 'success') return data({ intent: 'refer', result: submission.reply(), stateError: null }, { status: 400 })
  const referred = await referEmployee(db(), { actor, ...submission.value })
  if (!referred.ok) return answerCaseRefusal(referred, 'refer', submission.reply)
  return redirectWithFlash('/cases/refer', 'cases.referralSent')
})

export default function ReferEmployeePage() {
  const { referrals, idempotencyKey, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <h1>{t('cases.referEmployeeTitle')}</h1>
      <p className="lead">{t('cases.referEmployeeIntro')}</p>
      {/* Each successful referral brings a new key: the form starts afresh, without the last attempt's errors or key. */}
      <ReferEmployeeForm key={idempotencyKey} idempotencyKey={idempotencyKey} />
      <h2>{t('cases.myReferrals')}</h2>
      {referrals.length === 0 ? <p className="muted">{t('cases.noReferrals')}</p> : null}
      <ul className="plain referral-list">
        {referrals.map((r) => (
          <li key={r.id}>
            <Link to={`/cases/${r.id}/status`}>{t('cases.referralStatusLink', { id: r.id })}</Link>
            {` · ${r.member} · ${t(`cases.type_${r.type}`)} · ${t(`cases.status_${r.status}`)} · ${formatDateTime(r.createdAt, locale)} · `}
            {r.held.length
              ? t('cases.sessionsHeld', { count: r.held.length, dates: r.held.map((d) => formatDate(d, locale)).join(', ') })
              : t('cases.noSessionsHeld')}
          </li>
        ))}
      </ul>
    </section>
  )
}

function ReferEmployeeForm({ idempotencyKey }: { idempotencyKey: string }) {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof ReferEmployeeSchema>>({
    id: `refer-employee-${idempotencyKey}`,
    lastResult: actionData?.result,
    defaultValue: { type: 'performance', urgency: 'normal', idempotencyKey },
    shouldValidate: 'onSubmit',
  })
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <AuthenticityTokenInput />
      <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
      <FormErrors errors={form.errors} />
      <Field meta={fields.pseudonym} label={t('cases.employeePseudonym')} required />
      <SelectField meta={fields.type} label={t('cases.typeLabel')} options={TYPES.map((v) => ({ value: v, label: t(`cases.type_${v}`) }))} />
      <SelectField meta={fields.urgency} label={t('cases.urgencyLabel')} options={URGENCIES.map((v) => ({ value: v, label: t(`cases.urgency_${v}`) }))} />
      <TextAreaField meta={fields.reason} label={t('cases.referralReasonLabel')} rows={4} help={t('cases.referralReasonHelp')} />
      <button type="submit" className="button">
        {t('cases.sendReferral')}
      </button>
    </Form>
  )
}
