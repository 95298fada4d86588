import { parseWithZod } from '@conform-to/zod'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { translateError } from '~/components/ui/field'
import { csvFileName, toCsv } from '~/lib/csv'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import type { Translate } from '~/lib/stats-format'
import { todayIn } from '~/lib/stats-range'
import { canViewAdminArea } from '~/policies'
import { statsRangeSchema } from '~/schemas/stats'
import { buildStatsReport, isStatTable, statTableCsvRows } from '~/services/stats.server'

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' }

/**
 * One analytics table as CSV (`?table=activity&from=…&to=…`), with the page's suppression: the
 * whole report is built so that hiding is decided across every table, exactly as on the page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const translate = t as unknown as Translate
  const params = new URL(request.url).searchParams
  const table = params.get('table') ?? ''
  if (!isStatTable(table)) return new Response(`${t('errors.statsTableUnknown')}\n`, { status: 400, headers: PLAIN })
  const submission = parseWithZod(params, { schema: statsRangeSchema(todayIn()) })
  if (submission.status !== 'success') {
    const errors = submission.reply().error ?? {}
    const lines = Object.entries(errors).flatMap(([field, messages]) => (messages ?? []).map((m) => `${t(`stats.${field}`)}: ${translateError(m, translate)}`))
    return new Response(`${lines.join('\n')}\n`, { status: 400, headers: PLAIN })
  }
  const range = submission.value
  const report = await buildStatsReport(db(), range, { t: translate, locale })
  return new Response(toCsv(statTableCsvRows(report.tables[table], translate)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName('teduh', table, range.from, range.to)}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
