// Measures level-1 CWE retrieval on a labelled task file (JSON Lines {id, prompt, language, cwe,
// kind?}): top-1 and top-4 recall for BM25 only, vectors only, hybrid, and hybrid plus the API
// facet, overall (strict and with related CWEs: a MITRE parent, child or declared sibling of the label, src/core/cwe)
// and on tasks whose CWE the knowledge base covers; then the default retrieval per
// kind and per language with the share of tasks where knowledge was injected (retrievalBreakdown.ts).
// Writes both tables into docs/retrieval.md between markers (for dev-tasks.jsonl only). Usage:
// npx tsx scripts/evalRetrieval.ts ../shared/benchmarks/dev-tasks.jsonl [--kb-dir public/kb] [--print-only]
import { readFileSync, writeFileSync } from 'node:fs';
import { createKnowledgeBase, type KnowledgeBase } from '../src/core/kbTools/KnowledgeBase';
import { createOramaSearch } from '../src/adapters/orama/createOramaSearch';
import { loadKnowledgeBase } from '../src/adapters/orama/loadKnowledgeBase';
import { basename, join } from 'node:path';
import { buildFromDir } from '../src/adapters/node/buildFromDir';
import { deriveFacets } from '../src/core/facets/deriveFacets';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { taskFromInput } from '../src/core/taskFromInput';
import type { Level1Facet } from '../src/core/retrieval/retrievalSettings';
import type { FacetsRecord } from '../src/core/facets/FacetsRecord';
import { breakdownTable } from './retrievalBreakdown';
import { retrieve } from '../src/core/retrieval/retrieve';
import { sameOrRelated } from '../src/core/cwe/cweHierarchy';

export const CONFIGS: Record<string, Level1Facet[]> = {
  'BM25 only': ['text:bm25'],
  'vectors only': ['text:vector'],
  'hybrid (bm25 + vector)': ['text:bm25', 'text:vector'],
  'hybrid + API facet': ['text:bm25', 'text:vector', 'api'],
};

interface Labelled {
  facets: FacetsRecord;
  kind: string;
  cwes: string[];
}

function labels(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function loadLabelled(file: string, kb: KnowledgeBase): Promise<Labelled[]> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const out: Labelled[] = [];
  for (const line of rows) {
    const input: unknown = JSON.parse(line);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) continue;
    const record = Object.fromEntries(Object.entries(input));
    const task = taskFromInput(record);
    out.push({ facets: await deriveFacets(task, kb, nodeParser()), kind: task.kind, cwes: labels(record.cwe) });
  }
  return out;
}

export async function recallTable(kb: KnowledgeBase, tasks: Labelled[]): Promise<string[]> {
  const known = new Set(kb.cwes.map((c) => c.id));
  const inKb = tasks.filter((t) => t.cwes.some((c) => known.has(c)));
  const lines = [
    `| configuration | top-1 (all ${tasks.length}) | top-1 with related | top-4 (all) | top-4 with related | top-1 (CWE in KB, ${inKb.length}) | top-4 (CWE in KB) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, facets] of Object.entries(CONFIGS)) {
    let h1 = 0;
    let h4 = 0;
    let k1 = 0;
    let k4 = 0;
    let r1 = 0;
    let r4 = 0;
    for (const t of tasks) {
      const record = await retrieve(kb, t.facets, { facets });
      const order = record.cwes.map((c) => c.id);
      const hit = (k: number): boolean => order.slice(0, k).some((id) => t.cwes.includes(id));
      const near = (k: number): boolean => order.slice(0, k).some((id) => t.cwes.some((l) => sameOrRelated(id, l)));
      r1 += Number(near(1));
      r4 += Number(near(4));
      const covered = t.cwes.some((c) => known.has(c));
      if (hit(1)) {
        h1 += 1;
        if (covered) k1 += 1;
      }
      if (hit(4)) {
        h4 += 1;
        if (covered) k4 += 1;
      }
    }
    const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
    lines.push(
      `| ${name} | ${pct(h1, tasks.length)} | ${pct(r1, tasks.length)} | ${pct(h4, tasks.length)} | ${pct(r4, tasks.length)} | ${pct(k1, inKb.length)} | ${pct(k4, inKb.length)} |`,
    );
  }
  return lines;
}

/** The knowledge base under test: a built artefact (--kb-dir DIR), else built in memory from kb/. */
async function openKb(kbDir: string | undefined): Promise<KnowledgeBase> {
  if (kbDir) return loadKnowledgeBase(readFileSync(join(kbDir, 'knowledge.json'), 'utf8'));
  const { artefact } = await buildFromDir('kb');
  return createKnowledgeBase(artefact, createOramaSearch);
}

async function main(file: string, kbDir: string | undefined, printOnly: boolean): Promise<void> {
  const kb = await openKb(kbDir);
  const tasks = await loadLabelled(file, kb);
  const table = await recallTable(kb, tasks);
  const scored = [];
  for (const t of tasks)
    scored.push({ language: t.facets.language, kind: t.kind, cwes: t.cwes, record: await retrieve(kb, t.facets) });
  const command = `npx tsx scripts/evalRetrieval.ts ${file}${kbDir ? ` --kb-dir ${kbDir}` : ''}`;
  const block = [
    `<!-- eval:start -->`,
    `Measured with \`${command}\` on KB ${kb.version} (${kb.cwes.length} CWEs).`,
    '',
    ...table,
    '',
    'Default retrieval (every facet the task has) per kind and language; "injected" = outcome `knowledge`:',
    '',
    ...breakdownTable(scored),
    `<!-- eval:end -->`,
  ].join('\n');
  process.stdout.write(`${block}\n`);
  // The table in docs/retrieval.md is the dev set's: another file (the hold-out, a subset) only prints.
  if (printOnly || basename(file) !== 'dev-tasks.jsonl') return;
  const docPath = 'docs/retrieval.md';
  try {
    const doc = readFileSync(docPath, 'utf8');
    if (doc.includes('<!-- eval:start -->'))
      writeFileSync(docPath, doc.replace(/<!-- eval:start -->[\s\S]*<!-- eval:end -->/, block));
  } catch {
    process.stderr.write(`${docPath} not found; table printed only\n`);
  }
}

if (process.argv[1]?.endsWith('evalRetrieval.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--kb-dir');
  const kbDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  // --print-only: measure another knowledge base (e.g. a Top-25-only copy) without touching the docs.
  const printAt = args.indexOf('--print-only');
  if (printAt >= 0) args.splice(printAt, 1);
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: npx tsx scripts/evalRetrieval.ts TASKS.jsonl [--kb-dir public/kb]\n');
    process.exit(2);
  }
  await main(file, kbDir, printAt >= 0);
}
