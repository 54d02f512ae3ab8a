// Derives the level-1 facet thresholds from data and prints them (docs/retrieval.md, "Thresholds").
// Step 1, per facet: Youden's J separates the score the facet gives the labelled CWE of a security
// task (positives; ranked beyond the cap counts as a miss) from the best score it gives any CWE on a
// task that needs no security knowledge (negatives: scripts/calibration/neutral-tasks.jsonl, ours).
//   text:bm25, text:vector, api : dev task prompts whose CWE the knowledge base covers
//   draft-api                   : vulnerable code of task-sized benchmark samples (SALLM, CWEval) as a draft
//   cause                       : the knowledge base's advisory questions and answers as a cause analysis
// Step 2, jointly for text:bm25, text:vector and api: every combination of candidate cuts (the step-1
// cut and quantiles of the positives) is fused offline; the best top-1 + top-4 recall wins among
// combinations that leave at least 80% of the neutral tasks silent. A two-fold split of
// the dev tasks (even/odd lines) reports recall on the half the thresholds were not chosen on.
// Usage: npx tsx scripts/calibrateThresholds.ts [dev-tasks.jsonl] [dev-code.jsonl] [--kb public/kb]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/adapters/orama/loadKnowledgeBase';
import { taskFromInput } from '../src/core/taskFromInput';
import { calibrateThreshold, type Calibration } from '../src/core/retrieval/calibrateThreshold';
import { chooseThresholds, evaluateThresholds, type LabelledScores } from '../src/core/retrieval/chooseThresholds';
import { DEFAULT_RETRIEVAL_SETTINGS, type Level1Facet } from '../src/core/retrieval/retrievalSettings';
import { labels, negative, positive, quantile, readJsonl, scoreRows, type Row } from './calibration/scoreRows';

const TEXT_FACETS: Level1Facet[] = ['text:bm25', 'text:vector', 'api'];
/** Share of neutral tasks that must get "none": a needless injection costs a few prompt lines, a missed weakness costs more. */
const SILENT_SHARE = 0.8;
const QUANTILES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

