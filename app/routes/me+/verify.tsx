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
import { redirectWithFlash } from '~/lib/flash.server'
import { privateNoStore } from '~/lib/headers'
import { formatDate, formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findEmployeeVerification, findPendingEmailCode } from '~/models/employee-verification.server'
import { canManageOwnAccount, canVerifyAsEmployee, isVerifiedEmployee } from '~/policies'
import { MemberVerifySchema } from '~/schemas/verification'
import { confirmEmailCode, removeVerification, requestEmailCode, requestHrCode, setShowInstitution, verificationSettings } from '~/services/employee-verification.server'

/** Private to one person (a one-time code may be on it): never stored by a cache. */
export const headers = privateNoStore

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [verification, pending, settings] = await Promise.all([findEmployeeVerification(db(), actor.id), findPendingEmailCode(db(), actor.id), verificationSettings(db())])
  return {
    pageTitle: t('verify.title'),
    locale,
    verification: verification
      ? {
          active: isVerifiedEmployee(verification.expires_at),
          method: verification.method,
          institution: verification.institution,
          showInstitution: verification.show_institution,
          since: verification.verified_at.toISOString(),
          until: verification.expires_at.toISOString(),
        }
      : null,
    pendingUntil: pending?.expires_at.toISOString() ?? null,
    domains: settings.rules.map((r) => r.pattern),
    canVerify: canVerifyAsEmployee(actor),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const submission = parseWithZod(form, { schema: MemberVerifySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), hrCode: null }, { status: 400 })
  const view = { reply: submission.reply, base: { hrCode: null as { code: string; expiresAt: string } | null }, fields: { addressInvalid: 'address', domainNotAllowed: 'address', codeInvalid: 'code', codeWrong: 'code', codeExpired: 'code' }, conflictInForm: true }
  const value = submission.value
  switch (value.intent) {
    case 'send': {
      const locale = await i18nServer.getLocale(request)
      const sent = await requestEmailCode(db(), actor, { address: value.address, locale })
      if (!sent.ok) return answerRefusal(sent, view)
      return redirectWithFlash(`/me/verify#${CODE_FORM_ID}`, 'verify.codeSent')
    }
    case 'confirm': {
      const confirmed = await confirmEmailCode(db(), actor, { code: value.code })
      if (!confirmed.ok) return answerRefusal(confirmed, view)
      return redirectWithFlash('/me/verify', 'verify.verified')
    }
    case 'hrCode': {
      const made = await requestHrCode(db(), actor)
      if (!made.ok) return answerRefusal(made, view)
      // Shown once, in this answer only: the database keeps its keyed hash.
      return data({ result: submission.reply({ resetForm: true }), hrCode: { code: made.value.code, expiresAt: made.value.expiresAt.toISOString() } })
    }
    case 'show': {
      const saved = await setShowInstitution(db(), actor, value.show)
      if (!saved.ok) return answerRefusal(saved, view)
      return redirectWithFlash('/me/verify', 'verify.choiceSaved')
    }
    case 'remove': {
      const removed = await removeVerification(db(), actor)
      if (!removed.ok) return answerRefusal(removed, view)
      return redirectWithFlash('/me/verify', 'verify.removed')
    }
  }
})

const CODE_FORM_ID = 'verify-code'

function FormErrors({ errors }: { errors?: string[] }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <p className="form-error" role="alert">
      {errors.map((e) => t(e.split('?')[0]!, Object.fromEntries(new URLSearchParams(e.split('?')[1] ?? '')))).join(' ')}
    </p>
  )
}

