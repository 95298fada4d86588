import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findOwnAccount, listConsents } from '~/models/users.server'
import { canManageOwnAccount } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [account, consents, t] = await Promise.all([
    findOwnAccount(db(), actor.id),
    listConsents(db(), actor.id),
    i18nServer.getFixedT(request),
  ])
  allowOr404(!!account)
  return {
    title: t('account.title'),
    locale: await i18nServer.getLocale(request),
    account: { email: account.email, pseudonym: account.pseudonym, createdAt: account.created_at.toISOString() },
    roles: actor.roles,
    consents: consents.map((c) => ({ version: c.version, acceptedAt: c.accepted_at.toISOString() })),
  }
}

export default function AccountPage() {
  const { account, roles, consents, locale } = useLoaderData<typeof loader>()
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
              <li key={c.acceptedAt + c.version}>
                {t('account.consentRecord', { version: c.version, date: formatDate(c.acceptedAt, locale) })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
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
          <Link to={`/u/${encodeURIComponent(account.pseudonym)}`}>{t('profile.title', { pseudonym: account.pseudonym })}</Link>
        </li>
        <li>
          <Link to="/me/profile">{t('profileEdit.title')}</Link>
        </li>
        <li>
          <Link to="/me/expert">{t('experts.applyLink')}</Link>
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
