import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useLiveReload } from '~/lib/use-live-reload'
import type { Role } from '#db/schema'
import { NAV_ITEMS, STAFF_ITEMS, visibleEntries, type NavEntry } from './nav-items'

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

function NavItem({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation()
  return (
    <li>
      <NavLink to={entry.to} end={entry.end}>
        {t(entry.label)}
      </NavLink>
    </li>
  )
}

/** A search box on every page but the search page, whose own form (with its filters) is the one box there. */
function HeaderSearch() {
  const { t } = useTranslation()
  return (
    <form method="get" action="/search" role="search" className="header-search" aria-label={t('header.searchLabel')}>
      <label htmlFor="header-q" className="visually-hidden">
        {t('header.searchLabel')}
      </label>
      <input id="header-q" type="search" name="q" placeholder={t('header.searchPlaceholder')} maxLength={200} />
      <button type="submit" className="header-search-button">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="visually-hidden">{t('nav.search')}</span>
      </button>
    </form>
  )
}

/**
 * Closing behaviour the <details> menus get once JavaScript runs: Escape closes the open menu and
 * puts focus back on its toggle, a click or focus outside closes it, and so does moving to
 * another page. Without JavaScript they still open and close by their summary.
 */
function useMenuClosing(header: React.RefObject<HTMLElement | null>) {
  const location = useLocation()
  useEffect(() => {
    header.current?.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'))
  }, [location.pathname, location.search, header])
  useEffect(() => {
    const openMenus = () => [...(header.current?.querySelectorAll<HTMLDetailsElement>('details[open]') ?? [])]
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      // The innermost open menu closes first (the staff group inside the phone menu).
      const open = openMenus().reverse()[0]
      if (!open) return
      const hadFocus = open.contains(document.activeElement)
      open.open = false
      if (hadFocus || document.activeElement === document.body) open.querySelector<HTMLElement>('summary')?.focus()
    }
    const onOutside = (e: Event) => {
      for (const d of openMenus()) if (!d.contains(e.target as Node)) d.open = false
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onOutside)
    document.addEventListener('focusin', onOutside)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onOutside)
      document.removeEventListener('focusin', onOutside)
    }
  }, [header])
}

export function SiteHeader({ user, locale }: { user: HeaderUser | null; locale: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const header = useRef<HTMLElement>(null)
  useMenuClosing(header)
  const here = location.pathname + location.search
  const otherLocale = locale === 'id' ? 'en' : 'id'
  const roles = user ? user.roles : null
  const items = visibleEntries(NAV_ITEMS, roles)
  const staff = visibleEntries(STAFF_ITEMS, roles)
  const inStaffArea = staff.some((e) => location.pathname === e.to || location.pathname.startsWith(`${e.to}/`))
  return (
    <header className="site-header" ref={header}>
      <div className="site-header-inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        {location.pathname === '/search' ? null : <HeaderSearch />}
        {/* One menu for every width: a disclosure on a phone; laid out in one row on a wide screen (CSS). */}
        <details className="site-menu">
          <summary className="site-menu-toggle">
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
              <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
            <span>{t('header.menu')}</span>
          </summary>
          <div className="site-menu-panel">
            <nav aria-label={t('app.mainNav')} className="main-nav">
              <ul className="nav-list">
                {items.map((entry) => (
                  <NavItem key={entry.to} entry={entry} />
                ))}
                {staff.length > 0 ? (
                  <li className="nav-staff">
                    <details className="staff-menu">
                      <summary className={inStaffArea ? 'staff-toggle current' : 'staff-toggle'}>{t('header.staffAreas')}</summary>
                      <ul className="staff-list">
                        {staff.map((entry) => (
                          <NavItem key={entry.to} entry={entry} />
                        ))}
                      </ul>
                    </details>
                  </li>
                ) : null}
              </ul>
            </nav>
            <div className="header-tools">
              {user ? (
                <Link to="/new" className="button button-small">
                  {t('forum.ask')}
                </Link>
              ) : null}
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
                    <span className="visually-hidden">{` (${t('nav.account')})`}</span>
                    {/* Shown in the phone menu; on a wide screen only to screen readers, to keep one line. */}
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
        </details>
        {user ? <LiveBell unread={user.unread} /> : null}
      </div>
    </header>
  )
}
