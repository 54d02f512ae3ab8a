// Worker thread for JavaScript functional tests: runs the generated code and then the tests in a
// fresh node:vm context per program. The context holds only language built-ins plus URL, text
// codecs, Web Crypto and a require() limited to pure modules: no fs, network, process or timers.
// (node:vm is not a security boundary on its own; the worker runs with an empty environment and
// is terminated by its parent on timeout.)
import { parentPort } from 'node:worker_threads';
import vm from 'node:vm';
import { webcrypto } from 'node:crypto';
import nodeCrypto from 'node:crypto';
import path from 'node:path';
import util from 'node:util';
import querystring from 'node:querystring';
import { Buffer } from 'node:buffer';

const MODULES = {
  crypto: nodeCrypto, path, util, querystring, buffer: { Buffer },
  url: { URL, URLSearchParams },
};

function safeRequire(name) {
  const key = String(name).replace(/^node:/, '');
  if (Object.hasOwn(MODULES, key)) return MODULES[key];
  throw new Error(`require("${name}") is not available in functional tests`);
}

function freshContext() {
  const silent = () => {};
  const module = { exports: {} };
  return vm.createContext({
    URL, URLSearchParams, TextEncoder, TextDecoder, Buffer, structuredClone, atob, btoa,
    crypto: webcrypto,
    console: { log: silent, info: silent, warn: silent, error: silent, debug: silent },
    require: safeRequire, module, exports: module.exports,
  });
}

const ASSERT = "const assert = (condition, message) => { if (!condition) throw new Error('Assertion failed' + (message ? ': ' + message : '')); };";

function describe(error) {
  if (error && typeof error === 'object' && 'message' in error) return `${error.name ?? 'Error'}: ${error.message}`;
  return String(error);
}

parentPort.on('message', (message) => {
  const { id, program } = message;
  let stage = 'code';
  try {
    const context = freshContext();
    const timeout = program.timeoutMs;
    vm.runInContext(program.code, context, { filename: 'generated.js', timeout });
    if (program.entry) {
      stage = 'entry';
      const kind = vm.runInContext(`typeof ${program.entry}`, context, { timeout });
      if (kind !== 'function') throw new Error(`the code defines no function named ${program.entry}`);
    }
    stage = 'tests';
    // A block keeps the tests' own names (and assert) from clashing with the code's declarations.
    vm.runInContext(`{\n${ASSERT}\n${program.tests}\n}`, context, { filename: 'tests.js', timeout });
    parentPort.postMessage({ type: 'result', id, passed: true });
  } catch (error) {
    const timedOut = error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    parentPort.postMessage({ type: 'result', id, passed: false, timedOut, error: `${stage}: ${describe(error)}` });
  }
});

parentPort.postMessage({ type: 'ready' });
