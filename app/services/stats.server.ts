import { CASE_SOURCES, CASE_TYPES, CASE_URGENCIES, type FlagReason } from '#db/schema'
import { barChart, lineChart, type ChartModel } from '~/lib/charts.server'
import type { DB } from '~/lib/db.server'
import { formatBucket, formatCount, formatDay, SUPPRESSED_MARK, type CellKind, type StatCell, type Translate } from '~/lib/stats-format'
import { bucketKeys, granularityFor, rangeInstants, STATS_TIME_ZONE, type DayRange, type Granularity } from '~/lib/stats-range'
import { SUPPRESS_BELOW, suppressFigures, type Equation, type Figure } from '~/lib/suppression'
import { listCategories } from '~/models/categories.server'
import {
  casesClosedStats,
  casesOpenedStats,
  casesOverTime,
  flagStats,
  replyStats,
  satisfactionStats,
  threadStats,
  topTags,
  type Counted,
  type StatsWindow,
  type Timing,
} from '~/models/stats.server'

export const STAT_TABLES = [
  'activity',
  'categories',
  'tags',
  'outcomes',
  'response',
  'flags',
  'flagTimes',
  'casesOpened',
  'casesClosed',
  'casesOverTime',
  'caseTimes',
  'satisfaction',
] as const
export type StatTableId = (typeof STAT_TABLES)[number]
export const isStatTable = (id: string): id is StatTableId => (STAT_TABLES as readonly string[]).includes(id)

const FLAG_REASONS: FlagReason[] = ['crisis', 'harassment', 'personal_data', 'misinformation', 'spam', 'other', 'new_account']
const OUTCOMES = ['solved', 'answered', 'unanswered'] as const
const RATINGS = [1, 2, 3, 4, 5] as const

export interface StatColumn {
  key: string
  label: string
  kind: CellKind
}

export interface StatRow {
  key: string
  label: string
  total?: boolean
  cells: StatCell[]
}

export interface StatTable {
  id: StatTableId
  title: string
  rowHeader: string
  columns: StatColumn[]
  rows: StatRow[]
  note?: string
}

export interface StatsReport {
  range: DayRange
  granularity: Granularity
  tables: Record<StatTableId, StatTable>
}


/** Registers figures and the sums that tie them together, then hides what must be hidden. */
class FigureBook {
  private figures = new Map<string, Figure>()
  private equations: Equation[] = []
  private hidden = new Set<string>()

  add(id: string, counted: Counted | undefined): string {
    if (!this.figures.has(id)) this.figures.set(id, { id, value: counted?.n ?? 0, people: counted?.people ?? 0 })
    return id
  }

  sum(total: string, parts: string[]) {
    this.equations.push({ total, parts })
  }

  seal() {
    this.hidden = suppressFigures([...this.figures.values()], this.equations)
  }

  isHidden(id: string) {
    return this.hidden.has(id)
  }

  cell(id: string): StatCell {
    return { kind: 'count', value: this.figures.get(id)!.value, hidden: this.hidden.has(id) }
  }

  /** A share of two figures, hidden whenever either is, so it cannot undo their suppression. */
  share(part: string, whole: string): StatCell {
    const hidden = this.hidden.has(part) || this.hidden.has(whole)
    const w = this.figures.get(whole)!.value
    return { kind: 'percent', value: hidden || w === 0 ? null : this.figures.get(part)!.value / w, hidden }
  }
}

/** Medians and p90 need at least five items from at least five people, else both read "<5". */
const timingCells = (timing: Timing | undefined): StatCell[] => {
  const enough = !!timing && timing.items >= SUPPRESS_BELOW && timing.people >= SUPPRESS_BELOW
  return [
    { kind: 'seconds', value: enough ? timing.median : null, hidden: !enough },
    { kind: 'seconds', value: enough ? timing.p90 : null, hidden: !enough },
  ]
}

const NO_TIMING: Timing = { median: null, p90: null, items: 0, people: 0 }

export function statsWindow(range: DayRange): StatsWindow {
  return { ...rangeInstants(range), bucket: granularityFor(range), timeZone: STATS_TIME_ZONE }
}

/**
 * Every analytics table for the range, with small cells hidden and the hiding made safe against
 * subtraction across all tables at once (see `~/lib/suppression`). Labels are in the reader's
 * language. Reads aggregates only: no query returns a person, a post or a case.
 */
