// Per-language and per-kind (nl / completion) figures of the default retrieval: top-1 and top-4 CWE
// recall, the share of tasks where knowledge was injected into the prompt (outcome "knowledge"),
// top-4 among those, and how often an injected CWE is a labelled one. Top-1 and top-4 are also counted
// with related CWEs (a MITRE parent, child or declared sibling of a label, src/core/cwe). Used by evalRetrieval.ts.
import type { RetrievalRecord } from '../src/core/retrieval/RetrievalRecord';
import { sameOrRelated } from '../src/core/cwe/cweHierarchy';

export interface ScoredTask {
  language: string;
  kind: string;
  cwes: readonly string[];
  record: RetrievalRecord;
}

interface Tally {
  n: number;
  top1: number;
  top4: number;
  top1Related: number;
  top4Related: number;
  injected: number;
  injectedTop4: number;
  labelInjected: number;
  /** A labelled CWE's guideline reached the prompt: its own CWE chosen, or lent by a chosen relative. */
  labelGuidance: number;
}

function tally(tasks: readonly ScoredTask[]): Tally {
  const t: Tally = {
    n: tasks.length,
    top1: 0,
    top4: 0,
    top1Related: 0,
    top4Related: 0,
    injected: 0,
    injectedTop4: 0,
    labelInjected: 0,
    labelGuidance: 0,
  };
  for (const task of tasks) {
    const order = task.record.cwes.map((c) => c.id);
    const hit4 = order.slice(0, 4).some((id) => task.cwes.includes(id));
    if (order.slice(0, 1).some((id) => task.cwes.includes(id))) t.top1 += 1;
    if (hit4) t.top4 += 1;
    const related = (k: number): boolean => order.slice(0, k).some((id) => task.cwes.some((l) => sameOrRelated(id, l)));
    if (related(1)) t.top1Related += 1;
    if (related(4)) t.top4Related += 1;
    if (task.record.outcome === 'knowledge') {
      t.injected += 1;
      if (hit4) t.injectedTop4 += 1;
      if (task.record.chosen.some((id) => task.cwes.includes(id))) t.labelInjected += 1;
      const guided = task.record.cwes.some((c) => c.guidelines.some((g) => g.chosen && task.cwes.includes(g.cwe)));
      if (guided) t.labelGuidance += 1;
    }
  }
  return t;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top1Related, t.n)} | ${pct(t.top4, t.n)} | ${pct(t.top4Related, t.n)} | ${pct(t.injected, t.n)} | ${pct(t.injectedTop4, t.injected)} | ${pct(t.labelInjected, t.n)} | ${pct(t.labelGuidance, t.n)} |`;
}

function groups(tasks: readonly ScoredTask[], key: (t: ScoredTask) => string): [string, ScoredTask[]][] {
  const out = new Map<string, ScoredTask[]>();
  for (const t of tasks) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return [...out].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

/** One table: all tasks, then each kind, then each language (largest first). */
export function breakdownTable(tasks: readonly ScoredTask[]): string[] {
  return [
    '| tasks | n | top-1 | top-1 with related | top-4 | top-4 with related | injected | top-4 among injected | a labelled CWE injected | a labelled CWE’s guideline injected (own or lent by a relative) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row('all', tally(tasks)),
    ...groups(tasks, (t) => t.kind).map(([kind, ts]) => row(`kind ${kind}`, tally(ts))),
    ...groups(tasks, (t) => t.language).map(([language, ts]) => row(language, tally(ts))),
  ];
}
