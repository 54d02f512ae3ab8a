import { describe, expect, it } from 'vitest';
import {
  apiFacetScore,
  CUT_CALL_FACTOR,
  EVIDENCE_IDF_POWER,
  GUIDELINE_API_WEIGHT,
  isCutCallMarker,
  KEYWORD_OPERATION_FACTOR,
  MARKER_WEIGHT,
  NEAR_CUT_FACTOR,
  specificApi,
} from './apiFacetScore';
import { apiProfile } from './apiProfile';
import { isGenericPhrase } from './genericApiWords';
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import type { OperationSource } from '../kb/kbSourceSchema';

const cwe = (id: string, operations: string[], markers: string[], code: string, apis: string[] = []): ArtefactCwe => ({
  id,
  name: id,
  description: 'The program runs a system command or copies a request.',
  cause: 'A system call gets the request verbatim.',
  languages: ['c'],
  operations,
  related: [],
  markers: { c: markers },
  guidelines: [{ id: `${id}-g1`, cwe: id, text: 't', languages: [], apis }],
  examples: [
    {
      id: `${id}-c-1`,
      cwe: id,
      language: 'c',
      task: 't',
      description: 'd',
      apis: [],
      vulnerable: { code, sliced: false },
      fixed: { code, sliced: false },
    },
  ],
});

const OPERATIONS: OperationSource[] = [
  { id: 'shell', label: 'Shell', keywords: ['command', 'main'], apis: ['system', 'popen', 'execvp'] },
  { id: 'memory-copy', label: 'Copy', keywords: ['copy'], apis: ['strcpy', 'memcpy'] },
];
const KB = {
  operations: OPERATIONS,
  cwes: [
    cwe('CWE-78', ['shell'], ['system(', 'argv['], 'int main(int c, char **argv) { system(argv[1]); }', [
      'execvp',
      'posix_spawnp',
    ]),
    cwe('CWE-787', ['memory-copy'], ['strcpy('], 'int main(int c, char **argv) { char b[4]; strcpy(b, argv[1]); }', [
      'strncpy',
    ]),
  ],
};

// The weights before the evidence idf: every piece counts in full, the stop list drops generic words.
const STOP_LIST = { evidenceIdf: false, stopList: true };

