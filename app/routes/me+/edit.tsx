import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { Field, FormError, SelectField, translateError } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer, languageCookie } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { TIME_ZONES } from '~/lib/time-zones.server'
import { findEditableAccount } from '~/models/users.server'
import { canExerciseDataRights } from '~/policies'
import { EmailChangeSchema, EmailCodeSchema, PreferencesSchema, PseudonymChangeSchema } from '~/schemas/accounts'
import { cancelEmailChange, changePseudonym, confirmEmailChange, requestEmailChange, setPreferences } from '~/services/data-rights/correct.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const [account, t, locale] = await Promise.all([findEditableAccount(db(), actor.id), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  allowOr404(!!account)
  const code = new URL(request.url).searchParams.get('code')
  return {
    title: t('rights.editTitle'),
    locale,
    reserveDays: env.pseudonymReserveDays,
    timeZones: [...TIME_ZONES],
    account: {
      pseudonym: account.pseudonym,
      email: account.email,
      locale: account.locale,
      timeZone: account.time_zone,
      pending: account.pending_email ? { email: account.pending_email, expiresAt: account.pending_expires_at!.toISOString() } : null,
    },
    // The link in the email fills the code in; it still takes a press of the button (a POST).
    codeFromLink: code && /^\d{8}$/.test(code) ? code : null,
  }
}

type Intent = 'pseudonym' | 'email' | 'confirmEmail' | 'preferences'

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const intent = String(form.get('intent') ?? '')
  const fail = (which: Intent, result: SubmissionResult<string[]>, status = 400) => data({ intent: which, result, stateError: null as string | null }, { status })

  if (intent === 'pseudonym') {
    const submission = parseWithZod(form, { schema: PseudonymChangeSchema })
    if (submission.status !== 'success') return fail('pseudonym', submission.reply())
    const outcome = await changePseudonym(db(), { actor, pseudonym: submission.value.pseudonym })
    if (!outcome.ok) return answerRefusal(outcome, { reply: submission.reply, base: { intent: 'pseudonym' as Intent }, fields: { pseudonymTaken: 'pseudonym', pseudonymSame: 'pseudonym' } })
    return redirectWithFlash('/me/edit', 'rights.pseudonymChanged')
  }
  if (intent === 'email') {
    const submission = parseWithZod(form, { schema: EmailChangeSchema })
    const hideFields = ['password']
    if (submission.status !== 'success') return fail('email', submission.reply({ hideFields }))
    const outcome = await requestEmailChange(db(), { actor, ...submission.value })
    if (!outcome.ok) {
      return answerRefusal(outcome, {
        reply: (o) => submission.reply({ hideFields, ...o }),
        base: { intent: 'email' as Intent },
        fields: { passwordWrong: 'password', emailTaken: 'email', emailSame: 'email' },
      })
    }
    return redirectWithFlash('/me/edit#email', 'rights.emailRequested')
  }
  if (intent === 'confirmEmail') {
    const submission = parseWithZod(form, { schema: EmailCodeSchema })
    if (submission.status !== 'success') return fail('confirmEmail', submission.reply())
    const outcome = await confirmEmailChange(db(), { actor, code: submission.value.code })
    if (!outcome.ok) {
      return answerRefusal(outcome, { reply: submission.reply, base: { intent: 'confirmEmail' as Intent }, fields: { codeWrong: 'code', codeExpired: 'code', emailTaken: 'code' } })
    }
    return redirectWithFlash('/me/edit', 'rights.emailChanged')
  }
  if (intent === 'cancelEmail') {
    await cancelEmailChange(db(), { actor })
    return redirectWithFlash('/me/edit', 'rights.emailCancelled')
  }
  if (intent === 'preferences') {
    const submission = parseWithZod(form, { schema: PreferencesSchema })
    if (submission.status !== 'success') return fail('preferences', submission.reply())
    const outcome = await setPreferences(db(), { actor, ...submission.value })
    if (!outcome.ok) return answerRefusal(outcome, { reply: submission.reply, base: { intent: 'preferences' as Intent }, fields: { choiceInvalid: 'timeZone' } })
    return redirectWithFlash('/me/edit', 'rights.preferencesSaved', { 'Set-Cookie': await languageCookie.serialize(submission.value.locale) })
  }
  allowOr404(false)
})

