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
    const code = "const { randomBytes } = require('node:crypto');\nfunction token() { return randomBytes(16).toString('hex'); }";
    expect(await runJsTests(code, "assert(/^[0-9a-f]{32}$/.test(token()), 'hex');")).toEqual({ passed: true });
    const outcome = await runJsTests("const fs = require('fs');\nfunction add(a, b) { return a + b; }", TESTS);
    expect(outcome.error).toContain("require('fs') is not available");
  });

  it('checks the entry function exists before the tests run', async () => {
    const outcome = await runJsTests('function plus(a, b) { return a + b; }', TESTS, 'add');
    expect(outcome).toEqual({ passed: false, error: 'the code does not define the function add()' });
  });

  it('awaits asynchronous tests', async () => {
    const outcome = await runJsTests('async function add(a, b) { return a + b; }', "assert((await add(1, 1)) === 3, 'async sum');");
    expect(outcome).toEqual({ passed: false, error: 'assertion failed: async sum' });
  });

  it('refuses dynamic import, which no global replacement can block', async () => {
    const outcome = await runJsTests("function add(a, b) { import('http://example.com/x.js'); return a + b; }", TESTS);
    expect(outcome.passed).toBe(false);
    expect(outcome.error).toContain('Dynamic import');
  });

});
