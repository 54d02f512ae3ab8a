// Assembles the hold-out task corpora: holdout/<set>/<language>.yaml (written by hand, one file per
// language, block scalars keep code prefixes readable) -> holdout/<set>.jsonl in the dev task schema,
// which evalRetrieval.ts and the CLI's `retrieve --jsonl` read. Four sets, written separately and
// measured separately: `tasks` (first round), `tasks-r3` (third round, harder styles), `tasks-r4`
// (fourth round, docstring completions, bare prefixes and everyday goals) and `tasks-r5` (fifth round,
// shaped like the public secure-coding benchmarks). Usage:
// npx tsx scripts/holdout/assembleHoldoutTasks.ts [SET...] [--check]
//   SET: tasks | tasks-r3 | tasks-r4 | tasks-r5 (default: all); --check: exit 1 if a JSON Lines file is stale
// A YAML file for a language the playground does not offer yet (Ruby, written before its grammar was
// merged) is left out with a notice and joins the set once the language is offered.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLanguage, LANGUAGES } from '../../src/core/task/Task';
import { writtenFileSchema, type HoldoutTask, type WrittenFile } from './holdoutTaskSchema';

export const HOLDOUT_DIR = 'holdout';

/** The task sets: each is a folder of YAML files and the JSON Lines file it assembles to. */
export const HOLDOUT_TASK_SETS = ['tasks', 'tasks-r3', 'tasks-r4', 'tasks-r5'] as const;
export type HoldoutTaskSet = (typeof HOLDOUT_TASK_SETS)[number];

export const taskSetDir = (set: HoldoutTaskSet): string => join(HOLDOUT_DIR, set);
export const taskSetFile = (set: HoldoutTaskSet): string => join(HOLDOUT_DIR, `${set}.jsonl`);
export const HOLDOUT_TASKS_FILE = taskSetFile('tasks');

const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.yaml'));

/** The declared language of a YAML file when it names one the playground does not offer (yet). */
function notOfferedLanguage(raw: unknown): string | undefined {
  const language = (raw as { language?: unknown } | null)?.language;
  return typeof language === 'string' && !isLanguage(language) ? language : undefined;
}

/** Files of a set written for a language not offered yet: left out of the JSON Lines file until it is. */
export function waitingFiles(dir: string): string[] {
  return yamlFiles(dir).filter((name) => {
    const language = notOfferedLanguage(parse(readFileSync(join(dir, name), 'utf8')));
    return language !== undefined && `${language}.yaml` === name;
  });
}

/** Every written file of an offered language, parsed and checked, in the registry's language order. */
export function readWrittenFiles(dir = taskSetDir('tasks')): WrittenFile[] {
  const waiting = new Set(waitingFiles(dir));
  const files = yamlFiles(dir)
    .filter((name) => !waiting.has(name))
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

/** The JSON Lines text a set's YAML files assemble to. */
export function assembleTaskSet(set: HoldoutTaskSet): string {
  return toJsonLines(assembleHoldoutTasks(readWrittenFiles(taskSetDir(set))));
}

function isTaskSet(value: string): value is HoldoutTaskSet {
  return (HOLDOUT_TASK_SETS as readonly string[]).includes(value);
}

if (process.argv[1]?.endsWith('assembleHoldoutTasks.ts')) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const named = args.filter((a) => a !== '--check');
  const unknown = named.filter((a) => !isTaskSet(a));
  if (unknown.length) {
    process.stderr.write(`unknown task set ${unknown.join(', ')}; sets: ${HOLDOUT_TASK_SETS.join(', ')}\n`);
    process.exit(2);
  }
  const sets = named.length ? named.filter(isTaskSet) : HOLDOUT_TASK_SETS;
  let stale = false;
  for (const set of sets) {
    for (const name of waitingFiles(taskSetDir(set)))
      process.stderr.write(`${taskSetDir(set)}/${name} left out: its language is not offered yet\n`);
    const text = assembleTaskSet(set);
    const file = taskSetFile(set);
    if (check) {
      const current = ((): string | undefined => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return undefined;
        }
      })();
      const isStale = current !== text;
      stale ||= isStale;
      process.stderr.write(isStale ? `${file} is stale: rerun without --check\n` : `${file} up to date\n`);
    } else {
      writeFileSync(file, text);
      process.stderr.write(`wrote ${text.split('\n').length - 1} tasks to ${file}\n`);
    }
  }
  process.exit(stale ? 1 : 0);
}
