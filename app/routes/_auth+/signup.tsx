import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { getActor } from '~/auth/guards.server'
import { serializeSessionCookie } from '~/auth/session.server'
import { Field, FieldErrors } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { forwardRetryAfter } from '~/lib/headers'
import { pageTitle } from '~/lib/meta'
import { suggestPseudonym } from '~/lib/pseudonym'
import { hitRateLimit, RATE_RULES, tooManyRequests } from '~/lib/rate-limit.server'
import { clientIp, userAgentOf } from '~/lib/request.server'
import { SignUpSchema } from '~/schemas/accounts'
import { PRIVACY_NOTICE_VERSION, signUp } from '~/services/accounts.server'
import { isSignedIn } from '~/policies'
import { formAction } from '~/lib/action.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  if (isSignedIn(await getActor(request))) throw redirect('/')
  const t = await i18nServer.getFixedT(request)
  return { title: t('signup.title'), suggestion: suggestPseudonym(), privacyVersion: PRIVACY_NOTICE_VERSION }
}

export const action = formAction(async ({ request, context, form: formData }) => {
  const submission = parseWithZod(formData, { schema: SignUpSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply({ hideFields: ['password'] }), limited: null }, { status: 400 })
  }
  const limit = await hitRateLimit(db(), RATE_RULES.signUpPerIp, clientIp(context))
  if (!limit.allowed) {
    return data(
      { result: submission.reply({ hideFields: ['password'] }), limited: Math.ceil(limit.retryAfterSeconds / 60) },
      tooManyRequests(limit),
    )
  }
  const outcome = await signUp(db(), { ...submission.value, userAgent: userAgentOf(request) })
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ hideFields: ['password'], fieldErrors: { [outcome.field]: [outcome.error] } }), limited: null },
      { status: 400 },
    )
  }
  // A new member sees the short onboarding once (how anonymity works, where help is).
  return redirect('/me/welcome', { headers: { 'Set-Cookie': serializeSessionCookie(outcome.token) } })
})

export default function SignUpPage() {
  const { suggestion, privacyVersion } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof SignUpSchema>>({
    id: 'signup',
    lastResult: actionData?.result,
    defaultValue: { pseudonym: suggestion },
    // Validated on the server only: a checkbox left unticked is absent from the form data, and
    // Conform's client-side pass would then never show its error.
    shouldValidate: 'onSubmit',
  })
  const consentErrors = fields.consent.errors
  return (
    <section className="narrow">
      <h1>{t('signup.title')}</h1>
      <p>{t('signup.intro')}</p>
      {actionData?.limited ? (
        <p className="form-error" role="alert">
          {t('errors.rateLimited', { minutes: actionData.limited })}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <Field meta={fields.email} label={t('signup.email')} type="email" autoComplete="email" help={t('signup.emailHelp')} required />
        <Field meta={fields.password} label={t('signup.password')} type="password" autoComplete="new-password" help={t('signup.passwordHelp')} required />
        <Field meta={fields.pseudonym} label={t('signup.pseudonym')} autoComplete="off" help={t('signup.pseudonymHelp')} required />
        <fieldset className="consent">
          <legend>{t('privacy.title')}</legend>
          <p>{t('signup.consentSummary')}</p>
          <p>
            <Link to="/privacy" target="_blank">
              {t('signup.consentLink')}
            </Link>
          </p>
          <div className="checkbox">
            <input
              type="checkbox"
              id={fields.consent.id}
              name={fields.consent.name}
              defaultChecked={fields.consent.initialValue === 'on'}
              aria-invalid={consentErrors ? true : undefined}
              aria-describedby={consentErrors ? fields.consent.errorId : undefined}
            />
            <label htmlFor={fields.consent.id}>{t('signup.consent', { version: privacyVersion })}</label>
          </div>
          <FieldErrors id={fields.consent.errorId} errors={consentErrors} t={t} />
        </fieldset>
        <button type="submit" className="button">
          {t('signup.submit')}
        </button>
      </Form>
      <p>
        {t('signup.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </section>
  )
}
