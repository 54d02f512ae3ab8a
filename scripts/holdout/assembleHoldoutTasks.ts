// Assembles the hold-out task corpus: holdout/tasks/<language>.yaml (written by hand, one file per
// language, block scalars keep code prefixes readable) -> holdout/tasks.jsonl in the dev task schema,
// which evalRetrieval.ts and the CLI's `retrieve --jsonl` read. Usage:
// npx tsx scripts/holdout/assembleHoldoutTasks.ts [--check]   (--check: exit 1 if tasks.jsonl is stale)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LANGUAGES } from '../../src/core/task/Task';
import { writtenFileSchema, type HoldoutTask, type WrittenFile } from './holdoutTaskSchema';

export const HOLDOUT_DIR = 'holdout';
export const HOLDOUT_TASKS_FILE = join(HOLDOUT_DIR, 'tasks.jsonl');

/** Every written file, parsed and checked, in the registry's language order. */
export function readWrittenFiles(dir = join(HOLDOUT_DIR, 'tasks')): WrittenFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const parsed = writtenFileSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      if (`${parsed.data.language}.yaml` !== name) throw new Error(`${name} declares language ${parsed.data.language}`);
      return parsed.data;
    });
  return files.sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
}

export function assembleHoldoutTasks(files: readonly WrittenFile[]): HoldoutTask[] {
  return files.flatMap((file) =>
    file.tasks.map((t) => ({
      id: `holdout/${file.language}/${t.id}`,
      source: 'holdout' as const,
      language: file.language,
      cwe: t.cwe,
      // YAML block scalars end with a newline; a task typed into the playground does not.
      prompt: t.prompt.replace(/\s+$/, ''),
      kind: t.kind,
    })),
  );
}

export function toJsonLines(tasks: readonly HoldoutTask[]): string {
  return tasks.map((t) => JSON.stringify(t)).join('\n') + '\n';
}

if (process.argv[1]?.endsWith('assembleHoldoutTasks.ts')) {
  const text = toJsonLines(assembleHoldoutTasks(readWrittenFiles()));
  if (process.argv.includes('--check')) {
    const stale = readFileSync(HOLDOUT_TASKS_FILE, 'utf8') !== text;
    process.stderr.write(stale ? `${HOLDOUT_TASKS_FILE} is stale: rerun without --check\n` : 'up to date\n');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(HOLDOUT_TASKS_FILE, text);
  process.stderr.write(`wrote ${text.split('\n').length - 1} tasks to ${HOLDOUT_TASKS_FILE}\n`);
}
