// The command line's CWE relations: `analyze` findings carry `related`, `retrieve --jsonl` gives `related`
// per CWE, and the retrieval tree names each relative and the relation that brought a borrowed guideline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeCommand } from './analyze';
import { contractOutput } from './retrieve';
import { printRetrievalTree } from './printRetrievalTree';
import type { RetrievalRecord } from '../../core/retrieval/RetrievalRecord';

afterEach(() => vi.restoreAllMocks());

describe('analyze --jsonl', () => {
  it('gives every finding the MITRE parents and children of its CWE', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cwe-related-')), 'in.jsonl');
    const code = 'import subprocess, sys\n\nhost = sys.argv[1]\nsubprocess.run("ping " + host, shell=True)\n';
    writeFileSync(file, `${JSON.stringify({ id: 'a', language: 'python', code })}\n`);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await analyzeCommand.run({ positional: [], flags: { jsonl: file } })).toBe(0);
    const findings = (JSON.parse(out.trim()) as { findings: { cwe: string; related: string[] }[] }).findings;
    const shell = findings.find((f) => f.cwe === 'CWE-78');
    expect(shell?.related).toEqual(['CWE-77']);
    expect(Object.keys(shell!)).toEqual(['cwe', 'related', 'rule', 'line', 'severity', 'message']);
  });
});

const guideline = (id: string, cwe: string, relation?: 'parent') => ({
  id,
  cwe,
  text: `advice ${id}`,
  rank: 1,
  fused: 0.5,
  chosen: true,
  facets: [],
  why: 'chosen',
  source: 'builtin' as const,
  ...(relation ? { relation } : {}),
});

const record: RetrievalRecord = {
  outcome: 'knowledge',
  settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
  chosen: ['CWE-78'],
  kbVersion: 'v',
  cwes: [
    {
      id: 'CWE-78',
      name: 'OS Command Injection',
      related: [
        { id: 'CWE-77', relation: 'parent' },
        { id: 'CWE-88', relation: 'sibling' },
      ],
      rank: 1,
      fused: 0.9,
      chosen: true,
      facets: [],
      why: 'injected',
      source: 'builtin',
      guidelines: [guideline('CWE-78-g1', 'CWE-78'), guideline('CWE-77-g1', 'CWE-77', 'parent')],
      examples: [],
    },
  ],
};

describe('retrieve', () => {
  it('--jsonl lists parents and children per CWE, like a finding', () => {
    const out = contractOutput(record) as { cwes: unknown[]; guidelines: { cwe: string }[] };
    expect(out.cwes).toEqual([{ id: 'CWE-78', score: 0.9, related: ['CWE-77'] }]);
    expect(out.guidelines.map((g) => g.cwe)).toEqual(['CWE-78', 'CWE-77']);
  });
  it('the tree names relatives and the relation a borrowed guideline came by', () => {
    const tree = printRetrievalTree(record);
    expect(tree).toContain('    related: CWE-77 (parent), CWE-88 (sibling)');
    expect(tree).toContain('├ guideline CWE-77-g1 [from CWE-77, the parent] (0.5): advice CWE-77-g1');
    expect(tree).toContain('├ guideline CWE-78-g1 (0.5): advice CWE-78-g1');
  });
});
