// The JavaScript test harness: shared scope, module syntax, assertion failures and compile errors.
import { describe, expect, it } from 'vitest';
import { runJsTests } from './runJsTests';

const TESTS = "assert(add(2, 3) === 5, 'adds');";

describe('runJsTests', () => {
  it('passes when the assertions hold against the code', async () => {
    expect(await runJsTests('function add(a, b) { return a + b; }', TESTS)).toEqual({ passed: true });
  });

  it('fails with the assertion message when the code is wrong', async () => {
    const outcome = await runJsTests('function add(a, b) { return a - b; }', TESTS);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toContain('adds');
  });

  it('reports code that does not compile', async () => {
    const outcome = await runJsTests('function add(a, b) { return a + ; }', TESTS);
    expect(outcome).toMatchObject({ passed: false });
    expect(outcome.error).toContain('does not compile');
  });

  it('answers require from the allow-list and names what is missing', async () => {
    const code =
      "const { randomBytes } = require('node:crypto');\nfunction token() { return randomBytes(16).toString('hex'); }";
    expect(await runJsTests(code, "assert(/^[0-9a-f]{32}$/.test(token()), 'hex');")).toEqual({ passed: true });
    const outcome = await runJsTests("const fs = require('fs');\nfunction add(a, b) { return a + b; }", TESTS);
    expect(outcome.error).toContain("require('fs') is not available");
  });

  it('checks the entry function exists before the tests run', async () => {
    // The code runs in global scope: a name no other test defines.
    const outcome = await runJsTests(
      'function plus(a, b) { return a + b; }',
      "assert(sum3(1, 1, 1) === 3, 'sums');",
      'sum3',
    );
    expect(outcome).toEqual({ passed: false, error: 'the code does not define the function sum3()' });
  });

  it('awaits asynchronous tests', async () => {
    const outcome = await runJsTests(
      'async function add(a, b) { return a + b; }',
      "assert((await add(1, 1)) === 3, 'async sum');",
    );
    expect(outcome).toEqual({ passed: false, error: 'assertion failed: async sum' });
  });

  it('refuses dynamic import, which no global replacement can block', async () => {
    const outcome = await runJsTests("function add(a, b) { import('http://example.com/x.js'); return a + b; }", TESTS);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toContain('Dynamic import');
  });

  // Forgeries: wrong code must fail however it tampers with the harness.
  it.each([
    ['a top-level return', 'function add(a, b) { return a - b; }\nreturn;'],
    ['redefining assert', 'function add(a, b) { return a - b; }\nvar assert = () => {};'],
    ['a global assert', 'function add(a, b) { return a - b; }\nglobalThis.assert = () => {};'],
    ['patching Object.is', 'function add(a, b) { return a - b; }\nObject.is = () => true;'],
  ])('fails wrong code that tries %s', async (_name, code) => {
    expect((await runJsTests(code, TESTS)).passed).toBe(false);
    expect((await runJsTests(code, 'assert.equal(add(2, 3), 5);')).passed).toBe(false);
  });

  it('puts back JSON.stringify and Array.prototype.every before the tests', async () => {
    const code =
      'function pairs(a) { return a.map((x) => x - 1); }\nJSON.stringify = () => "[2,3]";\nArray.prototype.every = () => true;';
    expect((await runJsTests(code, "assert(JSON.stringify(pairs([2, 3])) === '[2,3]');")).passed).toBe(false);
    expect((await runJsTests(code, 'assert([2, 3].every((x, i) => pairs([2, 3])[i] === x));')).passed).toBe(false);
    expect((await runJsTests(code, 'assert.deepEqual(pairs([2, 3]), [2, 3]);')).passed).toBe(false);
  });

  it('compares deepEqual on clones, so a Proxy that lies fails', async () => {
    const code = 'function pairs() { return new Proxy({}, { get: () => 1, ownKeys: () => [] }); }';
    expect((await runJsTests(code, 'assert.deepEqual(pairs(), { a: 1 });')).passed).toBe(false);
  });
});
