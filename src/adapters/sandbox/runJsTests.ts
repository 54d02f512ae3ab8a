// Runs a JavaScript task's assertions against generated code, inside whatever scope calls it
// (the test worker in the browser, plain Node in unit tests). Never call it on the page's thread.
// The code arrives prepared by buildFunctionalProgram (module syntax already turned into script).
import { refusesDynamicImport } from './blockNetwork';
import type { TestOutcome } from './testJobMessages';
import { sandboxRequire } from './sandboxRequire';

type AsyncBody = (...args: unknown[]) => Promise<unknown>;
type AsyncFunctionConstructor = new (...params: string[]) => AsyncBody;

/** The constructor of async functions, so top-level `await` in code or tests works. */
const AsyncFunction: AsyncFunctionConstructor = Object.getPrototypeOf(async () => {}).constructor;

/** `assert(cond, message)` as the gallery's tests use it, plus the Node-style helpers. */
function makeAssert(): (cond: unknown, message?: string) => void {
  const assert = (cond: unknown, message?: string): void => {
    if (!cond) throw new Error(message ? `assertion failed: ${message}` : 'assertion failed');
  };
  return Object.assign(assert, {
    ok: assert,
    equal: (a: unknown, b: unknown, message?: string) => assert(a == b, message ?? `${String(a)} == ${String(b)}`),
    strictEqual: (a: unknown, b: unknown, message?: string) => assert(Object.is(a, b), message ?? `${String(a)} === ${String(b)}`),
    throws: (fn: () => unknown, message?: string) => {
      let threw = false;
      try { fn(); } catch { threw = true; }
      assert(threw, message ?? 'expected an exception');
    },
  });
}

/**
 * Runs `code` then `tests` in one async function scope (so the tests see the code's declarations
 * and may await), after checking that `entry`, when given, is a function.
 */
export async function runJsTests(code: string, tests: string, entry?: string): Promise<TestOutcome> {
  const refused = refusesDynamicImport(code) ?? refusesDynamicImport(tests);
  if (refused) return { passed: false, error: refused };
  let body: AsyncBody;
  try {
    // Code and tests share one function scope, so the tests see the code's declarations.
    body = new AsyncFunction('assert', 'module', 'exports', 'require', `${code}\n;\n${entryCheck(entry)}${tests}`);
  } catch (error) {
    return { passed: false, error: `the code does not compile: ${describe(error)}` };
  }
  const module = { exports: {} };
  try {
    await body(makeAssert(), module, module.exports, sandboxRequire);
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
