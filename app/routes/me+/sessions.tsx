import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { describeDevice, formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { formAction, valueOr404 } from '~/lib/action.server'
import { listSessions } from '~/models/users.server'
import { canManageOwnAccount } from '~/policies'
import { endOtherSessions, endSession } from '~/services/accounts.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, sessionId } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [sessions, t, locale] = await Promise.all([
    listSessions(db(), actor.id),
    i18nServer.getFixedT(request),
    i18nServer.getLocale(request),
  ])
  return {
    title: t('sessions.title'),
    locale,
    sessions: sessions.map((s) => ({
      // The public half of the token only; the secret never leaves the cookie.
      id: s.id,
      current: s.id === sessionId,
      device: describeDevice(s.user_agent),
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
    })),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor, sessionId } = await requireActor(request)
  if (form.get('intent') === 'end-others') {
    await endOtherSessions(db(), actor.id, sessionId)
    return redirectWithFlash('/me/sessions', 'sessions.endedOthers')
  }
  valueOr404(await endSession(db(), { actor, currentSessionId: sessionId, sessionId: String(form.get('sessionId') ?? '') }))
  return redirectWithFlash('/me/sessions', 'sessions.ended')
})

export default function SessionsPage() {
  const { sessions, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const others = sessions.filter((s) => !s.current)
  return (
    <section>
      <h1>{t('sessions.title')}</h1>
      <p>{t('sessions.intro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('sessions.device')}</th>
            <th scope="col">{t('sessions.started')}</th>
            <th scope="col">{t('sessions.lastSeen')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('sessions.end')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td data-label={t('sessions.device')}>
                {s.device ?? t('sessions.unknownDevice')}
                {s.current ? <strong className="tag"> {t('sessions.current')}</strong> : null}
              </td>
              <td data-label={t('sessions.started')}>{formatDateTime(s.createdAt, locale)}</td>
              <td data-label={t('sessions.lastSeen')}>{formatDateTime(s.lastSeenAt, locale)}</td>
              <td>
                {s.current ? null : (
                  <Form method="post">
                    <AuthenticityTokenInput />
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button type="submit" className="button button-secondary button-small">
                      {t('sessions.end')}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length > 0 ? (
        <Form method="post">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="end-others" />
          <button type="submit" className="button button-secondary">
            {t('sessions.endOthers')}
          </button>
        </Form>
      ) : (
        <p>{t('sessions.none')}</p>
      )}
    </section>
  )
}
