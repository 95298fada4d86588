import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'

/**
 * The watch control on a category or thread page: a plain form (works without JavaScript) that
 * says the current state in words next to the button, and a sign-in link for visitors.
 */
export function WatchButton({ kind, action, watching, signedIn, loginTo }: { kind: 'category' | 'thread'; action: string; watching: boolean | null; signedIn: boolean; loginTo: string }) {
  const { t } = useTranslation()
  if (!signedIn || watching === null) {
    return (
      <Link to={`/login?redirectTo=${encodeURIComponent(loginTo)}`} className="button button-secondary button-small">
        {t('watch.loginToWatch')}
      </Link>
    )
  }
  return (
    <Form method="post" action={action} className="watch-form">
      <AuthenticityTokenInput />
      <input type="hidden" name="watching" value={watching ? 'false' : 'true'} />
      {watching ? <span className="watch-state">{t(kind === 'category' ? 'watch.watchingCategory' : 'watch.watchingThread')}</span> : null}
      <button type="submit" className="button button-secondary button-small">
        {watching ? t('watch.unwatch') : t(kind === 'category' ? 'watch.watchCategory' : 'watch.watchThread')}
      </button>
    </Form>
  )
}
