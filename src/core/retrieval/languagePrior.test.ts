import { describe, expect, it } from 'vitest';
import { fuseRanks } from './fuseRanks';
import { applyLanguagePrior, languageMaterial } from './languagePrior';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';

const settings = { alpha: 60, rankCap: 10 };

function cwe(id: string, languages: string[]): ArtefactCwe {
  const examples = languages.map((language, i) => ({ id: `${id}-${i}`, language }));
  return { id, examples, guidelines: [] } as unknown as ArtefactCwe;
}

/** Two candidates one rank apart on one facet, a third far behind. */
function fused() {
  const scores = new Map([
    ['CWE-122', 0.9],
    ['CWE-787', 0.8],
    ['CWE-79', 0.1],
  ]);
  return fuseRanks(['CWE-122', 'CWE-787', 'CWE-79'], [{ facet: 'text', scores, threshold: 1 }], settings, 'full');
}

describe('language prior', () => {
  it('counts the examples each CWE has per language', () => {
    const m = languageMaterial([cwe('CWE-787', ['c', 'c', 'cpp']), cwe('CWE-79', ['python'])]);
    expect(m.get('c')?.get('CWE-787')).toBe(2);
    expect(m.get('cpp')?.get('CWE-787')).toBe(1);
    expect(m.get('c')?.has('CWE-79')).toBe(false);
  });

  it("puts the language's common weakness first among close candidates and records the factor", () => {
    const material = new Map([
      [
        'c',
        new Map([
          ['CWE-787', 10],
          ['CWE-122', 2],
        ]),
      ],
    ]);
    const out = applyLanguagePrior(fused(), material, 'c', 0.1);
    expect(out.map((i) => i.id)).toEqual(['CWE-787', 'CWE-122', 'CWE-79']);
    const row = out[0]!.facets.find((f) => f.facet === 'prior:language');
    expect(row).toMatchObject({ score: 1.1, passed: false, evidence: ['10 c examples (most for one CWE: 10)'] });
    expect(row!.contribution).toBeGreaterThan(0);
  });

  it('does not lift a CWE the task barely points at over stronger evidence', () => {
    const material = new Map([['c', new Map([['CWE-79', 10]])]]);
    const far = fuseRanks(
      ['CWE-122', 'CWE-787', 'CWE-79'],
      [
        {
          facet: 'text',
          scores: new Map([
            ['CWE-122', 0.9],
            ['CWE-787', 0.8],
            ['CWE-79', 0.1],
          ]),
          threshold: 1,
        },
        {
          facet: 'vec',
          scores: new Map([
            ['CWE-122', 0.9],
            ['CWE-787', 0.8],
          ]),
          threshold: 1,
        },
      ],
      settings,
      'full',
    );
    expect(applyLanguagePrior(far, material, 'c', 0.1).at(-1)!.id).toBe('CWE-79');
  });

  it('changes nothing with scale 0 or a language without examples', () => {
    const material = new Map([['c', new Map([['CWE-787', 10]])]]);
    expect(applyLanguagePrior(fused(), material, 'c', 0).map((i) => i.id)).toEqual(['CWE-122', 'CWE-787', 'CWE-79']);
    expect(applyLanguagePrior(fused(), material, 'rust', 0.1)[0]!.facets).toHaveLength(1);
  });
});
