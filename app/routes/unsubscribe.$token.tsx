import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { verifyUnsubscribeToken } from '~/lib/unsubscribe.server'
import { withdrawEmailConsent } from '~/services/watching/watches.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageTitle(data?.title), { name: 'robots', content: 'noindex' }]

// The link's token is the only credential: no session, and nothing about the account is shown
// (a forwarded email must not tell its reader whose it was).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = await i18nServer.getFixedT(request)
  const valid = verifyUnsubscribeToken(params.token) !== null
  return data({ title: t(valid ? 'watch.unsubscribeTitle' : 'watch.invalidTitle'), valid }, { status: valid ? 200 : 404, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * One click in the email opens the confirmation page (GET changes nothing, so a mail scanner
 * that follows links unsubscribes no one); its button, or a mail client's RFC 8058 one-click
 * POST (List-Unsubscribe=One-Click, sent without cookies or a CSRF token), switches every
 * optional email off. The HMAC-signed token is the authority, so the CSRF token is not asked
 * for; the cross-site Origin check in server.js still applies to browsers.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  await request.formData().catch(() => null)
  const userId = verifyUnsubscribeToken(params.token)
  if (!userId) return data({ done: false }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
  await withdrawEmailConsent(db(), userId)
  return data({ done: true }, { headers: { 'Cache-Control': 'no-store' } })
}

export default function UnsubscribePage() {
  const { valid } = useLoaderData<typeof loader>()
  const done = useActionData<typeof action>()
  const { t } = useTranslation()
  if (!valid || done?.done === false) {
    return (
      <section className="narrow">
        <h1>{t('watch.invalidTitle')}</h1>
        <p>{t('watch.invalidText')}</p>
        <p>
          <Link to="/me/watching#email">{t('watch.manageLink')}</Link>
        </p>
      </section>
    )
  }
  if (done?.done) {
    return (
      <section className="narrow">
        <h1>{t('watch.unsubscribedTitle')}</h1>
        <p role="status">{t('watch.unsubscribedText')}</p>
        <p>
          <Link to="/me/watching#email">{t('watch.manageLink')}</Link>
        </p>
      </section>
    )
  }
  return (
    <section className="narrow">
      <h1>{t('watch.unsubscribeTitle')}</h1>
      <p>{t('watch.unsubscribeExplain')}</p>
      <Form method="post">
        <button type="submit" className="button">
          {t('watch.unsubscribeButton')}
        </button>
      </Form>
    </section>
  )
}
