// Runs a Python task's assertions against generated code in a Pyodide runtime (inside the
// Python test worker in the browser; in Node for unit tests). Never call it on the page's thread.
import type { TestOutcome } from './testJobMessages';

/** The part of Pyodide's API the harness needs (PyodideAPI satisfies it). */
export interface PythonRuntime {
  runPythonAsync(code: string): Promise<unknown>;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
  setStdin(options: { error: boolean }): void;
}

// JSON string literals are valid Python string literals, so code and tests go in as data,
// never spliced into the driver's own syntax.
function driver(code: string, tests: string, entry: string): string {
  return `
def __scg_run(code, tests, entry):
    import sys, traceback
    # Python can reach JavaScript (and so the network) through these modules: take them away.
    for _name in ("js", "pyodide_js", "pyodide.http", "pyodide.code", "micropip"):
        sys.modules[_name] = None

    def where(error, filename, source):
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
        if not frames:
            return ""
        lines = source.splitlines()
        n = frames[-1].lineno
        text = lines[n - 1].strip() if 0 < n <= len(lines) else ""
        return " (%s line %d: %s)" % (filename.strip("<>"), n, text)

    def describe(error):
        text = str(error)
        return type(error).__name__ + (": " + text if text else "")

    scope = {"__name__": "__scg_solution__"}
    try:
        exec(compile(code, "<generated>", "exec"), scope)
    except BaseException as error:
        return "the generated code failed: " + describe(error) + where(error, "<generated>", code)
    if entry and not callable(scope.get(entry)):
        return "the code does not define the function %s()" % entry
    try:
        exec(compile(tests, "<tests>", "exec"), scope)
    except AssertionError as error:
        return "assertion failed" + (": " + str(error) if str(error) else "") + where(error, "<tests>", tests)
    except BaseException as error:
        return describe(error) + where(error, "<tests>", tests) + where(error, "<generated>", code)
    return ""

__scg_run(${JSON.stringify(code)}, ${JSON.stringify(tests)}, ${JSON.stringify(entry)})
`;
}

export async function runPyTests(python: PythonRuntime, code: string, tests: string, entry = ''): Promise<TestOutcome> {
  const discard = { batched: () => {} };
  python.setStdout(discard);
  python.setStderr(discard);
  // input() must fail at once instead of waiting for a terminal that does not exist.
  python.setStdin({ error: true });
  try {
    const message = await python.runPythonAsync(driver(code, tests, entry));
    if (message === '') return { passed: true };
    return { passed: false, error: typeof message === 'string' ? message.slice(0, 500) : 'the test driver returned no verdict' };
  } catch (error) {
    return { passed: false, error: `the Python runtime failed: ${error instanceof Error ? error.message.slice(-500) : String(error)}` };
  }
}
