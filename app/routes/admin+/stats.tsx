import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { StatsChart } from '~/components/charts/stats-chart'
import { StatTable } from '~/components/stats/stat-table'
import { Field } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { formatDay, type Translate } from '~/lib/stats-format'
import { PRESETS, presetRange, todayIn, type DayRange } from '~/lib/stats-range'
import { canViewAdminArea } from '~/policies'
import { statsRangeSchema } from '~/schemas/stats'
import statsStyles from '~/styles/stats.css?url'
import { buildStatsCharts, buildStatsReport, type StatTableId } from '~/services/stats.server'

export const headers = privateNoStore

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: statsStyles }]

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** Aggregate analytics for admins over a date range; a bad range answers 400 with the error at its field. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const today = todayIn()
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: statsRangeSchema(today) })
  const presets = PRESETS.map((key) => ({ key, ...presetRange(key, today) }))
  const base = { pageTitle: t('stats.title'), locale, presets }
  if (submission.status !== 'success') {
    return data({ ...base, result: submission.reply(), range: null, report: null, charts: null }, { status: 400 })
  }
  const i18n = { t: t as unknown as Translate, locale }
  const report = await buildStatsReport(db(), submission.value, i18n)
  return { ...base, result: undefined, range: submission.value, report, charts: buildStatsCharts(report, i18n) }
}

const csvHref = (table: StatTableId, range: DayRange) => `/admin/stats.csv?${new URLSearchParams({ table, from: range.from, to: range.to })}`

const SECTIONS: { heading: string; tables: StatTableId[] }[] = [
  { heading: 'stats.sectionForum', tables: ['activity', 'categories', 'tags', 'outcomes', 'response'] },
  { heading: 'stats.sectionModeration', tables: ['flags', 'flagTimes'] },
  { heading: 'stats.sectionCases', tables: ['casesOpened', 'casesClosed', 'casesOverTime', 'caseTimes', 'satisfaction'] },
]

export default function StatsPage() {
  const { result, range, report, charts, presets, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'stats-range',
    lastResult: result,
    defaultValue: range ?? undefined,
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="stats-page">
      <h1>{t('stats.title')}</h1>
      <p className="lead">{t('stats.intro')}</p>
      <p className="stats-privacy">{t('stats.suppressionNote')}</p>

      <Form method="get" action="/admin/stats" {...getFormProps(form)} className="search-form stats-range">
        <Field meta={fields.from} label={t('stats.from')} type="date" />
        <Field meta={fields.to} label={t('stats.to')} type="date" />
        <button type="submit" className="button">
          {t('stats.apply')}
        </button>
      </Form>
      <nav aria-label={t('stats.presets')} className="stats-presets">
        <ul className="plain">
          {presets.map((p) => {
            const current = !!range && range.from === p.from && range.to === p.to
            return (
              <li key={p.key}>
                <Link to={`/admin/stats?${new URLSearchParams({ from: p.from, to: p.to })}`} aria-current={current ? 'true' : undefined}>
                  {t(`stats.preset_${p.key}`)}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>

      {report && range && charts ? (
        <>
          <p role="status" className="stats-range-summary">
            {t('stats.rangeSummary', { from: formatDay(range.from, locale), to: formatDay(range.to, locale), bucket: t(`stats.per_${report.granularity}`) })}
          </p>
          {SECTIONS.map((section, index) => (
            <section key={section.heading} className="stats-section" aria-labelledby={`stats-section-${index}`}>
              <h2 id={`stats-section-${index}`}>{t(section.heading)}</h2>
              {section.tables.map((id) => {
                const table = report.tables[id]
                const chart = charts[id]
                return (
                  <section key={id} className="stats-figure" aria-labelledby={`stats-${id}-h`}>
                    <h3 id={`stats-${id}-h`}>{table.title}</h3>
                    <div className={chart ? 'stats-pair' : undefined}>
                      {chart ? <StatsChart id={`chart-${id}`} model={chart} /> : null}
                      <StatTable table={table} csvHref={csvHref(id, range)} locale={locale} />
                    </div>
                  </section>
                )
              })}
            </section>
          ))}
        </>
      ) : (
        <p className="muted">{t('stats.fixRange')}</p>
      )}
    </section>
  )
}
