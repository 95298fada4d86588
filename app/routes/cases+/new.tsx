import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { SelectField, TextAreaField } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { answerRefusal, formAction } from '~/lib/action.server'
import { canRequestCounseling } from '~/policies'
import { RequestCaseSchema } from '~/schemas/cases'
import { requestCase } from '~/services/cases/open.server'

// A neutral way out on pages about counseling (shared phones): see components/support/quick-exit.
export const handle = { quickExit: true }

export const headers = forwardRetryAfter
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const TYPES = ['wellbeing', 'performance', 'career', 'staffing'] as const
const URGENCIES = ['normal', 'high', 'crisis'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canRequestCounseling(actor))
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('cases.requestTitle'), idempotencyKey: crypto.randomUUID() }
}

/** The preventive path: a member asks for a counselor themselves. */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canRequestCounseling(actor))
  const submission = parseWithZod(form, { schema: RequestCaseSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), stateError: null }, { status: 400 })
  const requested = await requestCase(db(), { actor, ...submission.value, limited: true })
  if (!requested.ok) return answerRefusal(requested, { reply: submission.reply, base: {} })
  return redirectWithFlash(`/cases/${requested.value}`, 'cases.requested')
})

export default function RequestCasePage() {
  const { idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof RequestCaseSchema>>({
    id: 'request-case',
    lastResult: actionData?.result,
    defaultValue: { urgency: 'normal', idempotencyKey },
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="narrow-wide">
      <h1>{t('cases.requestTitle')}</h1>
      <p className="lead">{t('cases.requestIntro')}</p>
      <div className="notice" role="note">
        <p>{t('cases.whoSeesText')}</p>
        <p>
          {t('cases.crisisHint')} <Link to="/support">{t('support.title')}</Link>
        </p>
      </div>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
        <FormErrors errors={form.errors} />
        <SelectField meta={fields.type} label={t('cases.typeQuestion')} placeholder={t('cases.choose')} options={TYPES.map((v) => ({ value: v, label: t(`cases.type_${v}`) }))} />
        <SelectField meta={fields.urgency} label={t('cases.urgencyQuestion')} options={URGENCIES.map((v) => ({ value: v, label: t(`cases.urgency_${v}`) }))} />
        <TextAreaField meta={fields.message} label={t('cases.firstMessage')} rows={5} help={t('cases.firstMessageHelp')} />
        <button type="submit" className="button">
          {t('cases.requestSubmit')}
        </button>
      </Form>
    </section>
  )
}
