// Per-CWE recall table for `evalAnalyzer.ts --per-cwe`: for each language and labelled CWE, how many vulnerable
// samples carry the label, how many are found (strict and with related CWEs), and how many secure samples with the
// label are flagged at all. Shows which weaknesses the rules never or rarely find.
import { matchesAnyRelated } from '../src/core/cwe/cweHierarchy';

export interface LabelledResult {
  language: string;
  labels: readonly string[];
  vulnerable: boolean;
  /** CWEs of the counted findings. */
  found: readonly string[];
}

interface Row {
  vulnerable: number;
  strict: number;
  related: number;
  secure: number;
  secureFlagged: number;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${Math.round((100 * n) / d)}% (${n}/${d})`);

export function perCweTable(results: readonly LabelledResult[], language: string): string {
  const rows = new Map<string, Row>();
  for (const r of results) {
    if (r.language !== language) continue;
    for (const label of r.labels) {
      const row = rows.get(label) ?? { vulnerable: 0, strict: 0, related: 0, secure: 0, secureFlagged: 0 };
      rows.set(label, row);
      if (!r.vulnerable) {
        row.secure += 1;
        if (r.found.length > 0) row.secureFlagged += 1;
        continue;
      }
      row.vulnerable += 1;
      if (r.found.includes(label)) row.strict += 1;
      if (matchesAnyRelated(r.found, [label])) row.related += 1;
    }
  }
  const lines = [
    `### Per labelled CWE, ${language}`,
    '',
    '| CWE | vulnerable samples | found, strict | found, with related | secure samples flagged |',
    '|---|---|---|---|---|',
  ];
  const sorted = [...rows].sort((a, b) => b[1].vulnerable - a[1].vulnerable || a[0].localeCompare(b[0]));
  for (const [cwe, r] of sorted)
    lines.push(
      `| ${cwe} | ${r.vulnerable} | ${pct(r.strict, r.vulnerable)} | ${pct(r.related, r.vulnerable)} | ${pct(r.secureFlagged, r.secure)} |`,
    );
  return lines.join('\n');
}
