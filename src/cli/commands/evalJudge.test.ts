// `eval --code-dir` writes each run's code where `eval judge` finds it again; `eval judge` stores the external
// verdict on the runs a SARIF log names and leaves the others "not judged".
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';
import { codeDirWriter, CODE_DIR_INDEX } from './codeDir';
import { evalJudgeCommand } from './evalJudge';

afterEach(() => vi.restoreAllMocks());

const run = (id: string, over: Partial<TaskResult> = {}): TaskResult =>
  taskResult({ id, model: 'reference', sample: 0, code: `# ${id}\n`, ...over });

describe('eval --code-dir and eval judge', () => {
  it('writes the code, then judges the runs a SARIF log names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'judge-'));
    const runs = [run('py-a'), run('py-b'), run('py-c', { error: { code: 'ENGINE_UNREACHABLE', message: 'down' } })];
    const write = codeDirWriter(join(dir, 'code'), false);
    runs.forEach(write);
    expect(readFileSync(join(dir, 'code/baseline/py-a/0.py'), 'utf8')).toBe('# py-a\n');
    const index = readFileSync(join(dir, 'code', CODE_DIR_INDEX), 'utf8')
      .trim()
      .split('\n');
    expect(index.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([
      join(dir, 'code/baseline/py-a/0.py'),
      join(dir, 'code/baseline/py-b/0.py'),
    ]);

    writeFileSync(join(dir, 'report.json'), JSON.stringify({ meta: { model: 'reference' }, tasks: runs }));
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'semgrep', rules: [{ id: 'shell', properties: { tags: ['CWE-78: OS Command'] } }] } },
          results: [
            {
              ruleId: 'shell',
              level: 'error',
              message: { text: 'shell' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: `file://${dir}/code/baseline/py-a/0.py` },
                    region: { startLine: 1 },
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'a.sarif'), JSON.stringify(sarif));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const flags = { report: join(dir, 'report.json'), sarif: join(dir, 'a.sarif'), out: join(dir, 'judged.json') };
    expect(await evalJudgeCommand.run({ positional: [], flags })).toBe(0);
    const judged = JSON.parse(readFileSync(flags.out, 'utf8')) as {
      meta: unknown;
      tasks: TaskResult[];
      externalJudge: { judged: number; notJudged: number; summary: Record<string, { externalSecureRate: number }> };
    };
    expect(judged.meta).toEqual({ model: 'reference' });
    expect(judged.tasks[0]).toMatchObject({
      externalSecure: false,
      externalFindings: [{ ruleId: 'shell', cwe: 'CWE-78', line: 1 }],
    });
    expect(judged.tasks[1]!.externalSecure).toBeUndefined();
    expect(judged.externalJudge).toMatchObject({ judged: 1, notJudged: 2 });
    expect(judged.externalJudge.summary.baseline!.externalSecureRate).toBe(0);
  });

  it('refuses a file that is not SARIF, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'judge-'));
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ tasks: [run('py-a')] }));
    writeFileSync(join(dir, 'x.sarif'), '{"version":"2.1.0"}');
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
    const flags = { report: join(dir, 'r.json'), sarif: join(dir, 'x.sarif') };
    expect(await evalJudgeCommand.run({ positional: [], flags })).toBe(2);
    expect(err).toContain('not a SARIF log');
    const cobol = { ...flags, 'scanned-languages': 'python,cobol' };
    expect(await evalJudgeCommand.run({ positional: [], flags: cobol })).toBe(2);
    expect(err).toContain('--scanned-languages names unknown language "cobol"');
  });
});
