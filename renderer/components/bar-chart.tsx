import { useId } from 'react';
import { useI18n } from '../lib/i18n';
import { useNumbers } from '../lib/numbers';

export interface ChartRow {
  key: string;
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
}

interface Props {
  title: string;
  rows: readonly ChartRow[];
  /** Names of the series when there is more than one (e.g. female, male). */
  series?: readonly string[];
  /** Formats a value written beside its bar. */
  format?: (value: number) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 230;
/** Room for the value written after the longest bar: about 7 units per character. */
const valueWidth = (texts: readonly string[]) => 8 + 7 * Math.max(3, ...texts.map((s) => s.length));
const BAR = 16;
const GAP = 6;
const LEGEND = 26;
/** Roughly what fits in the label column at the chart's font size. */
const MAX_LABEL = 34;

const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/**
 * A horizontal bar chart drawn as plain SVG, so it prints as sharply as the text and needs
 * no library. Every bar has its value written beside it and a tooltip with the full label;
 * the description lists the values for screen readers.
 */
export function BarChart({ title, rows, series = [''], format: given }: Props) {
  const { t } = useI18n();
  const numbers = useNumbers();
  const format = given ?? numbers.count;
  const id = useId();
  const plot = WIDTH - LABEL_WIDTH - valueWidth(rows.flatMap((r) => r.values.map((v) => format(v))));
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const group = series.length * BAR + GAP;
  const top = series.length > 1 ? LEGEND : 0;
  const height = top + rows.length * group;
  const describe = (row: ChartRow) =>
    series.length > 1
      ? `${row.label}: ${row.values.map((v, i) => `${series[i] ?? ''} ${format(v)}`).join(', ')}`
      : `${row.label}: ${format(row.values[0] ?? 0)}`;
  const nonZero = rows.filter((r) => r.values.some((v) => v > 0));

  return (
    <svg
      className="chart"
      role="img"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{nonZero.length > 0 ? nonZero.map(describe).join('; ') : t('totals.chart.none')}</desc>
      {series.length > 1
        ? series.map((name, s) => (
            <g key={name} className={`series-${s}`} transform={`translate(${LABEL_WIDTH + s * 120}, 4)`}>
              <rect className="bar" width={12} height={12} />
              <text x={18} y={6} dominantBaseline="central">
                {name}
              </text>
            </g>
          ))
        : null}
      {rows.map((row, i) => {
        const y = top + i * group;
        return (
          <g key={row.key} className="chart-row">
            <title>{describe(row)}</title>
            <text
              className="chart-label"
              x={LABEL_WIDTH - 8}
              y={y + (group - GAP) / 2}
              textAnchor="end"
              dominantBaseline="central"
            >
              {shorten(row.label)}
            </text>
            {row.values.map((value, s) => {
              const width = value > 0 ? Math.max(2, (value / max) * plot) : 0;
              const barY = y + s * BAR;
              return (
                <g key={s} className={`series-${s}`}>
                  <rect className="bar" x={LABEL_WIDTH} y={barY + 1} width={width} height={BAR - 2} />
                  <text
                    className="chart-value"
                    x={LABEL_WIDTH + width + 5}
                    y={barY + BAR / 2}
                    dominantBaseline="central"
                  >
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line className="axis" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={top} y2={height} />
    </svg>
  );
}
