// The functional-test contract: which tasks have runnable tests, and how the generated code is
// prepared before the tests run against it.
//
// Python: the code and then the tests run as one module in a fresh namespace; tests use plain
// `assert` and may import the standard library (names they define start with `_t_`).
// JavaScript: the code runs as a classic script; `export` is dropped from declarations, imports
// become require() calls (the runner answers a short allow-list), `module.exports` is accepted and
// ignored, and the tests run after it in a block with `assert(condition, message)` defined.
// TypeScript and the other languages have no runner: their `passed` is null.
import type { Task } from '../../task/Task';
import type { FunctionalLanguage, FunctionalProgram } from './FunctionalRunner';
import { PYTHON_PRELUDE } from './pythonPrelude';

export const DEFAULT_TEST_TIMEOUT_MS = 10_000;

export function functionalLanguage(language: string): FunctionalLanguage | null {
  return language === 'python' || language === 'javascript' ? language : null;
}

/** The program to run for a task, or null when the task has no tests or its language has no runner. */
export function buildFunctionalProgram(
  task: Task,
  code: string,
  timeoutMs = DEFAULT_TEST_TIMEOUT_MS,
): FunctionalProgram | null {
  const language = functionalLanguage(task.language);
  if (!language || !task.tests || task.tests.trim() === '') return null;
  const prepared = language === 'javascript' ? stripModuleSyntax(code) : `${PYTHON_PRELUDE}\n${code}`;
  const program: FunctionalProgram = { language, code: prepared, tests: task.tests, timeoutMs };
  if (task.entry) program.entry = task.entry;
  return program;
}

/** Turns ES-module syntax into script syntax: models often write `export function` or `import x from`. */
export function stripModuleSyntax(code: string): string {
  return code
    .split('\n')
    .filter((line) => !/^\s*export\s*\{[^}]*\}\s*;?\s*$/.test(line))
    .map((line) =>
      importToRequire(line)
        .replace(/^(\s*)export\s+default\s+(?=(async\s+)?(function|class)\b)/, '$1')
        .replace(/^(\s*)export\s+(?=(async\s+)?(function|class|const|let|var)\b)/, '$1'),
    )
    .join('\n');
}

// `import a from 'm'`, `import * as a from 'm'` and `import { b, c as d } from 'm'` become
// require() calls, which the runner answers from a short allow-list of harmless modules.
function importToRequire(line: string): string {
  const m = /^(\s*)import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line);
  if (!m) return line;
  const [, indent = '', what = '', module = ''] = m;
  const named = /^\{(.*)\}$/.exec(what.trim());
  const star = /^\*\s+as\s+(\w+)$/.exec(what.trim());
  const binding = named
    ? `{ ${(named[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => s.replace(/\s+as\s+/, ': '))
        .join(', ')} }`
    : star
      ? star[1]
      : what.trim();
  return `${indent}const ${binding} = require(${JSON.stringify(module)});`;
}
