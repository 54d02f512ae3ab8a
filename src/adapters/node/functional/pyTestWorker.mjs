// Worker thread for Python functional tests: Pyodide (CPython in WebAssembly, offline from the npm
// package) runs the generated code and then the tests in a fresh namespace per program. Sockets
// are disabled, the `js` bridge sees only timers, and stdin/stdout go nowhere.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';

const { loadPyodide } = await import(pathToFileURL(workerData.pyodideEntry).href);

const PRELUDE = `
import socket as _scg_socket
def _scg_blocked(*args, **kwargs):
    raise OSError("network access is disabled in functional tests")
_scg_socket.socket.connect = _scg_blocked
_scg_socket.socket.connect_ex = _scg_blocked
_scg_socket.create_connection = _scg_blocked
_scg_socket.getaddrinfo = _scg_blocked
del _scg_socket, _scg_blocked
`;

let pyodide;
try {
  // indexURL given explicitly: Pyodide guesses it from a stack trace, which loaders such as tsx change.
  pyodide = await loadPyodide({
    indexURL: `${dirname(workerData.pyodideEntry)}/`,
    jsglobals: { setTimeout, clearTimeout, setInterval, clearInterval },
  });
  pyodide.setStdout({ batched: () => {} });
  pyodide.setStderr({ batched: () => {} });
  pyodide.setStdin({ error: true });
  pyodide.runPython(PRELUDE);
} catch (error) {
  parentPort.postMessage({ type: 'load-error', error: String(error && error.message ? error.message : error) });
  process.exit(1);
}

/** The last line of a Python traceback ("AssertionError: ...") plus the line that raised it. */
function describe(error) {
  const lines = String(error && error.message ? error.message : error).trim().split('\n');
  const last = lines.at(-1) ?? 'error';
  const where = lines.filter((l) => /^\s+File "<(code|tests)>", line \d+/.test(l)).at(-1);
  return where ? `${last} (${where.trim()})` : last;
}

parentPort.on('message', (message) => {
  const { id, program } = message;
  const namespace = pyodide.globals.get('dict')();
  let stage = 'code';
  try {
    // Not __main__: a demo block under the __main__ check must not run during tests.
    namespace.set('__name__', 'solution');
    pyodide.runPython(program.code, { globals: namespace, filename: '<code>' });
    if (program.entry && !namespace.has(program.entry)) throw new Error(`the code defines no function named ${program.entry}`);
    stage = 'tests';
    pyodide.runPython(program.tests, { globals: namespace, filename: '<tests>' });
    parentPort.postMessage({ type: 'result', id, passed: true });
  } catch (error) {
    parentPort.postMessage({ type: 'result', id, passed: false, error: `${stage}: ${describe(error)}` });
  } finally {
    namespace.destroy();
  }
});

parentPort.postMessage({ type: 'ready' });
