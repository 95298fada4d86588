import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { Field } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canConfirmEmployeeCode } from '~/policies'
import { HrConfirmSchema } from '~/schemas/verification'
import { confirmHrCode } from '~/services/employee-verification.server'

/** Private to one person (a one-time code may be on it): never stored by a cache. */
export const headers = privateNoStore

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canConfirmEmployeeCode(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return { pageTitle: t('verify.hrPageTitle'), locale }
}

/** An HR official confirms the code an employee shows them; they never learn the pseudonym. */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canConfirmEmployeeCode(actor))
  const submission = parseWithZod(form, { schema: HrConfirmSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), confirmedUntil: null }, { status: 400 })
  const confirmed = await confirmHrCode(db(), actor, submission.value)
  if (!confirmed.ok) return answerRefusal(confirmed, { reply: submission.reply, base: { confirmedUntil: null as string | null }, fields: { codeInvalid: 'code', codeWrong: 'code', codeOwn: 'code' } })
  // A fresh, empty form for the next employee, with the outcome above it.
  return data({ result: submission.reply({ resetForm: true }), confirmedUntil: confirmed.value.expiresAt.toISOString() })
})

export default function HrVerifyPage() {
  const { locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<{ code: string; institution: string }>({ id: 'hr-verify', lastResult: actionData?.result, shouldValidate: 'onSubmit' })
  const confirmedUntil = actionData && 'confirmedUntil' in actionData ? actionData.confirmedUntil : null
  return (
    <section className="narrow-wide">
      <h1>{t('verify.hrPageTitle')}</h1>
      <p>{t('verify.hrPageIntro')}</p>
      {confirmedUntil ? (
        <p className="flash" role="status">
          {t('verify.hrConfirmed', { until: formatDate(confirmedUntil, locale) })}
        </p>
      ) : null}
      {form.errors?.length ? (
        <p className="form-error" role="alert">
          {form.errors.map((e) => t(e.split('?')[0]!, Object.fromEntries(new URLSearchParams(e.split('?')[1] ?? '')))).join(' ')}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <Field meta={fields.code} label={t('verify.hrCode')} help={t('verify.hrCodeHelp')} autoComplete="off" required />
        <Field meta={fields.institution} label={t('verify.hrInstitution')} help={t('verify.hrInstitutionHelp')} autoComplete="organization" />
        <button type="submit" className="button">
          {t('verify.hrConfirm')}
        </button>
      </Form>
    </section>
  )
}
