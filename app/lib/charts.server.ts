import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import type { BarChartModel, ChartText, LineChartModel } from './chart-model'
import { SUPPRESSED_MARK as MARK } from './stats-format'

export type { ChartModel } from './chart-model'

/**
 * Chart geometry, computed on the server with d3-scale and d3-shape: the page receives finished
 * coordinates and path strings and draws them as SVG, so no charting code reaches the browser.
 * A hidden ("<5") value is never drawn at its height: a line breaks there and a bar is left out,
 * with the mark written in its place.
 */
const WIDTH = 560

export function lineChart(input: {
  text: ChartText
  buckets: { key: string; label: string }[]
  series: { key: string; label: string; values: (number | null)[] }[]
  formatNumber: (n: number) => string
}): LineChartModel {
  const height = 260
  const plot = { left: 48, right: WIDTH - 16, top: 16, bottom: height - 40 }
  const keys = input.buckets.map((b) => b.key)
  const x = scalePoint<string>().domain(keys).range([plot.left + 8, plot.right - 8]).padding(keys.length === 1 ? 0.5 : 0)
  const max = Math.max(1, ...input.series.flatMap((s) => s.values.filter((v): v is number => v !== null)))
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top])
  const every = Math.max(1, Math.ceil(keys.length / 6))
  const xTicks = input.buckets.flatMap((b, i) => (i % every === 0 ? [{ at: round(x(b.key)!), label: b.label }] : []))
  const yTicks = y.ticks(4).filter(Number.isInteger).map((v) => ({ at: round(y(v)), label: input.formatNumber(v) }))
  const hiddenAt = new Set<number>()
  const series = input.series.map((s) => {
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ x: round(x(keys[i]!)!), y: round(y(v)) }]))
    s.values.forEach((v, i) => v === null && hiddenAt.add(i))
    const path =
      line<number | null>()
        .defined((v) => v !== null)
        .x((_, i) => round(x(keys[i]!)!))
        .y((v) => round(y(v ?? 0)))(s.values) ?? ''
    return { key: s.key, label: s.label, path, points }
  })
  const hidden = [...hiddenAt].sort((a, b) => a - b).map((i) => ({ x: round(x(keys[i]!)!), label: MARK }))
  return { kind: 'line', ...input.text, width: WIDTH, height, plot, xTicks, yTicks, series, hidden }
}

export function barChart(input: { text: ChartText; bars: { label: string; value: number | null }[]; formatNumber: (n: number) => string }): BarChartModel {
  const band = 30
  const plot = { left: 190, right: WIDTH - 56, top: 8, bottom: 8 + Math.max(1, input.bars.length) * band }
  const height = plot.bottom + 28
  const yBand = scaleBand<number>()
    .domain(input.bars.map((_, i) => i))
    .range([plot.top, plot.bottom])
    .paddingInner(0.25)
  const max = Math.max(1, ...input.bars.map((b) => b.value ?? 0))
  const x = scaleLinear().domain([0, max]).nice(4).range([plot.left, plot.right])
  const xTicks = x
    .ticks(4)
    .filter(Number.isInteger)
    .map((v) => ({ at: round(x(v)), label: input.formatNumber(v) }))
  const bars = input.bars.map((b, i) => ({
    label: b.label,
    y: round(yBand(i)!),
    height: round(yBand.bandwidth()),
    width: b.value === null ? 0 : round(x(b.value) - plot.left),
    valueLabel: b.value === null ? MARK : input.formatNumber(b.value),
    hidden: b.value === null,
  }))
  return { kind: 'bar', ...input.text, width: WIDTH, height, plot, xTicks, bars }
}

const round = (n: number) => Math.round(n * 10) / 10
