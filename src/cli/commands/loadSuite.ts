// The tasks `eval` runs: a suite file (--suite FILE or - for stdin), or the built-in task gallery,
// narrowed with --tasks id,id and --limit N. Its hash (sha256 of the file as read, or of the gallery in
// `suite export` form) goes into the report's meta, so two reports can be checked to share a suite.
import { createHash } from 'node:crypto';
import type { ParsedArgs } from '../Command';
import { readInputFile } from '../readInputFile';
import type { Task } from '../../core/task/Task';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { parseSuiteJsonl, type SuiteLineError } from '../../core/evaluation/parseSuiteJsonl';
import { suiteLines } from '../../core/evaluation/suiteLines';

export function loadSuite(
  args: ParsedArgs,
  kb: KnowledgeBase,
): { name: string; hash: string; tasks: Task[]; errors: SuiteLineError[] } {
  const file = args.flags.suite;
  const text = file && file !== 'gallery' ? readInputFile(file) : suiteLines([...kb.tasks]);
  const hash = createHash('sha256').update(text).digest('hex');
  const loaded =
    file && file !== 'gallery'
      ? { name: file, hash, ...parseSuiteJsonl(text) }
      : { name: 'gallery', hash, tasks: [...kb.tasks], errors: [] };
  const wanted = args.flags.tasks ? new Set(args.flags.tasks.split(',').map((s) => s.trim())) : null;
  let tasks = wanted ? loaded.tasks.filter((t) => wanted.has(t.id)) : loaded.tasks;
  const limit = Number(args.flags.limit);
  if (Number.isInteger(limit) && limit > 0) tasks = tasks.slice(0, limit);
  return { ...loaded, tasks };
}
