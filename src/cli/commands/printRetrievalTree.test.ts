import { describe, expect, it } from 'vitest';
import { printRetrievalTree } from './printRetrievalTree';
import type { RetrievalRecord } from '../../core/retrieval/RetrievalRecord';

const NOTE =
  'no CWE passed an injection threshold, so no knowledge is injected; best candidates: CWE-369 (api #1, text:vector #2)';

function record(note?: string): RetrievalRecord {
  return {
    outcome: note ? 'none' : 'knowledge',
    settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
    chosen: note ? [] : ['CWE-369'],
    kbVersion: 'v',
    ...(note ? { note } : {}),
    cwes: [
      {
        id: 'CWE-369',
        name: 'Divide By Zero',
        rank: 1,
        fused: 0.03,
        chosen: !note,
        facets: [
          { facet: 'text:vector', score: 0.2, rank: 2, threshold: 0.5, passed: false, contribution: 0.016 },
          {
            facet: 'api',
            score: 1,
            rank: 1,
            threshold: 5,
            passed: false,
            contribution: 0.008,
            evidence: ['marker shape:division-by-variable'],
          },
          { facet: 'draft-api', score: 0, rank: null, threshold: 0, passed: false, contribution: 0, evidence: ['x'] },
        ],
        why: note ? 'not injected: in the top 4 (api #1) but no facet passed its threshold' : 'injected: api #1',
        source: 'builtin',
        guidelines: [],
        examples: [],
      },
    ],
  };
}

describe('printRetrievalTree', () => {
  it('says when nothing is injected and names the best candidates, under the outcome line', () => {
    const lines = printRetrievalTree(record(NOTE)).split('\n');
    expect(lines[0]).toMatch(/^outcome: none /);
    expect(lines[1]).toBe(`note: ${NOTE}`);
    expect(printRetrievalTree(record())).not.toContain('note:');
  });

  it('shows what an API facet that voted matched, and nothing for a facet that scored 0', () => {
    const tree = printRetrievalTree(record(NOTE));
    expect(tree).toContain('    evidence api: marker shape:division-by-variable\n');
    expect(tree).not.toContain('draft-api: x');
  });
});
