// The Python test harness over a real Pyodide runtime (loaded from node_modules, offline).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { runPyTests, type PythonRuntime } from './runPyTests';

let python: PythonRuntime;

beforeAll(async () => {
  python = await loadPyodide();
}, 60_000);

const TESTS = 'assert add(2, 3) == 5, "adds"\nassert add(-1, 1) == 0\n';

describe('runPyTests', () => {
  it('passes when the assertions hold against the code', async () => {
    expect(await runPyTests(python, 'def add(a, b):\n    return a + b\n', TESTS)).toEqual({ passed: true });
  });

  it('names the failing assertion and its line', async () => {
    const outcome = await runPyTests(python, 'def add(a, b):\n    return a * b if a > 0 else 7\n', TESTS);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toContain('assertion failed: adds');
    const second = await runPyTests(python, 'def add(a, b):\n    return 5 if a == 2 else 1\n', TESTS);
    expect(second.error).toBe('assertion failed (tests line 2: assert add(-1, 1) == 0)');
  });

  it('reports code that fails to import or raise', async () => {
    const outcome = await runPyTests(python, 'import no_such_module\n', TESTS);
    expect(outcome.error).toContain('the generated code failed: ModuleNotFoundError');
    const raised = await runPyTests(python, 'def add(a, b):\n    raise ValueError("nope")\n', TESTS);
    expect(raised.error).toContain('ValueError: nope');
  });

  it('keeps quotes and backslashes in code as data', async () => {
    const code = 'def add(a, b):\n    s = "\\"\\"\\"\\\\n"\n    return a + b + len(s) - 5\n';
    expect(await runPyTests(python, code, TESTS)).toEqual({ passed: true });
  });

  it('takes the JavaScript bridge away from the code under test', async () => {
    const outcome = await runPyTests(python, 'import js\ndef add(a, b):\n    return a + b\n', TESTS);
    expect(outcome.error).toContain('the generated code failed');
  });

  it('checks the entry function exists before the tests run', async () => {
    const outcome = await runPyTests(python, 'def plus(a, b):\n    return a + b\n', TESTS, 'add');
    expect(outcome).toEqual({ passed: false, error: 'the code does not define the function add()' });
  });

  it('makes input() fail instead of waiting', async () => {
    const outcome = await runPyTests(python, 'name = input()\ndef add(a, b):\n    return a + b\n', TESTS);
    expect(outcome.passed).toBe(false);
  });

  // Forgeries: wrong code must fail however it tampers with the harness.
  const WRONG = 'def add(a, b):\n    return a - b\n';
  it.each([
    ['replacing builtins.exec', WRONG + 'import builtins\nbuiltins.exec = lambda *a, **k: None\n'],
    [
      'replacing builtins.AssertionError',
      WRONG + 'import builtins\nclass _E(Exception): pass\nbuiltins.AssertionError = _E\n',
    ],
    [
      'returning an object whose __eq__ is always true',
      'class _Any:\n    def __eq__(self, other): return True\n    def __bool__(self): return True\ndef add(a, b):\n    return _Any()\n',
    ],
    ['printing a fake verdict line', WRONG + 'print(\'{"passed": true}\')\n'],
    ['tracing the tests', WRONG + 'import sys\nsys.settrace(lambda *a: None)\n'],
  ])('fails wrong code that tries %s', async (_name, code) => {
    expect((await runPyTests(python, code, TESTS)).passed).toBe(false);
  });

  it('keeps the js module away even after del sys.modules["js"]', async () => {
    const code = "import sys\ndel sys.modules['js']\nimport js\ndef add(a, b):\n    return a + b\n";
    const outcome = await runPyTests(python, code, TESTS);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toMatch(/ModuleNotFoundError|ImportError/);
  });

  it('still passes correct code that uses its own classes and containers', async () => {
    const code = 'class _Box:\n    def __init__(self, v): self.v = v\ndef add(a, b):\n    return _Box(a).v + b\n';
    expect(await runPyTests(python, code, TESTS + 'assert [add(1, 1)] == [2] and add(0, 0) in {0}\n')).toEqual({
      passed: true,
    });
  });
});
