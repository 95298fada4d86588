import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useEventSource } from 'remix-utils/sse/react'
import { useLiveReload } from '~/lib/use-live-reload'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listModerationQueue } from '~/models/moderation.server'
import { canViewModerationQueue } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewModerationQueue(actor))
  const t = await i18nServer.getFixedT(request)
  const now = Date.now()
  const rows = await listModerationQueue(db())
  return {
    pageTitle: t('moderation.queueTitle'),
    limit: env.crisisAlertMinutes,
    items: rows.map((r) => ({
      postId: r.post_id,
      threadId: r.thread_id,
      title: r.title,
      crisis: r.crisis,
      crisisDirect: r.crisis_direct,
      weight: Number(r.weight),
      count: Number(r.flag_count),
      reasons: r.reasons,
      waitingMinutes: Math.floor((now - new Date(r.oldest).getTime()) / 60_000),
    })),
  }
}

/** New flags arrive without a reload: the stream says "the queue changed", the page re-reads it. */
function LiveQueue() {
  const { t } = useTranslation()
  const pulse = useLiveReload('/events/mod', 'queue')
  const ready = useEventSource('/events/mod', { event: 'ready' })
  return (
    <p className="visually-hidden" role="status" data-live={ready ? 'ready' : 'connecting'}>
      {pulse ? t('moderation.liveNew') : ''}
    </p>
  )
}

export default function ModerationQueuePage() {
  const { items, limit } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('moderation.queueTitle')}</h1>
      <p className="muted">{t('moderation.queueIntro')}</p>
      <p>
        <Link to="/mod/history">{t('moderation.historyTitle')}</Link>
      </p>
      <LiveQueue />
      {items.length === 0 ? <p>{t('moderation.queueEmpty')}</p> : null}
      <ol className="thread-list queue">
        {items.map((item) => (
          <li key={item.postId} className={`thread-item${item.crisis ? ' queue-crisis' : ''}`}>
            <h2 className="thread-title">
              {item.crisis ? <span className="badge badge-crisis">{item.crisisDirect ? t('moderation.crisis') : t('moderation.crisisIndirect')}</span> : null}{' '}
              <Link to={`/mod/p/${item.postId}`}>{item.title}</Link>
            </h2>
            <p className="thread-meta">
              <span>{item.reasons.map((r) => t(`moderation.reason_${r}`)).join(', ')}</span>
              <span>{t('moderation.flags', { count: item.count })}</span>
              <span>{t('moderation.weight', { weight: item.weight })}</span>
              <span className={item.crisis && item.waitingMinutes >= limit ? 'overdue' : undefined}>
                {t('moderation.waiting', { minutes: item.waitingMinutes })}
                {item.crisis && item.waitingMinutes >= limit ? ` · ${t('moderation.overdue', { limit })}` : ''}
              </span>
              <Link to={`/mod/p/${item.postId}#escalate-case`} aria-label={`${t('cases.escalateLink')}: ${item.title}`}>
                {t('cases.escalateLink')}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
