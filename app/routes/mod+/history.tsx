import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listAudit } from '~/models/moderation.server'
import { canModerate } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** A moderator's own actions, newest first (each post's history is on its review page). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canModerate(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const rows = await listAudit(db(), { actorId: actor.id, action: 'moderation.' })
  return {
    pageTitle: t('moderation.historyTitle'),
    locale,
    rows: rows.map((r) => ({ id: r.id, action: r.action.replace('moderation.', ''), target: r.target_type === 'post' ? r.target_id : null, reason: r.reason, createdAt: r.created_at.toISOString() })),
  }
}

export default function ModerationHistoryPage() {
  const { rows, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('moderation.historyTitle')}</h1>
      {rows.length === 0 ? <p>{t('moderation.auditEmpty')}</p> : null}
      <ul className="plain">
        {rows.map((r) => (
          <li key={r.id}>
            {`${formatDateTime(r.createdAt, locale)} · ${t(`moderation.action_${r.action}`)} · ${r.reason ?? ''} `}
            {r.target ? <Link to={`/mod/p/${r.target}`}>{t('moderation.review')}</Link> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
