/** Finished chart geometry: what the server computes and the page draws (see charts.server). */
export interface ChartText {
  title: string
  desc: string
}

export interface Tick {
  at: number
  label: string
}

export interface LineSeries {
  key: string
  label: string
  path: string
  points: { x: number; y: number }[]
}

export interface LineChartModel extends ChartText {
  kind: 'line'
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: Tick[]
  yTicks: Tick[]
  series: LineSeries[]
  /** Where a series has a hidden value: a mark on the axis under that bucket. */
  hidden: { x: number; label: string }[]
}

export interface BarChartModel extends ChartText {
  kind: 'bar'
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: Tick[]
  bars: { label: string; y: number; height: number; width: number; valueLabel: string; hidden: boolean }[]
}

export type ChartModel = LineChartModel | BarChartModel
