// `kb stats --json`: counts of the knowledge base as one JSON object (its shape: docs/cli.md).
import type { Command } from '../Command';
import { kbStats } from '../../core/kbTools/kbStats';
import { openKnowledgeBase } from './openKnowledgeBase';
import { KB_OPTIONS } from '../commonOptions';
import { advisoryGaps, gapsPerLanguage } from '../../core/kbTools/advisoryGaps';

export const kbStatsCommand: Command = {
  name: 'kb stats',
  summary: 'counts of CWEs, guidelines, examples and advisories (--json)',
  options: [
    { name: 'json', type: 'boolean', description: 'print one JSON object (the shape in docs/cli.md)' },
    ...KB_OPTIONS,
  ],
  async run(args) {
    const kb = await openKnowledgeBase(args);
    const stats = kbStats(kb);
    if (args.flags.json) {
      process.stdout.write(`${JSON.stringify(stats)}\n`);
      return 0;
    }
    process.stdout.write(
      `${stats.cwes} CWEs, ${stats.guidelines} guidelines, ${stats.examples} examples, ${stats.advisories} advisories\n`,
    );
    for (const [cwe, n] of Object.entries(stats.byCwe)) {
      process.stdout.write(
        `  ${cwe.padEnd(9)} guidelines ${n.guidelines}  examples ${n.examples}  advisories ${n.advisories}\n`,
      );
    }
    const gaps = advisoryGaps(kb.cwes, kb.advisories);
    const cells = gaps.reduce((n, g) => n + g.missing.length, 0);
    process.stdout.write(`pairs without an advisory in their language: ${cells} (CWE, language) cells\n`);
    process.stdout.write(`  per language: ${JSON.stringify(gapsPerLanguage(gaps))}\n`);
    for (const g of gaps) process.stdout.write(`  ${g.cwe.padEnd(9)} ${g.missing.join(' ')}\n`);
    return 0;
  },
};
