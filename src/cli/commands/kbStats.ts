// `kb stats --json`: counts of the knowledge base as one JSON object (its shape: docs/cli.md).
import type { Command } from '../Command';
import { kbStats } from '../../core/kbTools/kbStats';
import { openKnowledgeBase } from './openKnowledgeBase';
import { KB_OPTIONS } from '../commonOptions';

export const kbStatsCommand: Command = {
  name: 'kb stats',
  summary: 'counts of CWEs, guidelines, examples and advisories (--json)',
  options: [
    { name: 'json', type: 'boolean', description: 'print one JSON object (the shape in docs/cli.md)' },
    ...KB_OPTIONS,
  ],
  async run(args) {
    const stats = kbStats(await openKnowledgeBase(args));
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
    return 0;
  },
};
