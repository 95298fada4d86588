import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useLiveReload } from '~/lib/use-live-reload'
import type { Role } from '#db/schema'

export interface HeaderUser {
  pseudonym: string
  roles: Role[]
  unread: number
}

/** Re-reads the unread count whenever this member's stream says a notification arrived. */
function LiveBell({ unread }: { unread: number }) {
  const { t } = useTranslation()
  useLiveReload('/events/me', 'notification')
  return (
    <Link to="/me/notifications" className="bell">
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="visually-hidden">{t('notifications.bell')}</span>
      {unread > 0 ? (
        <span className="bell-count">
          {unread}
          <span className="visually-hidden"> {t('notifications.unread', { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  )
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
          <NavLink to="/search">{t('nav.search')}</NavLink>
          <NavLink to="/pustaka">{t('kb.nav')}</NavLink>
          <NavLink to="/experts">{t('nav.experts')}</NavLink>
          {user ? <NavLink to="/cases">{t('nav.cases')}</NavLink> : null}
          {user?.roles.includes('intake') || user?.roles.includes('admin') ? <NavLink to="/cases/intake">{t('nav.intake')}</NavLink> : null}
          {user?.roles.includes('moderator') || user?.roles.includes('admin') ? <NavLink to="/mod">{t('nav.moderation')}</NavLink> : null}
          {user?.roles.includes('hr') ? <NavLink to="/hr/verify">{t('verify.hrNav')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/experts">{t('experts.reviewTitle')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/audit">{t('nav.audit')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/settings">{t('nav.settings')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/cases">{t('nav.caseCounts')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/stats">{t('nav.stats')}</NavLink> : null}
          {user?.roles.includes('admin') ? <NavLink to="/admin/reveals">{t('nav.reveals')}</NavLink> : null}
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
              <Link to="/new" className="button button-small">
                {t('forum.ask')}
              </Link>
              <LiveBell unread={user.unread} />
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
