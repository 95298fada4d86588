import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { getActor, safeRedirectPath } from '~/auth/guards.server'
import { serializeSessionCookie } from '~/auth/session.server'
import { Field, FormError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { forwardRetryAfter } from '~/lib/headers'
import { pageTitle } from '~/lib/meta'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { clientIp, userAgentOf } from '~/lib/request.server'
import { isSignedIn } from '~/policies'
import { LogInSchema } from '~/schemas/accounts'
import { logIn } from '~/services/accounts.server'
import { formAction } from '~/lib/action.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  if (isSignedIn(await getActor(request))) throw redirect('/')
  const t = await i18nServer.getFixedT(request)
  return { title: t('login.title') }
}

export const action = formAction(async ({ request, context, form: formData }) => {
  const submission = parseWithZod(formData, { schema: LogInSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply({ hideFields: ['password'] }), error: null, limited: null }, { status: 400 })
  }
  const { email, password, redirectTo, endOnClose } = submission.value
  const [perIp, perAccount] = await Promise.all([
    hitRateLimit(db(), RATE_RULES.logInPerIp, clientIp(context)),
    hitRateLimit(db(), RATE_RULES.logInPerAccount, email),
  ])
  if (!perIp.allowed || !perAccount.allowed) {
    const seconds = Math.max(perIp.allowed ? 0 : perIp.retryAfterSeconds, perAccount.allowed ? 0 : perAccount.retryAfterSeconds)
    return data(
      { result: submission.reply({ hideFields: ['password'] }), error: null, limited: Math.ceil(seconds / 60) },
      { status: 429, headers: { 'Retry-After': String(seconds) } },
    )
  }
  const session = await logIn(db(), { email, password, userAgent: userAgentOf(request) })
  if (!session) {
    // The same words and status whether the email exists or not.
    return data({ result: submission.reply({ hideFields: ['password'] }), error: 'login.failed', limited: null }, { status: 400 })
  }
  return redirect(safeRedirectPath(redirectTo), { headers: { 'Set-Cookie': serializeSessionCookie(session.token, { endOnClose }) } })
})

export default function LogInPage() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'login',
    lastResult: actionData?.result,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LogInSchema }),
  })
  const formError = actionData?.limited ? t('errors.rateLimited', { minutes: actionData.limited }) : actionData?.error ? t(actionData.error) : null
  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <FormError id="login-error" message={formError} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
        <Field meta={fields.email} label={t('login.email')} type="email" autoComplete="username" required />
        <Field meta={fields.password} label={t('login.password')} type="password" autoComplete="current-password" required />
        <div className="checkbox">
          <input type="checkbox" id="login-end-on-close" name={fields.endOnClose.name} aria-describedby="login-end-on-close-help" />
          <div>
            <label htmlFor="login-end-on-close">{t('login.endOnClose')}</label>
            <p id="login-end-on-close-help" className="field-help">
              {t('login.endOnCloseHelp')}
            </p>
          </div>
        </div>
        <button type="submit" className="button">
          {t('login.submit')}
        </button>
      </Form>
      <p>
        {t('login.noAccount')} <Link to="/signup">{t('nav.signup')}</Link>
      </p>
    </section>
  )
}
