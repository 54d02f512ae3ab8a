// The bar chart's data: for each configuration column, one bar per rate, laid out on a numeric x
// axis (group slots plus a gap) because chart libraries built for series want one shared x array.
import type { SummaryTable } from './summarise';

export const CHART_RATES = [
  { key: 'securePass1', label: 'SecurePass@1' },
  { key: 'secureRate', label: 'Analyser-secure' },
  { key: 'passRate', label: 'Functional pass' },
] as const;

export interface RateBars {
  /** Bar positions: group g, rate r sits at g * (rates + 1) + r; the slot after each group is a gap. */
  x: number[];
  /** One array per rate, aligned with x: the rate (0..1) at its own slots, null elsewhere. */
  series: (number | null)[][];
  /** Column keys (configurations) and the x position of each group's centre, for axis labels. */
  groups: string[];
  centres: number[];
}

export function rateBars(summary: SummaryTable): RateBars {
  const groups = Object.keys(summary);
  const width = CHART_RATES.length + 1;
  const x = Array.from({ length: groups.length * width }, (_, i) => i);
  const series = CHART_RATES.map((rate, r) =>
    x.map((slot) => {
      const group = groups[Math.floor(slot / width)];
      if (slot % width !== r || group === undefined) return null;
      return summary[group]?.[rate.key] ?? null;
    }),
  );
  const centres = groups.map((_, g) => g * width + (CHART_RATES.length - 1) / 2);
  return { x, series, groups, centres };
}
