import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { emailConsentGiven, listConsentRecords } from '~/models/consents.server'
import { findOwnAccount } from '~/models/users.server'
import { canExerciseDataRights, canManageOwnAccount, isStaff } from '~/policies'
import { setEmailConsent } from '~/services/data-rights/consent.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [account, consents, emailConsent, t] = await Promise.all([
    findOwnAccount(db(), actor.id),
    listConsentRecords(db(), actor.id),
    emailConsentGiven(db(), actor.id),
    i18nServer.getFixedT(request),
  ])
  allowOr404(!!account)
  return {
    title: t('account.title'),
    locale: await i18nServer.getLocale(request),
    account: { email: account.email, pseudonym: account.pseudonym, createdAt: account.created_at.toISOString() },
    roles: actor.roles,
    staff: isStaff(actor),
    emailConsent,
    consents: consents.map((c) => ({ kind: c.kind, version: c.version, decision: c.decision, acceptedAt: c.accepted_at.toISOString() })),
  }
}

/** Consent to notification emails, withdrawn or given again from this page; effective at once. */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const intent = form.get('intent')
  allowOr404(intent === 'withdrawEmail' || intent === 'giveEmail')
  valueOr404(await setEmailConsent(db(), { actor, given: intent === 'giveEmail' }))
  return redirectWithFlash('/me', intent === 'giveEmail' ? 'account.consentGiven' : 'account.consentWithdrawn')
})

export default function AccountPage() {
  const { account, roles, consents, locale, emailConsent, staff } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow">
      <h1>{t('account.title')}</h1>
      <dl className="details">
        <dt>{t('account.pseudonym')}</dt>
        <dd>{account.pseudonym}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>{roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
        <dt>{t('account.memberSince')}</dt>
        <dd>{formatDate(account.createdAt, locale)}</dd>
        <dt>{t('account.consents')}</dt>
        <dd>
          <ul className="plain">
            {consents.map((c) => (
              <li key={c.acceptedAt + c.kind + c.decision}>
                {t('account.consentLine', {
                  kind: t(`account.consentKind_${c.kind}`, { defaultValue: c.kind }),
                  decision: t(`account.consentDecision_${c.decision}`),
                  version: c.version,
                  date: formatDate(c.acceptedAt, locale),
                })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <section aria-labelledby="email-consent">
        <h2 id="email-consent">{t('account.emailConsentTitle')}</h2>
        <p>{emailConsent ? t('account.emailConsentOn') : t('account.emailConsentOff')}</p>
        {staff ? <p className="muted">{t('account.emailConsentStaff')}</p> : null}
        <Form method="post">
          <AuthenticityTokenInput />
          <button type="submit" name="intent" value={emailConsent ? 'withdrawEmail' : 'giveEmail'} className="button button-secondary">
            {emailConsent ? t('account.withdrawEmail') : t('account.giveEmail')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="data-rights">
        <h2 id="data-rights">{t('account.dataRights')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/me/export">{t('account.exportLink')}</Link>
          </li>
          <li>
            <Link to="/me/edit">{t('account.editLink')}</Link>
          </li>
          <li>
            <Link to="/me/delete">{t('account.deleteLink')}</Link>
          </li>
        </ul>
      </section>
      <ul className="link-list">
        <li>
          <Link to="/me/sessions">{t('nav.sessions')}</Link>
        </li>
        <li>
          <Link to="/me/password">{t('nav.password')}</Link>
        </li>
        <li>
          <Link to="/me/notifications">{t('notifications.title')}</Link>
        </li>
        <li>
          <Link to="/me/watching">{t('watch.title')}</Link>
        </li>
        <li>
          <Link to={`/u/${encodeURIComponent(account.pseudonym)}`}>{t('profile.title', { pseudonym: account.pseudonym })}</Link>
        </li>
        <li>
          <Link to="/me/profile">{t('profileEdit.title')}</Link>
        </li>
        <li>
          <Link to="/me/expert">{t('experts.applyLink')}</Link>
        </li>
        <li>
          <Link to="/me/verify">{t('verify.link')}</Link>
        </li>
        <li>
          <Link to="/cases/new">{t('cases.requestLink')}</Link>
        </li>
        <li>
          <Link to="/cases">{t('cases.title')}</Link>
        </li>
      </ul>
    </section>
  )
}
