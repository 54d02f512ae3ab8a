// Runs a Python task's assertions against generated code in a Pyodide runtime (inside the
// Python test worker in the browser; in Node for unit tests). Never call it on the page's thread.
import type { TestOutcome } from './testJobMessages';
import { pythonDriver } from './pythonDriver';

/** The part of Pyodide's API the harness needs (PyodideAPI satisfies it). */
export interface PythonRuntime {
  runPythonAsync(code: string): Promise<unknown>;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
  setStdin(options: { error: boolean }): void;
  /** Pyodide's; without it `del sys.modules['js']; import js` would find the JS globals again. */
  unregisterJsModule?(name: string): void;
}

export async function runPyTests(python: PythonRuntime, code: string, tests: string, entry = ''): Promise<TestOutcome> {
  const discard = { batched: () => {} };
  python.setStdout(discard);
  python.setStderr(discard);
  // input() must fail at once instead of waiting for a terminal that does not exist.
  python.setStdin({ error: true });
  for (const name of ['js', 'pyodide_js']) {
    try {
      python.unregisterJsModule?.(name);
    } catch {
      /* already gone */
    }
  }
  try {
    const message = await python.runPythonAsync(pythonDriver(code, tests, entry));
    if (message === '') return { passed: true };
    return {
      passed: false,
      error: typeof message === 'string' ? message.slice(0, 500) : 'the test driver returned no verdict',
    };
  } catch (error) {
    return {
      passed: false,
      error: `the Python runtime failed: ${error instanceof Error ? error.message.slice(-500) : String(error)}`,
    };
  }
}