export default function VerifyPage() {
  const { verification, pendingUntil, domains, canVerify, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const intent = (actionData?.result as { initialValue?: { intent?: string } } | undefined)?.initialValue?.intent
  const resultFor = (name: string) => (intent === name ? actionData?.result : undefined)
  const [sendForm, sendFields] = useForm<{ address: string }>({ id: 'verify-send', lastResult: resultFor('send'), shouldValidate: 'onSubmit' })
  const [codeForm, codeFields] = useForm<{ code: string }>({ id: CODE_FORM_ID, lastResult: resultFor('confirm'), shouldValidate: 'onSubmit' })
  const [hrForm] = useForm({ id: 'verify-hr', lastResult: resultFor('hrCode'), shouldValidate: 'onSubmit' })
  const hrCode = actionData && 'hrCode' in actionData ? actionData.hrCode : null
  return (
    <section className="narrow-wide">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <p className="muted">{t('verify.privacy')}</p>

      <section aria-labelledby="verify-status">
        <h2 id="verify-status">{t('verify.statusHeading')}</h2>
        {verification ? (
          <>
            <p role="status">
              {verification.active
                ? t('verify.statusActive', { since: formatDate(verification.since, locale), until: formatDate(verification.until, locale) })
                : t('verify.statusLapsed', { until: formatDate(verification.until, locale) })}{' '}
              {verification.method === 'email' ? t('verify.methodEmail') : t('verify.methodHr')}
            </p>
            {verification.active ? (
              <p>
                <span className="employee-badge">{verification.showInstitution && verification.institution ? t('verify.badgeAt', { institution: verification.institution }) : t('verify.badge')}</span>
              </p>
            ) : null}
            <p>{verification.institution ? t('verify.institutionRecorded', { institution: verification.institution }) : t('verify.institutionNone')}</p>
            {verification.institution ? (
              <Form method="post" className="stack">
                <AuthenticityTokenInput />
                <input type="hidden" name="intent" value="show" />
                <div className="checkbox">
                  <input type="checkbox" id="show-institution" name="show" defaultChecked={verification.showInstitution} aria-describedby="show-institution-help" />
                  <label htmlFor="show-institution">{t('verify.showInstitution')}</label>
                </div>
                <p id="show-institution-help" className="field-help">
                  {t('verify.showInstitutionHelp')}
                </p>
                <button type="submit" className="button button-secondary">
                  {t('verify.saveChoice')}
                </button>
              </Form>
            ) : null}
            <Form method="post">
              <AuthenticityTokenInput />
              <input type="hidden" name="intent" value="remove" />
              <button type="submit" className="button button-secondary">
                {t('verify.remove')}
              </button>
            </Form>
          </>
        ) : (
          <p role="status">{t('verify.statusNone')}</p>
        )}
      </section>

      {canVerify ? (
        <>
          {verification ? <p className="muted">{t('verify.renewHeading')}</p> : null}
          <section aria-labelledby="verify-email">
            <h2 id="verify-email">{t('verify.emailHeading')}</h2>
            {domains.length === 0 ? (
              <p className="notice">{t('verify.emailNoDomains')}</p>
            ) : (
              <>
                <p>{t('verify.emailIntro', { domains: domains.join(', ') })}</p>
                <Form method="post" {...getFormProps(sendForm)} className="stack">
                  <AuthenticityTokenInput />
                  <input type="hidden" name="intent" value="send" />
                  <FormErrors errors={sendForm.errors} />
                  <Field meta={sendFields.address} label={t('verify.address')} type="email" autoComplete="off" help={t('verify.addressHelp')} required />
                  <button type="submit" className="button">
                    {t('verify.sendCode')}
                  </button>
                </Form>
                {pendingUntil || intent === 'confirm' ? (
                  <Form method="post" {...getFormProps(codeForm)} className="stack">
                    <AuthenticityTokenInput />
                    <input type="hidden" name="intent" value="confirm" />
                    <FormErrors errors={codeForm.errors} />
                    <Field
                      meta={codeFields.code}
                      label={t('verify.code')}
                      autoComplete="one-time-code"
                      help={pendingUntil ? t('verify.codeHelp', { time: formatDateTime(pendingUntil, locale) }) : undefined}
                      required
                    />
                    <button type="submit" className="button">
                      {t('verify.confirmCode')}
                    </button>
                  </Form>
                ) : null}
              </>
            )}
          </section>
          <section aria-labelledby="verify-hr">
            <h2 id="verify-hr">{t('verify.hrHeading')}</h2>
            <p>{t('verify.hrIntro')}</p>
            {hrCode ? (
              <div className="notice" role="status">
                <p>
                  <strong className="hr-code">{t('verify.hrCodeShown', { code: hrCode.code })}</strong>
                </p>
                <p>{t('verify.hrCodeOnce', { time: formatDateTime(hrCode.expiresAt, locale) })}</p>
              </div>
            ) : null}
            <Form method="post" {...getFormProps(hrForm)}>
              <AuthenticityTokenInput />
              <input type="hidden" name="intent" value="hrCode" />
              <FormErrors errors={hrForm.errors} />
              <button type="submit" className="button button-secondary">
                {t('verify.hrGetCode')}
              </button>
            </Form>
          </section>
        </>
      ) : null}
    </section>
  )
}
