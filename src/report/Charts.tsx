/**
 * The report's charts, drawn by Chart.js in the page (bundled, no remote service; it needs no eval, so
 * the extension pages' CSP allows it). Only the parts used are registered, to keep the chunk small.
 * Animation is off: the charts are a printed report's too.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { Report } from '../core/report/report';
import type { ChartSeries } from './chart-data';
import { columnTitle } from './Tables';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#1e5ec8', '#e0822a', '#2e9e5b', '#b3261e', '#7b4bc4', '#5b6b85', '#c2a400', '#0f8a95'];

interface Props {
  id: string;
  title: string;
  data: ChartSeries;
  categoryLabel: (category: string) => string;
  report: Report;
  /** Values are percentages (axis to 100 %). */
  percent?: boolean;
  horizontal?: boolean;
}

export function BarChart({ id, title, data, categoryLabel, report, percent = false, horizontal = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: data.categories.map(categoryLabel),
        datasets: data.series.map((s, i) => ({
          label: columnTitle(report.by, s.group),
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length] ?? '#1e5ec8',
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ...(percent ? { max: 100, ticks: { callback: (v: number | string) => `${v} %` } } : {}) } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [data, report, percent, horizontal, categoryLabel]);
  return (
    <figure class="chart-figure">
      <figcaption>{title}</figcaption>
      <div class="chart"><canvas ref={canvas} data-chart={id} role="img" aria-label={title} /></div>
    </figure>
  );
}
