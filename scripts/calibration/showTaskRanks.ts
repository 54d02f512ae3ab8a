// Prints, per task of a labelled JSON Lines file, its labels, the top 4 of the default retrieval, and the
// APIs and operations the facets found: for reading why a task missed, not for scoring.
// Usage: npx tsx scripts/calibration/showTaskRanks.ts FILE [--kb-dir public/kb] [--misses]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/adapters/orama/loadKnowledgeBase';
import { deriveFacets } from '../../src/core/facets/deriveFacets';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { taskFromInput } from '../../src/core/taskFromInput';
import { retrieve } from '../../src/core/retrieval/retrieve';

const args = process.argv.slice(2);
const file = args[0]!;
const dirAt = args.indexOf('--kb-dir');
const kbDir = dirAt >= 0 ? args[dirAt + 1]! : 'public/kb';
const kb = await loadKnowledgeBase(readFileSync(join(kbDir, 'knowledge.json'), 'utf8'));
for (const line of readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())) {
  const input = JSON.parse(line) as Record<string, unknown>;
  const task = taskFromInput(input);
  const labels = ([] as string[]).concat(input.cwe as string | string[]);
  const facets = await deriveFacets(task, kb, nodeParser());
  const record = await retrieve(kb, facets);
  const top = record.cwes.slice(0, 4).map((c) => c.id);
  const rank = record.cwes.findIndex((c) => labels.includes(c.id)) + 1;
  if (args.includes('--misses') && rank === 1) continue;
  console.log(`${task.id} [${labels.join(',')}] rank ${rank || '-'} top4 ${top.join(' ')}`);
  console.log(`   apis: ${facets.apis.slice(0, 25).join(' ')}`);
  console.log(
    `   ops: ${facets.operations.map((o) => JSON.stringify(o).slice(0, 60)).join(' ')}  markers: ${JSON.stringify(facets.markers).slice(0, 150)}`,
  );
}
