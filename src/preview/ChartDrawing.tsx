/**
 * A chart of the stand-in drawn as SVG under its sheet's grid: grouped columns from the values its series' ranges show
 * now, in the greys the workbook's charts use. A drawing of what Excel would draw, not Excel's rendering.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { CHART_FILLS } from '../workbook/chartPlan';

export interface PreviewChart {
  title: string;
  description: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0`, maxWidth: '60em' },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  svg: { width: '100%', height: 'auto', fontFamily: tokens.fontFamilyBase },
});

/** A category name cut to the characters its group has room for (the full names are in the grid above). */
const fit = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text);

const W = 720;
const H = 260;
const PLOT = { left: 50, right: 10, top: 10, bottom: 70 };

export function ChartDrawing({ chart }: { chart: PreviewChart }) {
  const styles = useStyles();
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const groups = Math.max(1, chart.categories.length);
  const groupWidth = (W - PLOT.left - PLOT.right) / groups;
  const bar = (groupWidth * 0.8) / Math.max(1, chart.series.length);
  const y = (v: number) => PLOT.top + (H - PLOT.top - PLOT.bottom) * (1 - v / max);
  return (
    <figure className={styles.figure} data-chart={chart.title}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={styles.svg}
        role="img"
        aria-label={`${chart.title}. ${chart.description}`}
      >
        <line x1={PLOT.left} y1={y(0)} x2={W - PLOT.right} y2={y(0)} stroke="#000" />
        <text x={PLOT.left - 6} y={y(max) + 4} fontSize="11" textAnchor="end">
          {max.toLocaleString('da-DK')}
        </text>
        {chart.categories.map((category, g) => (
          <g key={g}>
            {chart.series.map((s, i) => {
              const v = s.values[g] ?? 0;
              const x = PLOT.left + g * groupWidth + groupWidth * 0.1 + i * bar;
              return (
                <g key={i}>
                  <rect
                    x={x}
                    y={y(Math.max(0, v))}
                    width={bar}
                    height={y(0) - y(Math.max(0, v))}
                    fill={`#${CHART_FILLS[i % CHART_FILLS.length]}`}
                    stroke="#000"
                  />
                  <text x={x + bar / 2} y={y(Math.max(0, v)) - 3} fontSize="10" textAnchor="middle">
                    {v.toLocaleString('da-DK')}
                  </text>
                </g>
              );
            })}
            <text x={PLOT.left + (g + 0.5) * groupWidth} y={H - PLOT.bottom + 14} fontSize="10" textAnchor="middle">
              {fit(category, Math.floor(groupWidth / 6))}
            </text>
          </g>
        ))}
        {chart.series.map((s, i) => (
          <g key={i} transform={`translate(${PLOT.left + i * 170}, ${H - 24})`}>
            <rect width="12" height="12" fill={`#${CHART_FILLS[i % CHART_FILLS.length]}`} stroke="#000" />
            <text x="16" y="10" fontSize="11">
              {s.name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
