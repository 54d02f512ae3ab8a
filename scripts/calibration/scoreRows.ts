// Reading calibration rows and scoring them: each row (a task, its labelled CWEs and optional model
// facets) is retrieved once with the facets under study, and the raw per-facet score of every CWE is
// kept, so thresholds can be tried offline without retrieving again.
import { readFileSync } from 'node:fs';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { deriveFacets, type ModelFacetInputs } from '../../src/core/facets/deriveFacets';
import { DEFAULT_RETRIEVAL_SETTINGS, type Level1Facet } from '../../src/core/retrieval/retrievalSettings';
import type { KnowledgeBase } from '../../src/core/kbTools/KnowledgeBase';
import type { Task } from '../../src/core/task/Task';
import { retrieve } from '../../src/core/retrieval/retrieve';

export type Scores = Map<string, Map<string, number>>;
export interface Row {
  task: Task;
  cwes: string[];
  model?: ModelFacetInputs;
}

export function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l): unknown => JSON.parse(l))
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    .map((v) => Object.fromEntries(Object.entries(v)));
}

export function labels(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Raw per-facet scores of every CWE for each row, one row at a time (the parser is shared). */
export async function scoreRows(kb: KnowledgeBase, rows: readonly Row[], facets: Level1Facet[]): Promise<Scores[]> {
  const out: Scores[] = [];
  for (const row of rows) {
    const record = await retrieve(kb, await deriveFacets(row.task, kb, nodeParser(), row.model), { facets });
    const scores: Scores = new Map(facets.map((f) => [f, new Map()]));
    for (const cwe of record.cwes) for (const f of cwe.facets) scores.get(f.facet)?.set(cwe.id, f.score);
    out.push(scores);
  }
  return out;
}

function rankOf(scores: Map<string, number> | undefined, id: string): number {
  const mine = scores?.get(id) ?? 0;
  if (!scores || mine <= 0) return Infinity;
  return 1 + [...scores.values()].filter((s) => s > mine).length;
}

/** Positive: the best labelled CWE's score when ranked within the cap, else 0 (a miss). */
export function positive(scores: Scores, facet: string, cwes: readonly string[]): number {
  const s = scores.get(facet);
  const cap = DEFAULT_RETRIEVAL_SETTINGS.rankCap;
  return Math.max(0, ...cwes.map((id) => (rankOf(s, id) <= cap ? (s?.get(id) ?? 0) : 0)));
}

/** Negative: the best score the facet gives any CWE on a task that needs no knowledge. */
export function negative(scores: Scores, facet: string): number {
  return Math.max(0, ...(scores.get(facet)?.values() ?? []));
}

/** Score at quantile q of the positives that the facet ranks at all. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  return sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000) / 1000
    : 0;
}
