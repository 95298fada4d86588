import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { countCases } from '~/models/cases.server'
import { canViewCaseCounts } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const SUPPRESS_BELOW = 5
const STATUSES = ['new', 'assigned', 'active', 'referred', 'closed', 'declined'] as const
const TYPES = ['wellbeing', 'performance', 'career', 'staffing'] as const
const SOURCES = ['escalation', 'request', 'referral'] as const

/** Cells under 5 are shown as "<5", so a small count cannot point at a person. */
const shown = (n: number) => (n === 0 ? '0' : n < SUPPRESS_BELOW ? `<${SUPPRESS_BELOW}` : String(n))

/** Admins see counts of cases, never a case. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewCaseCounts(actor))
  const [t, rows] = await Promise.all([i18nServer.getFixedT(request), countCases(db())])
  const sum = (match: (r: (typeof rows)[number]) => boolean) => rows.filter(match).reduce((n, r) => n + Number(r.n), 0)
  return {
    pageTitle: t('cases.countsTitle'),
    byStatusType: STATUSES.map((status) => ({ status, cells: TYPES.map((type) => shown(sum((r) => r.status === status && r.type === type))) })),
    bySource: SOURCES.map((source) => ({ source, count: shown(sum((r) => r.source === source)) })),
  }
}

export default function CaseCountsPage() {
  const { byStatusType, bySource } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('cases.countsTitle')}</h1>
      <p className="lead">{t('cases.countsIntro')}</p>
      <table className="table">
        <caption className="table-caption">{t('cases.countsByStatus')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.statusLabel')}</th>
            {TYPES.map((type) => (
              <th scope="col" key={type}>
                {t(`cases.type_${type}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byStatusType.map((row) => (
            <tr key={row.status}>
              <th scope="row">{t(`cases.status_${row.status}`)}</th>
              {row.cells.map((cell, i) => (
                <td key={TYPES[i]} data-label={t(`cases.type_${TYPES[i]}`)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption className="table-caption">{t('cases.countsBySource')}</caption>
        <tbody>
          {bySource.map((row) => (
            <tr key={row.source}>
              <th scope="row">{t(`cases.source_${row.source}`)}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
