import { describe, expect, it } from 'vitest';
import { evidenceCwes, evidenceNeedles, evidenceWords, specificity } from './evidenceSpecificity';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';

const cwe = (id: string, code: string, apis: string[] = []): ArtefactCwe => ({
  id,
  name: id,
  description: 'd',
  cause: 'c',
  languages: ['c'],
  operations: [],
  related: [],
  markers: {},
  guidelines: [{ id: `${id}-g1`, cwe: id, text: 't', languages: [], apis }],
  examples: [
    {
      id: `${id}-c-1`,
      cwe: id,
      language: 'c',
      task: 'Copy the name',
      description: 'd',
      apis: [],
      vulnerable: { code, sliced: false },
      fixed: { code: 'int ok(void) { return 0; }', sliced: false },
    },
  ],
});

const CWES = [
  cwe('CWE-1', 'int x = operand + 1; char *p = malloc(8);', ['EVP_EncryptInit']),
  cwe('CWE-2', 'char *q = malloc(4); srand(time(NULL)); int r = rand();'),
  cwe('CWE-3', 'char *s = malloc(2); subprocess.run(cmd)'),
];

describe('evidence specificity', () => {
  it('counts the CWEs whose examples contain every word of a needle, as whole words', () => {
    // "rand" is a word of CWE-2 only: "operand" and "srand" do not contain it as a word,
    const counts = evidenceCwes(CWES, ['malloc', 'rand', 'subprocess.run', 'copy the', 'evp_encryptinit']);
    expect(counts.get('malloc')).toBe(3);
    // and a needle fewer than two CWEs show is left out (it weighs in full either way).
    expect(counts.has('rand')).toBe(false);
    expect(counts.has('subprocess.run')).toBe(false);
    expect(counts.get('copy the')).toBe(3);
    expect(counts.has('evp_encryptinit')).toBe(false);
    expect(evidenceCwes(CWES, ['int']).get('int')).toBe(3);
    expect(evidenceWords('std::strcpy(')).toEqual(['std', 'strcpy']);
  });

  it('lists operation and guideline names once, lower-cased', () => {
    const needles = evidenceNeedles(CWES, [
      { id: 'shell', label: 'Shell', keywords: ['Command'], apis: ['system', 'system'] },
    ]);
    expect(needles).toEqual(['command', 'evp_encryptinit', 'system']);
  });

  it('maps a count to [0, 1]: shown by every CWE 0, by one or none 1, unknown 1', () => {
    const counts = new Map([
      ['malloc', 3],
      ['rand', 1],
      ['half', 2],
    ]);
    expect(specificity('malloc', counts, 3)).toBe(0);
    expect(specificity('RAND', counts, 3)).toBe(1);
    expect(specificity('never-counted', counts, 3)).toBe(1);
    const half = specificity('half', counts, 3);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(1);
  });
});
