// `analyze --format sarif`: one valid SARIF log for the whole input, URIs relative to the current directory,
// a line's own `path` kept, stdin as a placeholder, and a bad line as an error notification.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Log } from 'sarif';
import { analyzeCommand } from './analyze';
import { inputBaseUri, lineUri } from '../../adapters/node/sarifUris';
import { sarifLogErrors } from '../../adapters/node/validateSarif';

afterEach(() => vi.restoreAllMocks());

const SHELL = 'import subprocess, sys\n\nhost = sys.argv[1]\nsubprocess.run("ping " + host, shell=True)\n';

describe('analyze --format sarif', () => {
  it('writes one valid log with a result per finding at its line, and notes a bad line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sarif-cli-')), 'in.jsonl');
    const lines = [
      { id: 'a', language: 'python', code: SHELL },
      { id: 'b', language: 'python', code: 'x = 1\n', path: 'gen/t1/0.py' },
      { id: 'c', language: 'cobol', code: 'x' },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await analyzeCommand.run({ positional: [], flags: { jsonl: file, format: 'sarif' } })).toBe(0);
    const log = JSON.parse(out) as Log;
    expect(sarifLogErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    const base = relative(process.cwd(), file);
    expect(run.artifacts?.map((a) => a.location?.uri)).toEqual([`${base}#a`, 'gen/t1/0.py']);
    const shell = run.results!.find((r) => r.properties?.cwe === 'CWE-78');
    expect(shell?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(4);
    expect(shell?.level).toBe('error');
    const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes.map((n) => n.message.text)).toEqual([expect.stringContaining('line 3 (id "c"): unknown language')]);
    expect(run.invocations?.[0]?.executionSuccessful).toBe(false);
  });
});

describe('SARIF URIs', () => {
  it('are relative to the current directory, stdin a placeholder, ids escaped', () => {
    expect(inputBaseUri('/w/data/in.jsonl', '/w')).toBe('data/in.jsonl');
    expect(inputBaseUri('-')).toBe('stdin');
    expect(lineUri('stdin', { id: 'a b' }, 1)).toBe('stdin#a%20b');
    expect(lineUri('in.jsonl', {}, 7)).toBe('in.jsonl#line-7');
  });
});
