// `suite export`: writes the built-in task gallery as a suite (JSON Lines), to --out FILE or stdout,
// so it can be edited, narrowed or run elsewhere with `eval --suite FILE`.
import { writeFileSync } from 'node:fs';
import type { Command } from '../Command';
import { suiteLines } from '../../core/evaluation/suiteLines';
import { openKnowledgeBase } from './openKnowledgeBase';
import { KB_OPTIONS } from '../commonOptions';

export const suiteExportCommand: Command = {
  name: 'suite export',
  summary: 'write the task gallery as a suite of JSON Lines (--out FILE)',
  options: [
    { name: 'out', type: 'string', value: 'FILE', defaultNote: 'stdout', description: 'write the suite to FILE' },
    ...KB_OPTIONS,
  ],
  async run(args) {
    const kb = await openKnowledgeBase(args);
    const text = suiteLines([...kb.tasks]);
    if (args.flags.out) writeFileSync(args.flags.out, text);
    else process.stdout.write(text);
    process.stderr.write(`${kb.tasks.length} tasks\n`);
    return 0;
  },
};
