import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { Field, FormError, translateError } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canExerciseDataRights } from '~/policies'
import { ExportSchema } from '~/schemas/accounts'
import { authorizeExport } from '~/services/data-rights/export.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const t = await i18nServer.getFixedT(request)
  return { title: t('rights.exportTitle') }
}

/** The password again, then on to the download link (a resource route answers with the file). */
export const action = formAction(async ({ request, form }) => {
  const { actor, sessionId } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const submission = parseWithZod(form, { schema: ExportSchema })
  const hideFields = ['password']
  if (submission.status !== 'success') return data({ result: submission.reply({ hideFields }), stateError: null }, { status: 400 })
  const outcome = await authorizeExport(db(), { actor, sessionId, password: submission.value.password })
  if (!outcome.ok) {
    return answerRefusal(outcome, { reply: (o) => submission.reply({ hideFields, ...o }), base: {}, fields: { passwordWrong: 'password' } })
  }
  return redirect(`/me/export/download?token=${encodeURIComponent(outcome.value.token)}`)
})

export default function ExportPage() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const result = actionData && 'result' in actionData ? actionData.result : undefined
  const [form, fields] = useForm<z.input<typeof ExportSchema>>({ id: 'export', lastResult: result, shouldValidate: 'onSubmit' })
  return (
    <section className="narrow">
      <h1>{t('rights.exportTitle')}</h1>
      <p>{t('rights.exportIntro')}</p>
      <p className="muted">{t('rights.exportWithheld')}</p>
      {/* A download, not a navigation: the client router would not save the file. */}
      <Form method="post" reloadDocument {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <FormError id={`${form.id}-error`} message={form.errors?.[0] ? translateError(form.errors[0], t) : null} />
        <Field meta={fields.password} label={t('rights.exportPassword')} type="password" autoComplete="current-password" help={t('rights.exportPasswordHelp')} required />
        <button type="submit" className="button">
          {t('rights.exportSubmit')}
        </button>
      </Form>
    </section>
  )
}
