import { useTranslation } from 'react-i18next'
import { formatCell, type StatCell, type Translate } from '~/lib/stats-format'

export interface StatTableView {
  id: string
  title: string
  rowHeader: string
  columns: { key: string; label: string }[]
  rows: { key: string; label: string; total?: boolean; cells: StatCell[] }[]
  note?: string
}

/** One analytics table: captioned, row and column headers, "<5" for hidden cells, and its CSV link. */
export function StatTable({ table, csvHref, locale }: { table: StatTableView; csvHref: string; locale: string }) {
  const { t } = useTranslation()
  const captionId = `stats-${table.id}-caption`
  const translate = t as unknown as Translate
  return (
    <div className="stats-table-block">
      <div className="stats-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="stats-table" data-table={table.id}>
          <caption id={captionId} className="visually-hidden">
            {table.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{table.rowHeader}</th>
              {table.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length + 1}>{t('stats.noRows')}</td>
              </tr>
            ) : null}
            {table.rows.map((row) => (
              <tr key={row.key} className={row.total ? 'stats-total' : undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i]!.key} className={cell.hidden ? 'stats-hidden' : undefined}>
                    {formatCell(cell, locale, translate)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note ? <p className="field-help">{table.note}</p> : null}
      <p className="stats-csv">
        <a href={csvHref} download aria-label={t('stats.downloadCsvFor', { title: table.title })}>
          {t('stats.downloadCsv')}
        </a>
      </p>
    </div>
  )
}