export async function buildStatsReport(db: DB, range: DayRange, i18n: { t: Translate; locale: string }): Promise<StatsReport> {
  const { t, locale } = i18n
  const w = statsWindow(range)
  const [threads, replies, tags, flags, opened, closed, overTime, satisfaction, categories] = await Promise.all([
    threadStats(db, w),
    replyStats(db, w),
    topTags(db, w, SUPPRESS_BELOW),
    flagStats(db, w),
    casesOpenedStats(db, w),
    casesClosedStats(db, w),
    casesOverTime(db, w),
    satisfactionStats(db, w),
    listCategories(db, locale),
  ])
  const book = new FigureBook()
  const buckets = bucketKeys(range, w.bucket)
  const bucketLabel = (key: string) => formatBucket(key < range.from ? range.from : key, w.bucket, locale)

  // Threads: one population (threads opened in the range) split three ways, one shared total.
  const threadRow = (dim: string, key: string | null) => threads.find((r) => r.dim === dim && r.key === key)
  const threadsAll = book.add('threads.all', threadRow('all', null))
  const threadsByBucket = buckets.map((key) => book.add(`threads.b.${key}`, threadRow('bucket', key)))
  const threadsByCategory = categories.map((c) => book.add(`threads.c.${c.id}`, threadRow('category', String(c.id))))
  const threadsByOutcome = OUTCOMES.map((o) => book.add(`threads.o.${o}`, threadRow('outcome', o)))
  book.sum(threadsAll, threadsByBucket)
  book.sum(threadsAll, threadsByCategory)
  book.sum(threadsAll, threadsByOutcome)

  const repliesAll = book.add('replies.all', replies.find((r) => r.key === null))
  const repliesByBucket = buckets.map((key) => book.add(`replies.b.${key}`, replies.find((r) => r.key === key)))
  book.sum(repliesAll, repliesByBucket)

  const tagIds = tags.map((tag) => book.add(`tags.${tag.slug}`, tag))

  // Flags: reasons × (handled, open), with the raised total per reason and overall.
  const flagRow = (reason: string | null, handled: boolean | null) => flags.find((r) => r.reason === reason && r.handled === handled)
  const flagCells = FLAG_REASONS.map((reason) => {
    const handled = book.add(`flags.${reason}.handled`, flagRow(reason, true))
    const open = book.add(`flags.${reason}.open`, flagRow(reason, false))
    const all = book.add(`flags.${reason}`, flagRow(reason, null))
    book.sum(all, [handled, open])
    return { reason, handled, open, all }
  })
  const flagsHandled = book.add('flags.all.handled', flagRow(null, true))
  const flagsOpen = book.add('flags.all.open', flagRow(null, false))
  const flagsAll = book.add('flags.all', flagRow(null, null))
  book.sum(flagsAll, [flagsHandled, flagsOpen])
  book.sum(flagsHandled, flagCells.map((f) => f.handled))
  book.sum(flagsOpen, flagCells.map((f) => f.open))
  book.sum(flagsAll, flagCells.map((f) => f.all))

  // Cases: type × source with margins, for opened and for closed; the totals are shared with the over-time table.
  const caseGrid = (prefix: string, rows: { type: string | null; source: string | null; n: number; people: number }[]) => {
    const find = (type: string | null, source: string | null) => rows.find((r) => r.type === type && r.source === source)
    const all = book.add(`${prefix}.all`, find(null, null))
    const bySource = CASE_SOURCES.map((s) => book.add(`${prefix}.s.${s}`, find(null, s)))
    const grid = CASE_TYPES.map((type) => {
      const cells = CASE_SOURCES.map((s) => book.add(`${prefix}.${type}.${s}`, find(type, s)))
      const total = book.add(`${prefix}.${type}`, find(type, null))
      book.sum(total, cells)
      return { type, cells, total }
    })
    CASE_SOURCES.forEach((_, j) => book.sum(bySource[j]!, grid.map((g) => g.cells[j]!)))
    book.sum(all, bySource)
    book.sum(all, grid.map((g) => g.total))
    return { all, bySource, grid }
  }
  const openedGrid = caseGrid('cases.o', opened.filter((r) => r.dim !== 'urgency'))
  const closedGrid = caseGrid('cases.x', closed)
  const openedByBucket = buckets.map((key) => book.add(`cases.o.b.${key}`, overTime.find((r) => r.kind === 'opened' && r.key === key)))
  const closedByBucket = buckets.map((key) => book.add(`cases.x.b.${key}`, overTime.find((r) => r.kind === 'closed' && r.key === key)))
  book.sum(openedGrid.all, openedByBucket)
  book.sum(closedGrid.all, closedByBucket)

  const ratingIds = RATINGS.map((r) => book.add(`satisfaction.${r}`, satisfaction.find((s) => s.rating === r)))
  const ratingAll = book.add('satisfaction.all', satisfaction.find((s) => s.rating === null))
  book.sum(ratingAll, ratingIds)

  book.seal()

  const count = (label: string): StatColumn => ({ key: label, label: t(`stats.col_${label}`), kind: 'count' })
  const timingColumns = (prefix = ''): StatColumn[] => [
    { key: `${prefix}median`, label: t(prefix ? `stats.col_${prefix}Median` : 'stats.col_median'), kind: 'seconds' },
    { key: `${prefix}p90`, label: t(prefix ? `stats.col_${prefix}P90` : 'stats.col_p90'), kind: 'seconds' },
  ]
  const totalRow = (cells: StatCell[]): StatRow => ({ key: 'total', label: t('stats.total'), total: true, cells })
  const bucketHeader = t(`stats.bucket_${w.bucket}`)

  const categoryRows = categories.map((c, i) => ({ key: c.slug, label: c.name, cells: [book.cell(threadsByCategory[i]!)] }))
  // Dominant categories first; hidden ones after, in their usual order, so the order says nothing about their size.
  const orderedCategories = [
    ...categoryRows.filter((r) => !r.cells[0]!.hidden).sort((a, b) => b.cells[0]!.value! - a.cells[0]!.value!),
    ...categoryRows.filter((r) => r.cells[0]!.hidden),
  ]

  const overall = threadRow('all', null)
  const openedAll = opened.find((r) => r.dim === 'all')
  const satisfactionHidden = ratingIds.some((id) => book.isHidden(id)) || book.isHidden(ratingAll)
  const mean = satisfaction.find((s) => s.rating === null)?.mean ?? null

  const tables: Record<StatTableId, StatTable> = {
    activity: {
      id: 'activity',
      title: t('stats.activityTitle'),
      rowHeader: bucketHeader,
      columns: [count('threads'), count('replies')],
      rows: [
        ...buckets.map((key, i) => ({ key, label: bucketLabel(key), cells: [book.cell(threadsByBucket[i]!), book.cell(repliesByBucket[i]!)] })),
        totalRow([book.cell(threadsAll), book.cell(repliesAll)]),
      ],
    },
    categories: {
      id: 'categories',
      title: t('stats.categoriesTitle'),
      rowHeader: t('stats.col_category'),
      columns: [count('threads')],
      rows: [...orderedCategories, totalRow([book.cell(threadsAll)])],
    },
    tags: {
      id: 'tags',
      title: t('stats.tagsTitle'),
      rowHeader: t('stats.col_tag'),
      columns: [count('threads')],
      rows: tags.map((tag, i) => ({ key: tag.slug, label: tag.slug, cells: [book.cell(tagIds[i]!)] })),
      note: t('stats.tagsNote', { count: SUPPRESS_BELOW }),
    },
    outcomes: {
      id: 'outcomes',
      title: t('stats.outcomesTitle'),
      rowHeader: t('stats.col_outcome'),
      columns: [count('threads'), { key: 'share', label: t('stats.col_share'), kind: 'percent' }],
      rows: [
        ...OUTCOMES.map((o, i) => ({ key: o, label: t(`stats.outcome_${o}`), cells: [book.cell(threadsByOutcome[i]!), book.share(threadsByOutcome[i]!, threadsAll)] })),
        totalRow([book.cell(threadsAll), book.share(threadsAll, threadsAll)]),
      ],
    },
    response: {
      id: 'response',
      title: t('stats.responseTitle'),
      rowHeader: t('stats.col_measure'),
      columns: timingColumns(),
      rows: [
        { key: 'firstReply', label: t('stats.firstReply'), cells: timingCells(overall?.firstReply) },
        { key: 'firstExpert', label: t('stats.firstExpert'), cells: timingCells(overall?.firstExpert) },
      ],
      note: t('stats.responseNote'),
    },
    flags: {
      id: 'flags',
      title: t('stats.flagsTitle'),
      rowHeader: t('stats.col_reason'),
      columns: [count('handled'), count('open'), count('raised')],
      rows: [
        ...flagCells.map((f) => ({ key: f.reason, label: t(`moderation.reason_${f.reason}`), cells: [book.cell(f.handled), book.cell(f.open), book.cell(f.all)] })),
        totalRow([book.cell(flagsHandled), book.cell(flagsOpen), book.cell(flagsAll)]),
      ],
      note: t('stats.flagsNote'),
    },
    flagTimes: {
      id: 'flagTimes',
      title: t('stats.flagTimesTitle'),
      rowHeader: t('stats.col_reason'),
      columns: timingColumns(),
      rows: [
        { key: 'all', label: t('stats.allReasons'), cells: timingCells(flags.find((r) => r.reason === null && r.handled === null)?.handling ?? NO_TIMING) },
        ...FLAG_REASONS.map((reason) => ({
          key: reason,
          label: t(`moderation.reason_${reason}`),
          cells: timingCells(flags.find((r) => r.reason === reason && r.handled === null)?.handling ?? NO_TIMING),
        })),
      ],
    },
    casesOpened: caseTable('casesOpened', t('stats.casesOpenedTitle'), openedGrid, book, t),
    casesClosed: caseTable('casesClosed', t('stats.casesClosedTitle'), closedGrid, book, t),
    casesOverTime: {
      id: 'casesOverTime',
      title: t('stats.casesOverTimeTitle'),
      rowHeader: bucketHeader,
      columns: [count('opened'), count('closed')],
      rows: [
        ...buckets.map((key, i) => ({ key, label: bucketLabel(key), cells: [book.cell(openedByBucket[i]!), book.cell(closedByBucket[i]!)] })),
        totalRow([book.cell(openedGrid.all), book.cell(closedGrid.all)]),
      ],
    },
    caseTimes: {
      id: 'caseTimes',
      title: t('stats.caseTimesTitle'),
      rowHeader: t('stats.col_urgency'),
      columns: [...timingColumns('assignment'), ...timingColumns('response')],
      rows: [
        { key: 'all', label: t('stats.allUrgencies'), cells: [...timingCells(openedAll?.assignment), ...timingCells(openedAll?.firstResponse)] },
        ...CASE_URGENCIES.map((u) => {
          const row = opened.find((r) => r.dim === 'urgency' && r.urgency === u)
          return { key: u, label: t(`cases.urgency_${u}`), cells: [...timingCells(row?.assignment), ...timingCells(row?.firstResponse)] }
        }),
      ],
      note: t('stats.caseTimesNote'),
    },
    satisfaction: {
      id: 'satisfaction',
      title: t('stats.satisfactionTitle'),
      rowHeader: t('stats.col_rating'),
      columns: [count('answers')],
      rows: [
        ...RATINGS.map((r, i) => ({ key: String(r), label: t('stats.ratingLabel', { rating: r }), cells: [book.cell(ratingIds[i]!)] })),
        totalRow([book.cell(ratingAll)]),
        // The mean with a hidden rating group would let that group be solved for, so it hides with it.
        { key: 'mean', label: t('stats.meanRating'), cells: [{ kind: 'rating', value: satisfactionHidden ? null : mean, hidden: satisfactionHidden }] },
      ],
      note: t('stats.satisfactionNote'),
    },
  }
  return { range, granularity: w.bucket, tables }
}

