// Records the demo runs shipped with the app (public/recorded/): each gallery task in scripts/recordedAnswers.ts
// goes through the real pipeline (knowledge base from public/kb, tree-sitter analysis) with the scripted engine
// answering in place of a model, and the trace is written as a file the page opens without a model or network.
// Usage: npm run assets && npx tsx scripts/recordRuns.ts   (rerun after changing the knowledge base or the stages)
import { mkdirSync, writeFileSync } from 'node:fs';
import { runPipeline } from '../src/core/pipeline';
import { createStages } from '../src/core/createStages';
import { stageOutput } from '../src/core/trace';
import { serializeTrace } from '../src/core/traceIo';
import { loadKnowledgeBaseFromDisk } from '../src/adapters/orama/loadKnowledgeBaseFromDisk';
import { createNodePorts } from '../src/adapters/node/createNodePorts';
import { ScriptedEngine } from '../src/adapters/scripted/ScriptedEngine';
import { RECORDED_LABEL, RECORDED_RUN_PREFIX, type RecordedIndex } from '../src/core/recordedRuns';
import { RECORDED_RUNS } from './recordedAnswers';

const OUT = 'public/recorded';
const kb = await loadKnowledgeBaseFromDisk('public/kb');
const stages = createStages(await createNodePorts(kb));
mkdirSync(OUT, { recursive: true });

const index: RecordedIndex = { runs: [] };
for (const spec of RECORDED_RUNS) {
  const task = kb.tasks.find((t) => t.id === spec.taskId);
  if (!task) throw new Error(`No gallery task ${spec.taskId}: update scripts/recordedAnswers.ts`);
  const engine = new ScriptedEngine({ rules: spec.rules, label: RECORDED_LABEL });
  const trace = await runPipeline({ task: { ...task }, engine }, stages, { runId: RECORDED_RUN_PREFIX + task.id });
  if (trace.status !== 'ok') throw new Error(`${task.id}: the run ended ${trace.status}`);
  const file = `${task.id}.json`;
  // Compact JSON: the pretty-printed export format is a third larger.
  const text = JSON.stringify(JSON.parse(serializeTrace(trace)));
  writeFileSync(`${OUT}/${file}`, text);
  index.runs.push({
    id: trace.runId,
    file,
    taskId: task.id,
    title: task.title ?? task.id,
    language: task.language,
    cwe: task.cwe ?? null,
    summary: spec.summary,
  });
  const generated = stageOutput(trace, 'analysis')?.findings.map((f) => f.cwe) ?? [];
  const final = stageOutput(trace, 'diff')?.final?.findings.map((f) => f.cwe) ?? [];
  const revision = stageOutput(trace, 'revision')?.status ?? 'none';
  console.log(
    `${task.id}: ${Math.round(text.length / 1024)} KB; findings generated [${generated.join(', ')}], ` +
      `final [${final.join(', ')}]; revision ${revision}`,
  );
}
writeFileSync(`${OUT}/index.json`, `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.runs.length} recorded runs to ${OUT}`);
