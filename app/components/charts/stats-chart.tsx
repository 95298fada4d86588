import type { BarChartModel, ChartModel, LineChartModel } from '~/lib/chart-model'

/**
 * Draws geometry the server computed (see lib/charts.server.ts). The SVG is one image to assistive
 * technology, named by its title and described by a summary; the table next to it carries the
 * figures themselves.
 */
export function StatsChart({ id, model }: { id: string; model: ChartModel }) {
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${model.width} ${model.height}`} className="chart-svg" focusable="false">
        <title id={titleId}>{model.title}</title>
        <desc id={descId}>{model.desc}</desc>
        {model.kind === 'line' ? <LineChart model={model} /> : <BarChart model={model} />}
      </svg>
      {model.kind === 'line' ? (
        <ul className="chart-legend" aria-hidden="true">
          {model.series.map((s, i) => (
            <li key={s.key}>
              <svg width="28" height="10" viewBox="0 0 28 10">
                <line x1="0" y1="5" x2="28" y2="5" className={`chart-line chart-series-${i}`} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  )
}

function LineChart({ model }: { model: LineChartModel }) {
  const { plot } = model
  return (
    <g>
      {model.yTicks.map((tick) => (
        <g key={tick.at}>
          <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} className="chart-grid" />
          <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end" className="chart-tick">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="chart-axis" />
      {model.xTicks.map((tick) => (
        <text key={tick.at} x={tick.at} y={plot.bottom + 18} textAnchor="middle" className="chart-tick">
          {tick.label}
        </text>
      ))}
      {model.series.map((s, i) => (
        <g key={s.key}>
          <path d={s.path} className={`chart-line chart-series-${i}`} />
          {s.points.map((p) => (
            <circle key={`${p.x}-${p.y}`} cx={p.x} cy={p.y} r="3" className={`chart-point chart-series-${i}`} />
          ))}
        </g>
      ))}
      {model.hidden.map((h) => (
        <text key={h.x} x={h.x} y={plot.bottom - 6} textAnchor="middle" className="chart-hidden">
          {h.label}
        </text>
      ))}
    </g>
  )
}

function BarChart({ model }: { model: BarChartModel }) {
  const { plot } = model
  return (
    <g>
      {model.xTicks.map((tick) => (
        <g key={tick.at}>
          <line x1={tick.at} x2={tick.at} y1={plot.top} y2={plot.bottom} className="chart-grid" />
          <text x={tick.at} y={plot.bottom + 18} textAnchor="middle" className="chart-tick">
            {tick.label}
          </text>
        </g>
      ))}
      {model.bars.map((bar) => (
        <g key={bar.label}>
          <text x={plot.left - 8} y={bar.y + bar.height / 2} dy="0.32em" textAnchor="end" className="chart-label">
            {bar.label}
          </text>
          {bar.hidden ? null : <rect x={plot.left} y={bar.y} width={bar.width} height={bar.height} className="chart-bar" />}
          <text x={plot.left + bar.width + 6} y={bar.y + bar.height / 2} dy="0.32em" className={bar.hidden ? 'chart-hidden' : 'chart-value'}>
            {bar.valueLabel}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} className="chart-axis" />
    </g>
  )
}