function caseTable(id: StatTableId, title: string, g: { all: string; bySource: string[]; grid: { type: string; cells: string[]; total: string }[] }, book: FigureBook, t: Translate): StatTable {
  return {
    id,
    title,
    rowHeader: t('stats.col_caseType'),
    columns: [...CASE_SOURCES.map((s) => ({ key: s, label: t(`cases.source_${s}`), kind: 'count' as const })), { key: 'total', label: t('stats.total'), kind: 'count' }],
    rows: [
      ...g.grid.map((row) => ({ key: row.type, label: t(`cases.type_${row.type}`), cells: [...row.cells.map((c) => book.cell(c)), book.cell(row.total)] })),
      { key: 'total', label: t('stats.total'), total: true, cells: [...g.bySource.map((c) => book.cell(c)), book.cell(g.all)] },
    ],
  }
}

/** The charts beside the tables, built from the same (suppressed) cells. */
export function buildStatsCharts(report: StatsReport, i18n: { t: Translate; locale: string }): Partial<Record<StatTableId, ChartModel>> {
  const { t, locale } = i18n
  const n = (v: number) => formatCount(v, locale)
  const value = (c: StatCell) => (c.hidden ? null : c.value)
  const between = { from: formatDay(report.range.from, locale), to: formatDay(report.range.to, locale) }
  const seeTable = t('stats.chartSeeTable')

  const timeChart = (table: StatTable) => {
    const rows = table.rows.filter((r) => !r.total)
    const series = table.columns.map((col, j) => ({ key: col.key, label: col.label, values: rows.map((r) => value(r.cells[j]!)) }))
    const peaks = series.map((s) => {
      const best = s.values.reduce<number>((bi, v, i) => (v !== null && (bi < 0 || v > s.values[bi]!) ? i : bi), -1)
      return best < 0 ? t('stats.chartNoPeak', { series: s.label }) : t('stats.chartPeak', { series: s.label, value: n(s.values[best]!), bucket: rows[best]!.label })
    })
    return lineChart({
      text: { title: table.title, desc: [t('stats.chartLineDesc', { series: series.map((s) => s.label).join(', '), ...between, bucket: t(`stats.per_${report.granularity}`) }), ...peaks, seeTable].join(' ') },
      buckets: rows.map((r) => ({ key: r.key, label: r.label })),
      series,
      formatNumber: n,
    })
  }

  const bars = (table: StatTable, column: number, rows: StatRow[]) => {
    const shown = rows.filter((r) => !r.cells[column]!.hidden)
    const top = shown.reduce<StatRow | null>((best, r) => (!best || r.cells[column]!.value! > best.cells[column]!.value! ? r : best), null)
    const hiddenCount = rows.length - shown.length
    return barChart({
      text: {
        title: table.title,
        desc: [
          top && top.cells[column]!.value! > 0 ? t('stats.chartTop', { label: top.label, value: n(top.cells[column]!.value!) }) : t('stats.chartEmpty'),
          hiddenCount ? t('stats.chartHidden', { count: hiddenCount }) : '',
          seeTable,
        ]
          .filter(Boolean)
          .join(' '),
      },
      bars: rows.map((r) => ({ label: r.label, value: value(r.cells[column]!) })),
      formatNumber: n,
    })
  }

  const { activity, categories, flags, casesOverTime, casesOpened, satisfaction } = report.tables
  const withoutTotals = (table: StatTable) => table.rows.filter((r) => !r.total && r.cells[0]!.kind === 'count')
  return {
    activity: timeChart(activity),
    categories: bars(categories, 0, withoutTotals(categories)),
    flags: bars(flags, 2, withoutTotals(flags)),
    casesOverTime: timeChart(casesOverTime),
    casesOpened: bars(casesOpened, casesOpened.columns.length - 1, withoutTotals(casesOpened)),
    satisfaction: bars(satisfaction, 0, withoutTotals(satisfaction)),
  }
}

/** A table as CSV rows: numbers in plain notation (durations in hours), hidden cells as "<5". */
export function statTableCsvRows(table: StatTable, t: Translate): string[][] {
  const header = [table.rowHeader, ...table.columns.map((c) => (c.kind === 'seconds' ? `${c.label} (${t('stats.unitHours')})` : c.kind === 'percent' ? `${c.label} (%)` : c.label))]
  const value = (cell: StatCell) => {
    if (cell.hidden) return SUPPRESSED_MARK
    if (cell.value === null) return ''
    switch (cell.kind) {
      case 'count':
        return String(cell.value)
      case 'seconds':
        return (cell.value / 3600).toFixed(2)
      case 'percent':
        return (cell.value * 100).toFixed(1)
      case 'rating':
        return cell.value.toFixed(2)
    }
  }
  return [header, ...table.rows.map((row) => [row.label, ...row.cells.map(value)])]
}
