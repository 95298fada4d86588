import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { Role } from '#db/schema'

export interface HeaderUser {
  pseudonym: string
  roles: Role[]
}

export function SiteHeader({ user, locale }: { user: HeaderUser | null; locale: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const here = location.pathname + location.search
  const otherLocale = locale === 'id' ? 'en' : 'id'
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')} className="main-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </nav>
        <div className="header-tools">
          <Form method="post" action="/language" className="inline-form">
            <AuthenticityTokenInput />
            <input type="hidden" name="lng" value={otherLocale} />
            <input type="hidden" name="redirectTo" value={here} />
            <button type="submit" className="link-button" lang={otherLocale} aria-label={t('language.switchToLabel')}>
              {t('language.switchTo')}
            </button>
          </Form>
          {user ? (
            <>
              <Link to="/me" className="user-chip">
                <span className="pseudonym">{user.pseudonym}</span>
                {user.roles.length > 0 ? (
                  <span className="role-list">
                    <span className="visually-hidden">{t('roles.label')}: </span>
                    {user.roles.map((role) => (
                      <span key={role} className={`role-badge role-${role}`}>
                        {t(`roles.${role}`)}
                      </span>
                    ))}
                  </span>
                ) : null}
              </Link>
              <Form method="post" action="/logout" className="inline-form">
                <AuthenticityTokenInput />
                <button type="submit" className="link-button">
                  {t('nav.logout')}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t('nav.login')}</Link>
              <Link to="/signup" className="button button-small">
                {t('nav.signup')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}
