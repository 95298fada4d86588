import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canManageOwnAccount } from '~/policies'
import { listNotifications, markRead } from '~/services/notifications.server'
import { isId } from '~/lib/ids'
import { formAction } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

function notificationHref(n: { kind: string; thread_id: string | null; post_id: string | null; detail: string | null }): string {
  if (n.kind === 'case_crisis') return '/cases'
  if ((n.kind === 'case_update' || n.kind === 'session_reminder' || n.kind === 'session_cancelled') && n.detail && /^\d+$/.test(n.detail))
    return `/cases/${n.detail}${n.kind === 'case_update' ? '' : '#sessions'}`
  if (n.kind.startsWith('expert_')) return '/me/expert'
  if (n.kind === 'identity_revealed') return '/me'
  if (n.kind === 'employee_verified') return '/me/verify'
  if (n.kind === 'crisis_support' && n.post_id) return `/support?post=${n.post_id}`
  if (n.kind === 'crisis_alert' && n.post_id) return `/mod/p/${n.post_id}`
  return n.thread_id ? `/t/${n.thread_id}${n.post_id ? `#p${n.post_id}` : ''}` : '/'
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [rows, t, locale] = await Promise.all([listNotifications(db(), actor.id), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return {
    pageTitle: t('notifications.title'),
    locale,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      actor: n.actor_label ?? '',
      title: n.thread_title ?? '',
      count: n.count,
      // Only the reveal notice carries free text: the reason the admins recorded.
      reason: n.kind === 'identity_revealed' ? (n.detail ?? '') : '',
      href: notificationHref(n),
      createdAt: n.created_at.toISOString(),
      unread: !n.read_at,
    })),
  }
}

/** Mark one (and open it) or all as read; only ever the actor's own notifications. */
export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  const id = String(formData.get('id') ?? '')
  if (formData.get('intent') === 'all') {
    await markRead(db(), actor.id, 'all')
    return redirect('/me/notifications')
  }
  allowOr404(isId(id))
  await markRead(db(), actor.id, id)
  const to = String(formData.get('to') ?? '')
  return redirect(/^\/t\/\d+(#p\d+)?$|^\/cases(\/\d+(#sessions)?)?$|^\/me\/expert$|^\/me$|^\/me\/verify$|^\/support\?post=\d+$|^\/mod\/p\/\d+$/.test(to) ? to : '/me/notifications')
})

export default function NotificationsPage() {
  const { notifications, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('notifications.title')}</h1>
      {notifications.some((n) => n.unread) ? (
        <Form method="post">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="all" />
          <button type="submit" className="button button-secondary">
            {t('notifications.markAllRead')}
          </button>
        </Form>
      ) : null}
      {notifications.length === 0 ? <p>{t('notifications.none')}</p> : null}
      <ul className="notification-list">
        {notifications.map((n) => (
          <li key={n.id} className={n.unread ? 'notification unread' : 'notification'}>
            <p>
              {n.unread ? <span className="badge">{t('notifications.newBadge')}</span> : null}{' '}
              {t(`notifications.${n.kind}`, { actor: n.actor, title: n.title, count: n.count, reason: n.reason })}
            </p>
            <p className="muted">{formatDateTime(n.createdAt, locale)}</p>
            {n.unread ? (
              <Form method="post" className="inline-form">
                <AuthenticityTokenInput />
                <input type="hidden" name="id" value={n.id} />
                <input type="hidden" name="to" value={n.href} />
                <button type="submit" className="link-button">
                  {t('notifications.open')}
                </button>
              </Form>
            ) : (
              <Link to={n.href}>{t('notifications.open')}</Link>
            )}
            {n.unread ? (
              <Form method="post" className="inline-form">
                <AuthenticityTokenInput />
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="link-button">
                  {t('notifications.markRead')}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