async function main(devFile: string, codeFile: string, kbDir: string): Promise<void> {
  const kb = await loadKnowledgeBase(readFileSync(join(kbDir, 'knowledge.json'), 'utf8'));
  const known = new Set(kb.cwes.map((c) => c.id));
  const ids = kb.cwes.map((c) => c.id);
  const settings = DEFAULT_RETRIEVAL_SETTINGS;
  const dev: Row[] = readJsonl(devFile)
    .map((r) => ({ task: taskFromInput(r), cwes: labels(r.cwe).filter((c) => known.has(c)) }))
    .filter((r) => r.cwes.length > 0);
  const neutral: Row[] = readJsonl('scripts/calibration/neutral-tasks.jsonl').map((r) => ({
    task: taskFromInput(r),
    cwes: [],
  }));
  const devScores = await scoreRows(kb, dev, TEXT_FACETS);
  const neutralScores = await scoreRows(kb, neutral, TEXT_FACETS);
  const step1: Record<string, Calibration> = {};
  const calibrate = (facet: string, pos: number[], neg: number[]): void => {
    step1[facet] = calibrateThreshold(pos, neg);
  };
  for (const f of TEXT_FACETS)
    calibrate(
      f,
      devScores.map((s, i) => positive(s, f, dev[i]!.cwes)),
      neutralScores.map((s) => negative(s, f)),
    );
  const drafts: Row[] = existsSync(codeFile)
    ? readJsonl(codeFile)
        .filter((r) => r.label === 'vulnerable' && (r.source === 'SALLM' || r.source === 'CWEval'))
        .map((r) => ({
          task: taskFromInput({ ...r, prompt: 'x', kind: 'nl' }),
          cwes: labels(r.cwe).filter((c) => known.has(c)),
          model: { draft: String(r.code) },
        }))
        .filter((r) => r.cwes.length > 0)
    : [];
  const neutralDrafts = neutral
    .filter((r) => r.task.kind === 'completion')
    .map((r) => ({ ...r, task: { ...r.task, prompt: 'x', kind: 'nl' as const }, model: { draft: r.task.prompt } }));
  if (drafts.length > 0) {
    const pos = await scoreRows(kb, drafts, ['draft-api']);
    calibrate(
      'draft-api',
      pos.map((s, i) => positive(s, 'draft-api', drafts[i]!.cwes)),
      (await scoreRows(kb, neutralDrafts, ['draft-api'])).map((s) => negative(s, 'draft-api')),
    );
  }
  const causes: Row[] = kb.advisories
    .filter((a) => known.has(a.cwe))
    .map((a) => ({
      task: { id: a.id, language: a.language, kind: 'nl' as const, prompt: 'x' },
      cwes: [a.cwe],
      model: { causeAnalysis: `${a.question}\n${a.answer}` },
    }));
  if (causes.length > 0) {
    const pos = await scoreRows(kb, causes, ['cause']);
    const neg = await scoreRows(
      kb,
      neutral.map((r) => ({ ...r, model: { causeAnalysis: r.task.prompt } })),
      ['cause'],
    );
    calibrate(
      'cause',
      pos.map((s, i) => positive(s, 'cause', causes[i]!.cwes)),
      neg.map((s) => negative(s, 'cause')),
    );
  }
  process.stdout.write(
    `KB ${kb.version} (${kb.cwes.length} CWEs), rank cap ${settings.rankCap}\n\nStep 1 (per facet, Youden's J):\n\n` +
      '| facet | threshold | positives passing | neutral passing | positives | negatives |\n|---|---|---|---|---|---|\n',
  );
  for (const [facet, c] of Object.entries(step1))
    process.stdout.write(
      `| ${facet} | ${c.threshold} | ${pct(c.tpr, 1)} | ${pct(c.fpr, 1)} | ${c.positives} | ${c.negatives} |\n`,
    );

  const labelled = (rows: Row[], scores: typeof devScores): LabelledScores[] =>
    rows.map((r, i) => ({ scores: scores[i]!, labels: r.cwes }));
  const devL = labelled(dev, devScores);
  const neutralL = labelled(neutral, neutralScores);
  const step1Cuts = Object.fromEntries(Object.entries(step1).map(([f, c]) => [f, c.threshold]));
  const candidates = Object.fromEntries(
    TEXT_FACETS.map((f) => [
      f,
      [
        step1Cuts[f]!,
        ...QUANTILES.map((q) =>
          quantile(
            devScores.map((s, i) => positive(s, f, dev[i]!.cwes)),
            q,
          ),
        ),
      ].filter((x) => x > 0),
    ]),
  );
  const minNone = Math.ceil(SILENT_SHARE * neutral.length);
  const choose = (train: LabelledScores[]) =>
    chooseThresholds(ids, [...train, ...neutralL], candidates, settings, minNone);
  const best = choose(devL);
  const derived = { ...step1Cuts, ...best?.thresholds };
  const report = (name: string, thresholds: Record<string, number>): void => {
    const d = evaluateThresholds(ids, devL, thresholds, settings);
    const n = evaluateThresholds(ids, neutralL, thresholds, settings).none;
    process.stdout.write(
      `| ${name} | ${pct(d.top1, dev.length)} | ${pct(d.top4, dev.length)} | ${pct(d.injected, dev.length)} | ${n}/${neutral.length} |\n`,
    );
  };
  process.stdout.write(
    `\nStep 2 (joint search over ${Object.values(candidates)
      .map((c) => c.length)
      .join(
        'x',
      )} cuts, at least ${minNone} neutral tasks silent); hybrid + API on ${dev.length} dev tasks with the CWE in the KB:\n\n` +
      '| thresholds | top-1 | top-4 | labelled CWE injected | neutral tasks with outcome none |\n|---|---|---|---|---|\n',
  );
  report('settings in retrievalSettings.ts', settings.thresholds);
  report('step 1 only', { ...settings.thresholds, ...step1Cuts });
  report('step 1 + step 2 (derived)', { ...settings.thresholds, ...derived });
  let h1 = 0;
  let h4 = 0;
  let hi = 0;
  for (const fold of [0, 1]) {
    const pick = choose(devL.filter((_, i) => i % 2 === fold));
    const held = evaluateThresholds(
      ids,
      devL.filter((_, i) => i % 2 !== fold),
      { ...step1Cuts, ...pick?.thresholds },
      settings,
    );
    h1 += held.top1;
    h4 += held.top4;
    hi += held.injected;
  }
  process.stdout.write(
    `| two-fold held-out (chosen on one half, measured on the other) | ${pct(h1, dev.length)} | ${pct(h4, dev.length)} | ${pct(hi, dev.length)} | – |\n`,
  );
  process.stdout.write(`\nthresholds: ${JSON.stringify(derived)}\n`);
}

if (process.argv[1]?.endsWith('calibrateThresholds.ts')) {
  const args = process.argv.slice(2);
  const kbAt = args.indexOf('--kb');
  const kbDir = kbAt >= 0 ? (args.splice(kbAt, 2)[1] ?? 'public/kb') : 'public/kb';
  await main(
    args[0] ?? '../shared/benchmarks/dev-tasks.jsonl',
    args[1] ?? '../shared/benchmarks/dev-code.jsonl',
    kbDir,
  );
}
