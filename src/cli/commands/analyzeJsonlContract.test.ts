// The `analyze --jsonl` output line is the contract of ../shared/DESIGN.md, key for key: internal fields of a finding
// (the parameter tier's `source`, fixes, columns) must not leak into it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { analyzeCommand } from './analyze';

afterEach(() => vi.restoreAllMocks());

/** A helper whose parameter reaches a shell: found only by treating the parameter as a source. */
const CODE = 'import os\n\ndef run(cmd):\n    os.system(cmd)\n';

describe('analyze --jsonl contract', () => {
  it('writes exactly id, language, findings, ms, and only the contract keys on a parameter-source finding', async () => {
    const internal = (await analyzeCode(CODE, 'python', nodeParser())).findings.find((f) => f.cwe === 'CWE-78');
    expect(internal?.source).toBe('parameter');

    const file = join(mkdtempSync(join(tmpdir(), 'analyze-contract-')), 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'p1', language: 'python', code: CODE })}\n`);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await analyzeCommand.run({ positional: [], flags: { jsonl: file } })).toBe(0);

    const line = JSON.parse(out.trim()) as { findings: Record<string, unknown>[] };
    expect(Object.keys(line)).toEqual(['id', 'language', 'findings', 'ms']);
    const finding = line.findings.find((f) => f.cwe === 'CWE-78');
    expect(finding).toBeDefined();
    expect(Object.keys(finding!)).toEqual(['cwe', 'related', 'rule', 'line', 'severity', 'tier', 'message']);
    expect(finding).toMatchObject({ line: 4, tier: 'finding' });
  });
});
