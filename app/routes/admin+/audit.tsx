import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listAudit } from '~/models/moderation.server'
import { canViewAuditLog } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The append-only audit log for admins, newest first, filtered by action prefix or target id. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAuditLog(actor))
  const url = new URL(request.url)
  const action = (url.searchParams.get('action') ?? '').trim().slice(0, 60)
  const targetId = (url.searchParams.get('target') ?? '').trim().slice(0, 60)
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const rows = await listAudit(db(), { action: action || undefined, targetId: targetId || undefined })
  return {
    pageTitle: t('moderation.auditTitle'),
    locale,
    filters: { action, targetId },
    rows: rows.map((r) => ({ id: r.id, action: r.action, target: `${r.target_type} ${r.target_id}`, reason: r.reason, actor: r.actor, createdAt: r.created_at.toISOString() })),
  }
}

export default function AuditLogPage() {
  const { rows, filters, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('moderation.auditTitle')}</h1>
      <p className="muted">{t('moderation.auditIntro')}</p>
      <Form method="get" className="search-form">
        <div className="field">
          <label htmlFor="audit-action">{t('moderation.auditFilterAction')}</label>
          <input id="audit-action" name="action" defaultValue={filters.action} placeholder="moderation." />
        </div>
        <div className="field">
          <label htmlFor="audit-target">{t('moderation.auditFilterTarget')}</label>
          <input id="audit-target" name="target" defaultValue={filters.targetId} />
        </div>
        <button type="submit" className="button">
          {t('moderation.auditFilter')}
        </button>
      </Form>
      {rows.length === 0 ? <p>{t('moderation.auditEmpty')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('moderation.auditWhen')}</th>
            <th scope="col">{t('moderation.auditActor')}</th>
            <th scope="col">{t('moderation.auditAction')}</th>
            <th scope="col">{t('moderation.auditTarget')}</th>
            <th scope="col">{t('moderation.auditReason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td data-label={t('moderation.auditWhen')}>{formatDateTime(r.createdAt, locale)}</td>
              <td data-label={t('moderation.auditActor')}>{r.actor ?? t('moderation.system')}</td>
              <td data-label={t('moderation.auditAction')}>{r.action}</td>
              <td data-label={t('moderation.auditTarget')}>{r.target}</td>
              <td data-label={t('moderation.auditReason')}>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