describe('apiFacetScore', () => {
  const profile = apiProfile(KB);

  it('weighs a marker by how many CWEs list it or show it in their examples', () => {
    // "argv[" is a CWE-78 marker, but CWE-787's example code reads argv[ too: it is shared by two.
    expect(profile.markerCwes.get('argv[')).toBe(2);
    expect(profile.markerCwes.get('system(')).toBe(1);
    const both = apiFacetScore(
      'CWE-78',
      { markers: [{ cwe: 'CWE-78', markers: ['system(', 'argv['] }], operations: [], apis: [] },
      profile,
      STOP_LIST,
    );
    expect(both.score).toBeCloseTo(MARKER_WEIGHT + MARKER_WEIGHT / 2, 6);
    expect(both.evidence).toEqual(['marker system(', 'marker argv[']);
  });

  it('counts an operation found only through a keyword at a fraction of one revealed by an API call', () => {
    const op = (via: string[], apis = via) =>
      apiFacetScore(
        'CWE-78',
        { markers: [], operations: [{ id: 'shell', label: 'Shell', via }], apis },
        profile,
        STOP_LIST,
      );
    // The operation (1) plus the guideline API execvp that the task calls (0.5, one CWE names it).
    expect(op(['execvp']).score).toBeCloseTo(1 + GUIDELINE_API_WEIGHT, 6);
    // Found by an API name the task only imports (left out of `apis`): as weak as a keyword.
    expect(op(['execvp'], []).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(op(['execvp']).evidence).toEqual(['op shell via execvp', 'api execvp']);
    expect(op(['command']).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    // "system" is an API of the operation, but the KB's prose uses it as a word twice: as weak as a keyword.
    expect(op(['system']).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(specificApi('system', profile)).toBe(false);
    expect(specificApi('execvp', profile)).toBe(true);
    expect(specificApi('os.system', profile)).toBe(true);
    expect(specificApi('execSync', profile)).toBe(true);
  });

  it('weighs an operation revealed by the call a prefix is cut in more, and only that one', () => {
    const op = (cutCalls?: string[]) =>
      apiFacetScore(
        'CWE-78',
        { markers: [], operations: [{ id: 'shell', label: 'Shell', via: ['execvp'] }], apis: ['execvp'], cutCalls },
        profile,
        STOP_LIST,
      );
    expect(CUT_CALL_FACTOR).toBeGreaterThan(1);
    expect(op(['execvp']).score).toBeCloseTo(CUT_CALL_FACTOR + GUIDELINE_API_WEIGHT, 6);
    expect(op(['execvp']).evidence[0]).toBe('op shell via execvp (cut call)');
    // Cut in another call (or not cut at all): the ordinary weight.
    expect(op(['printf']).score).toBeCloseTo(1 + GUIDELINE_API_WEIGHT, 6);
    expect(op().score).toBeCloseTo(1 + GUIDELINE_API_WEIGHT, 6);
    const off = apiFacetScore(
      'CWE-78',
      {
        markers: [],
        operations: [{ id: 'shell', label: 'Shell', via: ['execvp'] }],
        apis: ['execvp'],
        cutCalls: ['execvp'],
      },
      profile,
      { ...STOP_LIST, cutCallFactor: 1 },
    );
    expect(off.score).toBeCloseTo(1 + GUIDELINE_API_WEIGHT, 6);
  });

  it('weighs an operation named just before the cut as if an API revealed it', () => {
    const op = (nearCutOperations?: string[], nearCutFactor?: number) =>
      apiFacetScore(
        'CWE-78',
        { markers: [], operations: [{ id: 'shell', label: 'Shell', via: ['command'] }], apis: [], nearCutOperations },
        profile,
        { ...STOP_LIST, ...(nearCutFactor === undefined ? {} : { nearCutFactor }) },
      );
    // A keyword far from the cut stays a keyword; the same keyword in the last lines is read as the next line's intent.
    expect(op().score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(op(['file-path']).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(op(['shell']).score).toBeCloseTo(NEAR_CUT_FACTOR, 6);
    expect(op(['shell']).evidence).toEqual(['op shell via command (near cut)']);
    expect(op(['shell'], 2).score).toBeCloseTo(2, 6);
  });

  it('weighs a marker that is the call a prefix is cut in more, and no other marker', () => {
    const marker = (m: string, cutCalls?: string[]) =>
      apiFacetScore(
        'CWE-787',
        { markers: [{ cwe: 'CWE-787', markers: [m] }], operations: [], apis: [], cutCalls },
        profile,
        {
          ...STOP_LIST,
          cutCallFactor: 2,
        },
      );
    const plain = marker('strcpy(').score;
    expect(plain).toBeGreaterThan(0);
    expect(marker('strcpy(', ['strcpy']).score).toBeCloseTo(2 * plain, 6);
    expect(marker('strcpy(', ['strcpy']).evidence).toEqual(['marker strcpy( (cut call)']);
    // Cut in another call, or a marker that is more than an opened call: the ordinary weight.
    expect(marker('strcpy(', ['memcpy']).score).toBeCloseTo(plain, 6);
    expect(isCutCallMarker('$wpdb->query(', new Set(['wpdb.query']))).toBe(true);
    expect(isCutCallMarker('printf(msg)', new Set(['printf']))).toBe(false);
    expect(isCutCallMarker('system(', new Set(['popen']))).toBe(false);
  });

  it('ignores operations and APIs of other CWEs and scores 0 without evidence', () => {
    const input = {
      markers: [{ cwe: 'CWE-787', markers: ['strcpy('] }],
      operations: [{ id: 'memory-copy', label: 'Copy', via: ['strcpy'] }],
      apis: ['strncpy'],
    };
    expect(apiFacetScore('CWE-78', input, profile)).toEqual({ score: 0, evidence: [] });
    expect(apiFacetScore('CWE-787', input, profile).score).toBeGreaterThan(MARKER_WEIGHT);
    expect(apiFacetScore('CWE-787', input, profile, STOP_LIST).score).toBeGreaterThan(MARKER_WEIGHT);
  });

  it('does not count an operation revealed only by generic words, nor a generic bare API name', () => {
    const op = (via: string[], apis: string[] = []) =>
      apiFacetScore(
        'CWE-78',
        { markers: [], operations: [{ id: 'shell', label: 'Shell', via }], apis },
        profile,
        STOP_LIST,
      );
    expect(isGenericPhrase('username and password')).toBe(true);
    expect(isGenericPhrase('command')).toBe(false);
    expect(op(['username and password'])).toEqual({ score: 0, evidence: [] });
    expect(op(['username and password', 'command']).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(specificApi('exception', { proseWords: new Set() })).toBe(false);
    expect(specificApi('Exception.message', { proseWords: new Set() })).toBe(true);
  });

  it('weighs operation evidence by how many CWEs show the revealing name in their examples (the default)', () => {
    const op = (via: string[], apis: string[] = via) =>
      apiFacetScore('CWE-78', { markers: [], operations: [{ id: 'shell', label: 'Shell', via }], apis }, profile);
    // "main" is in both CWEs' example code: it says nothing about which weakness, whatever the word.
    expect(profile.evidenceCwes.get('main')).toBe(2);
    expect(op(['main'])).toEqual({ score: 0, evidence: [] });
    // "execvp" is in no example: as specific as a name can be, so the old weights stand.
    expect(op(['execvp']).score).toBeCloseTo(1 + GUIDELINE_API_WEIGHT, 6);
    expect(op(['command']).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    // Without the stop list a generic word the examples never show still counts as a keyword.
    expect(op(['username and password'], []).score).toBeCloseTo(KEYWORD_OPERATION_FACTOR, 6);
    expect(EVIDENCE_IDF_POWER).toBeGreaterThan(0);
  });
});
