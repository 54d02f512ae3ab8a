// Measures how large real traces are as files and as share links: runs every gallery task through
// the real pipeline (knowledge base from public/kb, tree-sitter) with a scripted model answer.
// Usage: npx tsx scripts/measureTraceSizes.ts
import { runPipeline } from '../src/core/pipeline';
import { createStages } from '../src/core/createStages';
import { loadKnowledgeBaseFromDisk } from '../src/adapters/orama/loadKnowledgeBaseFromDisk';
import { createAdvisorFor, createCoreService } from '../src/adapters/createCoreService';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { ScriptedEngine } from '../src/adapters/scripted/ScriptedEngine';
import { serializeTrace } from '../src/core/traceIo';
import { encodeShareFragment, MAX_SHARE_FRAGMENT_CHARS } from '../src/core/shareLink';
import { compressToBase64Url } from '../src/core/shareLinkCodec';

const kb = await loadKnowledgeBaseFromDisk('public/kb');
const service = createCoreService(kb, nodeParser(), await createAdvisorFor(kb));
const stages = createStages({
  deriveFacets: service.deriveFacets,
  retrieve: service.retrieve,
  analyze: service.analyze,
  advisor: { advise: service.advise, texts: service.advisoryTexts },
});
const rows: { id: string; fileBytes: number; fragmentChars: number; fits: boolean }[] = [];
for (const task of kb.tasks) {
  const reply = task.reference ? `\`\`\`${task.language}\n${task.reference}\n\`\`\`` : 'No code.';
  const engine = new ScriptedEngine({ rules: [{ reply }] });
  const trace = await runPipeline({ task: { ...task }, engine }, stages);
  const file = serializeTrace(trace);
  const fragmentChars = 'trace='.length + (await compressToBase64Url(JSON.stringify(trace))).length;
  const fits = await encodeShareFragment(trace).then(
    () => true,
    () => false,
  );
  rows.push({ id: task.id, fileBytes: new TextEncoder().encode(file).length, fragmentChars, fits });
}
const sorted = (key: 'fileBytes' | 'fragmentChars') => rows.map((r) => r[key]).sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
console.log(
  JSON.stringify(
    {
      tasks: rows.length,
      fileBytes: { median: median(sorted('fileBytes')), max: Math.max(...sorted('fileBytes')) },
      fragmentChars: { median: median(sorted('fragmentChars')), max: Math.max(...sorted('fragmentChars')) },
      shareLimitChars: MAX_SHARE_FRAGMENT_CHARS,
      fitInLink: rows.filter((r) => r.fits).length,
    },
    null,
    2,
  ),
);
