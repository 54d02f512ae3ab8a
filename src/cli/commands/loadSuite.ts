// The tasks `eval` runs: a suite file (--suite FILE or - for stdin), or the built-in task gallery,
// narrowed with --tasks id,id and --limit N.
import type { ParsedArgs } from '../Command';
import { readInputFile } from '../readInputFile';
import type { Task } from '../../core/task/Task';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { parseSuiteJsonl, type SuiteLineError } from '../../core/evaluation/parseSuiteJsonl';

export function loadSuite(
  args: ParsedArgs,
  kb: KnowledgeBase,
): { name: string; tasks: Task[]; errors: SuiteLineError[] } {
  const file = args.flags.suite;
  const loaded =
    file && file !== 'gallery'
      ? { name: file, ...parseSuiteJsonl(readInputFile(file)) }
      : { name: 'gallery', tasks: [...kb.tasks], errors: [] };
  const wanted = args.flags.tasks ? new Set(args.flags.tasks.split(',').map((s) => s.trim())) : null;
  let tasks = wanted ? loaded.tasks.filter((t) => wanted.has(t.id)) : loaded.tasks;
  const limit = Number(args.flags.limit);
  if (Number.isInteger(limit) && limit > 0) tasks = tasks.slice(0, limit);
  return { ...loaded, tasks };
}
