import { describe, expect, it } from 'vitest';
import { buildFunctionalProgram, stripModuleSyntax } from './buildFunctionalProgram';
import type { Task } from '../../task/Task';

const base: Task = { id: 't', language: 'javascript', kind: 'nl', prompt: '', entry: 'f', tests: 'assert(f() === 1);' };

describe('buildFunctionalProgram', () => {
  it('builds programs only for Python and JavaScript tasks with tests', () => {
    expect(buildFunctionalProgram(base, 'function f() { return 1; }', 500)).toMatchObject({
      language: 'javascript',
      entry: 'f',
      timeoutMs: 500,
    });
    expect(buildFunctionalProgram({ ...base, language: 'python' }, 'def f(): return 1')?.language).toBe('python');
    expect(buildFunctionalProgram({ ...base, language: 'typescript' }, 'x')).toBeNull();
    expect(buildFunctionalProgram({ ...base, tests: '  ' }, 'x')).toBeNull();
  });

  it('turns ES-module syntax into script syntax, leaving Python untouched', () => {
    const esm = [
      "import crypto from 'node:crypto';",
      "import * as path from 'path';",
      "import { randomBytes, createHash as hash } from 'crypto';",
      'export async function f() {}',
      'export default class A {}',
      'export const x = 1;',
      'export { f, x };',
    ].join('\n');
    expect(stripModuleSyntax(esm).split('\n')).toEqual([
      'const crypto = require("node:crypto");',
      'const path = require("path");',
      'const { randomBytes, createHash: hash } = require("crypto");',
      'async function f() {}',
      'class A {}',
      'const x = 1;',
    ]);
    // Python keeps its code as written, after the sandbox prelude.
    expect(buildFunctionalProgram({ ...base, language: 'python' }, 'export = 1')?.code.endsWith('\nexport = 1')).toBe(
      true,
    );
  });
});
