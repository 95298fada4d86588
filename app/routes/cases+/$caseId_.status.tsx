import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404 } from '~/auth/guards.server'
import { findCaseOr404, requireCaseViewer } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { caseAccess } from '~/models/cases.server'
import { canReadCase, canViewCaseStatus, hasRole } from '~/policies'
import { logCaseAccess } from '~/services/cases/shared.server'

// A neutral way out on pages about counseling (shared phones): see components/support/quick-exit.
export const handle = { quickExit: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)
export const headers = privateNoStore

/**
 * What the escalating moderator or referring HR official may know: that the case exists and its
 * status, nothing of its contents. Their look is written to the member's access log.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const row = await findCaseOr404(params.caseId)
  const access = caseAccess(row)
  allowOr404(canViewCaseStatus(actor, access))
  if (!canReadCase(actor, access)) {
    await logCaseAccess(db(), { caseId: row.id, actorId: actor.id, capacity: row.source === 'referral' && hasRole(actor, 'hr') ? 'hr' : 'moderator', what: 'status' })
  }
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return { pageTitle: t('cases.caseTitle', { id: row.id }), locale, id: row.id, status: row.status, createdAt: row.created_at.toISOString(), participant: canReadCase(actor, access) }
}

export default function CaseStatusPage() {
  const { id, status, createdAt, locale, participant } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow">
      <h1>{t('cases.caseTitle', { id })}</h1>
      <dl className="details">
        <dt>{t('cases.statusLabel')}</dt>
        <dd>{t(`cases.status_${status}`)}</dd>
        <dt>{t('cases.openedAt')}</dt>
        <dd>{formatDateTime(createdAt, locale)}</dd>
      </dl>
      <p className="muted">{t('cases.statusOnly')}</p>
      {participant ? <Link to={`/cases/${id}`}>{t('cases.openCase')}</Link> : null}
    </section>
  )
}
