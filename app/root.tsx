import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node'
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useChangeLanguage } from 'remix-i18next/react'
import { AuthenticityTokenProvider } from 'remix-utils/csrf/react'
import { getActor } from '~/auth/guards.server'
import { KeptSubmissionForm, keptSubmissionOf } from '~/components/layout/kept-submission'
import { SiteHeader } from '~/components/layout/site-header'
import { QuickExit, useQuickExitWanted } from '~/components/support/quick-exit'
import { env } from '~/lib/env.server'
import { useNonce } from '~/components/nonce'
import { commitCsrfToken } from '~/lib/csrf.server'
import { db } from '~/lib/db.server'
import { takeFlash } from '~/lib/flash.server'
import { clearAllDrafts } from '~/lib/browser-drafts'
import { i18nServer } from '~/lib/i18next.server'
import { isSuspended, visibleRoles } from '~/policies'
import { suspensionReason } from '~/models/users.server'
import { formatDateTime } from '~/lib/format'
import { countUnread } from '~/services/notifications.server'
import stylesheet from '~/styles/app.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const handle = { i18n: 'common' }

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, actor, [csrf, csrfCookie], flash] = await Promise.all([
    i18nServer.getLocale(request),
    getActor(request),
    commitCsrfToken(request),
    takeFlash(request),
  ])
  const unread = actor ? await countUnread(db(), actor.id) : 0
  const headers = new Headers()
  if (csrfCookie) headers.append('Set-Cookie', csrfCookie)
  if (flash.setCookie) headers.append('Set-Cookie', flash.setCookie)
  return data(
    {
      locale,
      csrf,
      quickExitUrl: env.quickExitUrl,
      flash: flash.message,
      user: actor ? { pseudonym: actor.pseudonym, roles: visibleRoles(actor), unread } : null,
      suspension:
        actor && isSuspended(actor) ? { until: actor.suspendedUntil!.toISOString(), reason: (await suspensionReason(db(), actor.id)) ?? '' } : null,
    },
    { headers },
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>('root')
  const { t, i18n } = useTranslation()
  // Without root data (its loader failed, e.g. the database is down) the render's own language.
  const locale = rootData?.locale ?? i18n.language ?? 'id'
  const nonce = useNonce()
  return (
    <html lang={locale} dir={i18n.dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t('app.skipToContent')}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const { locale, csrf, user, flash, suspension } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const quickExit = useQuickExitWanted()
  useChangeLanguage(locale)
  // Signed out (logged out, or the session ended): drafts kept in this browser go too.
  const signedIn = !!user
  useEffect(() => {
    if (!signedIn) clearAllDrafts()
  }, [signedIn])
  return (
    <AuthenticityTokenProvider token={csrf}>
      {/* First after the skip link, so it is one Tab away on the pages that offer it. */}
      {quickExit ? <QuickExit /> : null}
      <SiteHeader user={user} locale={locale} />
      <main id="main" className="page" tabIndex={-1}>
        {suspension ? (
          <p className="notice" role="status">
            {t('moderation.suspendedBanner', { until: formatDateTime(suspension.until, locale), reason: suspension.reason })}
          </p>
        ) : null}
        {flash ? (
          <p className="flash" role="status">
            {t(flash)}
          </p>
        ) : null}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <a href="/privacy">{t('nav.privacy')}</a> · <a href="/pustaka">{t('kb.nav')}</a>
        </p>
      </footer>
    </AuthenticityTokenProvider>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const forbidden = isRouteErrorResponse(error) && error.status === 403
  const kept = isRouteErrorResponse(error) && error.status === 503 ? keptSubmissionOf(error.data) : null
  if (kept) {
    return (
      <main id="main" className="page narrow-wide">
        <h1>{t('unavailable.title')}</h1>
        <p>{t('unavailable.body')}</p>
        <KeptSubmissionForm kept={kept} />
      </main>
    )
  }
  if (isRouteErrorResponse(error) && error.status === 503) {
    return (
      <main id="main" className="page">
        <h1>{t('httpStatus.unavailableTitle')}</h1>
        <p>{t('httpStatus.unavailable')}</p>
        <p>
          <a href="">{t('httpStatus.tryAgain')}</a>
        </p>
      </main>
    )
  }
  return (
    <main id="main" className="page">
      <h1>{notFound ? t('errors.notFoundTitle') : t('errors.generic')}</h1>
      <p>{notFound ? t('errors.notFound') : forbidden ? t('errors.forbidden') : t('errors.generic')}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </main>
  )
}
