// Bad paths on the command line: a missing file or a directory is a one-line error with exit code 2, in every command.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputFileError, assertDirectory, readInputFile } from './readInputFile';
import { analyzeCommand } from './commands/analyze';
import { evalCommand } from './commands/eval';
import { kbBuildCommand } from './commands/kbBuildCommand';
import { kbIngestCommand } from './commands/kbIngest';
import { fixtureArtefactJson } from '../adapters/node/fixtureNodePorts';

const dir = mkdtempSync(join(tmpdir(), 'scg-files-'));
const missing = join(dir, 'missing.jsonl');
writeFileSync(join(dir, 'knowledge.json'), fixtureArtefactJson());
writeFileSync(join(dir, 'ok.txt'), 'hello');
mkdirSync(join(dir, 'sub'));

function stderrOf(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join('') };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe('readInputFile', () => {
  it('reads a file and names a missing file or a directory', () => {
    expect(readInputFile(join(dir, 'ok.txt'))).toBe('hello');
    expect(() => readInputFile(missing)).toThrow(new InputFileError(missing, 'no such file'));
    expect(() => readInputFile(join(dir, 'sub'))).toThrow(`cannot read ${join(dir, 'sub')}: is a directory`);
    expect(() => assertDirectory(join(dir, 'ok.txt'))).toThrow('not a directory');
    expect(() => assertDirectory(join(dir, 'nope'))).toThrow('no such directory');
  });
});

describe('commands given a bad path', () => {
  it('eval --suite and --resume exit 2 naming the path', async () => {
    const engine = {
      engine: 'openai',
      'base-url': 'http://127.0.0.1:9/v1',
      model: 'm',
      'kb-dir': dir,
      'no-tests': 'true',
    };
    const err = stderrOf();
    expect(await evalCommand.run({ positional: [], flags: { ...engine, suite: join(dir, 'sub') } })).toBe(2);
    expect(await evalCommand.run({ positional: [], flags: { ...engine, resume: missing } })).toBe(2);
    expect(err.text()).toContain(`eval: cannot read ${join(dir, 'sub')}: is a directory`);
    expect(err.text()).toContain(`eval: cannot read ${missing}: no such file`);
  });

  it('kb ingest and kb build exit 2 naming the path', async () => {
    const err = stderrOf();
    expect(await kbIngestCommand.run({ positional: [missing], flags: { out: join(dir, 'out') } })).toBe(2);
    expect(
      await kbBuildCommand.run({ positional: [], flags: { kb: join(dir, 'nope'), out: join(dir, 'built') } }),
    ).toBe(2);
    expect(err.text()).toContain(`cannot read ${missing}: no such file`);
    expect(err.text()).toContain(`cannot read ${join(dir, 'nope')}: no such directory`);
    expect(err.text()).not.toMatch(/ENOENT|EISDIR|\n\s+at /);
  });

  it('the JSON Lines commands throw an InputFileError, which main turns into one line and exit 2', async () => {
    await expect(analyzeCommand.run({ positional: [join(dir, 'sub')], flags: {} })).rejects.toBeInstanceOf(
      InputFileError,
    );
    const run = promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'slice', missing]);
    const failure = await run.then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toBe(`slice: cannot read ${missing}: no such file\n`);
  }, 30_000);
});
