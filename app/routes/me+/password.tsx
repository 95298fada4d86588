import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { Field } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canManageOwnAccount } from '~/policies'
import { ChangePasswordSchema } from '~/schemas/accounts'
import { changePassword } from '~/services/accounts.server'
import { formAction } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const t = await i18nServer.getFixedT(request)
  return { title: t('password.title') }
}

export const action = formAction(async ({ request, form: formData }) => {
  const { actor, sessionId } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const submission = parseWithZod(formData, { schema: ChangePasswordSchema })
  const hideFields = ['currentPassword', 'newPassword']
  if (submission.status !== 'success') return data({ result: submission.reply({ hideFields }) }, { status: 400 })
  const changed = await changePassword(db(), { userId: actor.id, sessionId, ...submission.value })
  if (!changed) {
    return data({ result: submission.reply({ hideFields, fieldErrors: { currentPassword: ['password.wrongCurrent'] } }) }, { status: 400 })
  }
  return redirectWithFlash('/me/sessions', 'password.changed')
})

export default function PasswordPage() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'password',
    lastResult: actionData?.result,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  })
  return (
    <section className="narrow">
      <h1>{t('password.title')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <Field meta={fields.currentPassword} label={t('password.current')} type="password" autoComplete="current-password" required />
        <Field meta={fields.newPassword} label={t('password.next')} type="password" autoComplete="new-password" help={t('signup.passwordHelp')} required />
        <button type="submit" className="button">
          {t('password.submit')}
        </button>
      </Form>
    </section>
  )
}
