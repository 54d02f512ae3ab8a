import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFunctionalProgram } from './buildFunctionalProgram';
import { PYTHON_PRELUDE } from './pythonPrelude';

describe('the Python test prelude', () => {
  it('is put before Python code only', () => {
    const py = buildFunctionalProgram(
      { id: 'p', language: 'python', kind: 'nl', prompt: '', tests: 'assert f() == 1' },
      'def f():\n    return 1\n',
    );
    const js = buildFunctionalProgram(
      { id: 'j', language: 'javascript', kind: 'nl', prompt: '', tests: 'assert(f() === 1)' },
      'function f() { return 1; }\n',
    );
    expect(py?.code.startsWith(PYTHON_PRELUDE)).toBe(true);
    expect(py?.code.endsWith('def f():\n    return 1\n')).toBe(true);
    expect(js?.code).not.toContain('pbkdf2');
  });

  it('gives the same bytes as the native pbkdf2_hmac when hashlib lacks it, leaving no names behind', () => {
    // Run in the machine's CPython with pbkdf2_hmac taken away, as in Pyodide.
    const script = [
      'import hashlib',
      'native = hashlib.pbkdf2_hmac',
      'del hashlib.pbkdf2_hmac',
      PYTHON_PRELUDE,
      'assert hashlib.pbkdf2_hmac is not native',
      'for args in [("sha256", b"password", b"salt", 1000, 32), ("sha1", b"k" * 100, b"s", 3, None), ("sha512", b"", b"x", 2, 80)]:',
      '    assert hashlib.pbkdf2_hmac(*args) == native(*args), args',
      'assert "_scg_hashlib" not in globals()',
      'print("same")',
    ].join('\n');
    const result = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('same');
  });
});
