// A bar chart (uPlot) of SecurePass@1, analyser-secure and functional pass rates per configuration.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SummaryTable } from '../../core/evaluation/summarise';
import { CHART_RATES, rateBars } from '../../core/evaluation/rateBars';

const COLOURS = ['#2457c5', '#1e7a3c', '#a65b00'];

export function RatesChart({ summary }: { summary: SummaryTable }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    const bars = uPlot.paths.bars;
    if (!el || !bars) return;
    const data = rateBars(summary);
    if (data.groups.length === 0) return;
    const chart = new uPlot(
      {
        width: Math.max(320, Math.min(el.clientWidth || 640, 720)),
        height: 240,
        scales: { x: { time: false, range: [-0.8, data.x.length - 0.2] }, y: { range: [0, 1] } },
        axes: [
          { splits: () => data.centres, values: () => data.groups, grid: { show: false } },
          { values: (_u, ticks) => ticks.map((t) => `${Math.round(t * 100)}%`) },
        ],
        series: [
          { label: 'configuration' },
          ...CHART_RATES.map((rate, i) => ({
            label: rate.label,
            fill: COLOURS[i],
            stroke: COLOURS[i],
            paths: bars({ size: [0.9, 60] }),
            points: { show: false },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`),
          })),
        ],
        legend: { live: false },
        cursor: { show: false },
      },
      [data.x, ...data.series],
      el,
    );
    return () => chart.destroy();
  }, [summary]);
  return <div className="eval-chart" ref={box} data-testid="eval-chart" aria-label="Rates per configuration" />;
}
