// Ingesting the project's fixture pairs: grouped by CWE, sliced around the fix, deterministic,
// and the written file loads back through the import validation.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { canonicalJson } from '../../kb/canonicalJson';
import { FIXTURE_PAIRS_JSONL } from './fixturePairs';
import { ingestPairs } from './ingestPairs';
import { parsePairsJsonl } from './parsePairsJsonl';
import { parseUserKb } from './parseUserKb';

async function ingest() {
  const { pairs, problems } = parsePairsJsonl(FIXTURE_PAIRS_JSONL);
  return ingestPairs(pairs, nodeParser(), {
    name: 'fixture',
    problems,
    cweNames: new Map([['CWE-78', 'OS Command Injection']]),
  });
}

describe('ingestPairs', () => {
  it('groups pairs by CWE in numeric order, names known CWEs and keeps related ids', async () => {
    const kb = await ingest();
    expect(kb.cwes.map((c) => c.id)).toEqual(['CWE-78', 'CWE-89', 'CWE-476']);
    const shell = kb.cwes[0]!;
    expect(shell.name).toBe('OS Command Injection');
    expect(kb.cwes[1]!.name).toBe('CWE-89');
    expect(shell.related).toEqual(['CWE-88']);
    expect(shell.examples.map((e) => e.id)).toEqual(['user:CWE-78-python-1', 'user:CWE-78-python-2']);
    expect(shell.guidelines).toEqual([]);
    expect(kb.distillation.status).toBe('skipped');
  });

  it('slices each pair around the changed lines', async () => {
    const kb = await ingest();
    const first = kb.cwes[0]!.examples[0]!;
    expect(first.vulnerable.sliced).toBe(true);
    expect(first.vulnerable.keptLines).toContain(6);
    expect(first.fixed.slice).toContain('subprocess.run');
    const c = kb.cwes[2]!.examples[0]!;
    expect(c.fixed.keptLines).toContain(6);
    expect(kb.report).toMatchObject({ pairs: 4, sliced: 4, unsliced: 0 });
    expect(kb.report.problems.map((p) => p.line)).toEqual([6, 7]);
  });

  it('keeps a pair whole, with the reason counted, when the sides are identical', async () => {
    const { pairs } = parsePairsJsonl(
      JSON.stringify({ cwe: 'CWE-22', language: 'python', vulnerable: 'x = 1\n', fixed: 'x = 1\n' }),
    );
    const kb = await ingestPairs(pairs, nodeParser(), { name: 'same' });
    expect(kb.cwes[0]!.examples[0]!.vulnerable.sliced).toBe(false);
    expect(kb.report.unslicedReasons).toEqual({ 'both sides are identical': 1 });
  });

  it('is deterministic and round-trips through the import validation', async () => {
    const a = await ingest();
    const b = await ingest();
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(parseUserKb(canonicalJson(a)).version).toBe(a.version);
  });

  it('rejects a file that is not a user knowledge base, and one with foreign ids', async () => {
    expect(() => parseUserKb('{"format":"secure-codegen-playground/kb"}')).toThrow(/not a user knowledge base/);
    const kb = await ingest();
    const bad = {
      ...kb,
      cwes: [{ ...kb.cwes[0]!, examples: [{ ...kb.cwes[0]!.examples[0]!, id: 'CWE-78-python-1' }] }],
    };
    expect(() => parseUserKb(bad)).toThrow(/must start with "user:"/);
    expect(() => parseUserKb('{')).toThrow(/not valid JSON/);
  });
});
