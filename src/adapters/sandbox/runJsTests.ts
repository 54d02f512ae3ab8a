// Runs a JavaScript task's assertions against generated code, inside whatever scope calls it
// (the test worker in the browser, a Deno process for the CLI). Never call it on the page's thread.
// The code runs as a classic script in global scope (so a top-level `return` is a SyntaxError);
// the tests then run in their own function whose `assert` is a frozen parameter.
import { refusesDynamicImport } from './blockNetwork';
import type { TestOutcome } from './testJobMessages';
import { sandboxRequire } from './sandboxRequire';
import { frozenAssert } from './frozenAssert';
import { restoreIntrinsics } from './snapshotIntrinsics';

// Captured at load, before any generated code can replace them.
const indirectEval = globalThis.eval;
const CapturedError = Error;
const reflectApply = Reflect.apply;
const promiseThen = Promise.prototype.then;
const CapturedPromise = Promise;
const defineProperty = Object.defineProperty;

// Appended to the code: a function that evaluates the tests *inside* the code's script scope, so
// they see its let/const/class declarations. It refuses to run if `eval` is not the real one.
const TRAILER =
  '\n;\n(function (__scg_source, __scg_eval) { if (eval !== __scg_eval) throw new Error("eval was replaced"); return eval(__scg_source); })';

export async function runJsTests(code: string, tests: string, entry?: string): Promise<TestOutcome> {
  const refused = refusesDynamicImport(code) ?? refusesDynamicImport(tests);
  if (refused) return { passed: false, error: refused };
  const module = { exports: {} };
  const g = globalThis as Record<string, unknown>;
  g.module = module;
  g.exports = module.exports;
  g.require = sandboxRequire;
  // The global `eval` cannot be redefined by the code (only shadowed, which the trailer detects).
  defineProperty(globalThis, 'eval', { value: indirectEval, writable: false, configurable: false });
  let inScope: (source: string, realEval: unknown) => unknown;
  try {
    inScope = indirectEval(`${code}${TRAILER}`) as typeof inScope;
  } catch (error) {
    return {
      passed: false,
      error: `${error instanceof SyntaxError ? 'the code does not compile' : 'the code failed'}: ${describe(error)}`,
    };
  }
  if (!restoreIntrinsics()) return { passed: false, error: 'the code froze or locked built-in objects the tests need' };
  try {
    const body = inScope(`(async function (assert) {\n${entryCheck(entry)}${tests}\n})`, indirectEval) as (
      assert: unknown,
    ) => Promise<unknown>;
    if (typeof body !== 'function') throw new CapturedError('the test harness was subverted');
    const settled = await new CapturedPromise<unknown>((resolve) => {
      reflectApply(promiseThen, reflectApply(body, undefined, [frozenAssert()]), [
        () => resolve(null),
        (error: unknown) => resolve({ error }),
      ]);
    });
    if (settled !== null) return { passed: false, error: describe((settled as { error: unknown }).error) };
    return { passed: true };
  } catch (error) {
    return { passed: false, error: describe(error) };
  }
}

// The entry name is checked as an identifier before it is spliced into the test body.
function entryCheck(entry: string | undefined): string {
  if (!entry || !/^[A-Za-z_$][\w$]*$/.test(entry)) return '';
  return `if (typeof ${entry} !== 'function') throw new Error('the code does not define the function ${entry}()');\n`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}