export default function EditAccountPage() {
  const { account, reserveDays, timeZones, codeFromLink, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const resultFor = (intent: Intent) => (actionData && actionData.intent === intent ? actionData.result : undefined)
  const [pseudonymForm, pseudonymFields] = useForm<z.input<typeof PseudonymChangeSchema>>({ id: 'pseudonym', lastResult: resultFor('pseudonym'), shouldValidate: 'onSubmit' })
  const [emailForm, emailFields] = useForm<z.input<typeof EmailChangeSchema>>({ id: 'email-change', lastResult: resultFor('email'), shouldValidate: 'onSubmit' })
  const [codeForm, codeFields] = useForm<z.input<typeof EmailCodeSchema>>({ id: 'email-code', lastResult: resultFor('confirmEmail'), shouldValidate: 'onSubmit', defaultValue: { code: codeFromLink ?? '' } })
  const [prefForm, prefFields] = useForm<z.input<typeof PreferencesSchema>>({
    id: 'preferences',
    lastResult: resultFor('preferences'),
    shouldValidate: 'onSubmit',
    defaultValue: { locale: account.locale, timeZone: account.timeZone },
  })
  const formError = (f: { id: string; errors?: string[] }) => <FormError id={`${f.id}-error`} message={f.errors?.[0] ? translateError(f.errors[0], t) : null} />
  return (
    <section className="narrow">
      <h1>{t('rights.editTitle')}</h1>

      <section aria-labelledby="pseudonym-heading" className="stack">
        <h2 id="pseudonym-heading">{t('rights.pseudonymSection')}</h2>
        <p>{t('rights.pseudonymCurrent', { pseudonym: account.pseudonym })}</p>
        <Form method="post" {...getFormProps(pseudonymForm)} className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="pseudonym" />
          {formError(pseudonymForm)}
          <Field meta={pseudonymFields.pseudonym} label={t('rights.pseudonymNew')} autoComplete="off" help={t('rights.pseudonymHelp', { days: reserveDays })} required />
          <button type="submit" className="button">
            {t('rights.pseudonymSubmit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="email" className="stack">
        <h2 id="email">{t('rights.emailSection')}</h2>
        <p>{t('rights.emailCurrent', { email: account.email })}</p>
        {account.pending ? (
          <>
            <p className="notice">{t('rights.emailPending', { email: account.pending.email, date: formatDateTime(account.pending.expiresAt, locale) })}</p>
            <Form method="post" {...getFormProps(codeForm)} className="stack">
              <AuthenticityTokenInput />
              <input type="hidden" name="intent" value="confirmEmail" />
              {formError(codeForm)}
              <Field meta={codeFields.code} label={t('rights.emailCode')} autoComplete="one-time-code" help={t('rights.emailCodeHelp')} required />
              <button type="submit" className="button">
                {t('rights.emailConfirm')}
              </button>
            </Form>
            <Form method="post">
              <AuthenticityTokenInput />
              <button type="submit" name="intent" value="cancelEmail" className="button button-secondary">
                {t('rights.emailCancel')}
              </button>
            </Form>
          </>
        ) : null}
        <Form method="post" {...getFormProps(emailForm)} className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="email" />
          {formError(emailForm)}
          <Field meta={emailFields.email} label={t('rights.emailNew')} type="email" autoComplete="email" help={t('rights.emailHelp')} required />
          <Field meta={emailFields.password} label={t('rights.emailPassword')} type="password" autoComplete="current-password" required />
          <button type="submit" className="button">
            {t('rights.emailSubmit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="preferences-heading" className="stack">
        <h2 id="preferences-heading">{t('rights.preferencesSection')}</h2>
        <Form method="post" {...getFormProps(prefForm)} className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="preferences" />
          {formError(prefForm)}
          <SelectField meta={prefFields.locale} label={t('rights.language')} options={[{ value: 'id', label: t('language.id') }, { value: 'en', label: t('language.en') }]} />
          <SelectField meta={prefFields.timeZone} label={t('rights.timeZone')} options={timeZones.map((z) => ({ value: z, label: t(`rights.tz_${z.replace('/', '_')}`) }))} />
          <button type="submit" className="button">
            {t('rights.preferencesSubmit')}
          </button>
        </Form>
      </section>
    </section>
  )
}
