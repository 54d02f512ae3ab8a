// Prints, for the tasks of a labelled JSON Lines file whose id contains a given text, every facet's score and
// rank for the labelled CWEs and for the top 4 of the default retrieval: for reading why one task missed.
// Usage: npx tsx scripts/calibration/explainTask.ts FILE ID-PART [--kb-dir public/kb]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/adapters/orama/loadKnowledgeBase';
import { deriveFacets } from '../../src/core/facets/deriveFacets';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { taskFromInput } from '../../src/core/taskFromInput';
import { retrieve } from '../../src/core/retrieval/retrieve';

const args = process.argv.slice(2);
const [file, idPart] = [args[0]!, args[1]!];
const dirAt = args.indexOf('--kb-dir');
const kb = await loadKnowledgeBase(
  readFileSync(join(dirAt >= 0 ? args[dirAt + 1]! : 'public/kb', 'knowledge.json'), 'utf8'),
);
for (const line of readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.includes(idPart))) {
  const input = JSON.parse(line) as Record<string, unknown>;
  const task = taskFromInput(input);
  const labels = ([] as string[]).concat(input.cwe as string | string[]);
  const record = await retrieve(kb, await deriveFacets(task, kb, nodeParser()));
  console.log(`${task.id} [${labels.join(',')}]`);
  const shown = new Set([...record.cwes.slice(0, 4).map((c) => c.id), ...labels]);
  record.cwes.forEach((c, i) => {
    if (!shown.has(c.id)) return;
    const facets = c.facets.map(
      (f) =>
        `${f.facet} #${f.rank ?? '-'} ${f.score.toFixed(3)}${f.evidence ? ` (${f.evidence.slice(0, 3).join('; ')})` : ''}`,
    );
    console.log(`  ${i + 1}. ${c.id} ${c.fused.toFixed(4)}: ${facets.join(' | ')}`);
  });
}
