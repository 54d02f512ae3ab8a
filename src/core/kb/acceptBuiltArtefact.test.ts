import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptBuiltArtefact } from './acceptBuiltArtefact';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { canonicalJson } from './canonicalJson';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { parseArtefact } from './parseArtefact';
import { validateKbSources } from '../kbTools/validateKbSources';
import { PlaygroundError } from '../errors';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const built = (): Record<string, unknown> =>
  JSON.parse(canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash }))) as Record<string, unknown>;

function detailOf(fn: () => unknown): string {
  try { fn(); } catch (error) { if (error instanceof PlaygroundError) return `${error.code}: ${error.detail ?? ''}`; throw error; }
  return 'accepted';
}

describe('acceptBuiltArtefact', () => {
  it('gives exactly what full validation gives for a built artefact', () => {
    const json = built();
    expect(canonicalJson(acceptBuiltArtefact(json))).toBe(canonicalJson(parseArtefact(structuredClone(json))));
  });

  it('refuses another format version or a broken shape, naming the field', () => {
    expect(detailOf(() => acceptBuiltArtefact({ ...built(), formatVersion: 99 }))).toMatch(/^KB_INVALID: formatVersion: .*version 99/);
    expect(detailOf(() => acceptBuiltArtefact({ ...built(), format: 'other' }))).toMatch(/^KB_INVALID: format:/);
    expect(detailOf(() => acceptBuiltArtefact({ ...built(), cwes: {} }))).toBe('KB_INVALID: cwes: expected an array');
    expect(detailOf(() => acceptBuiltArtefact([]))).toBe('KB_INVALID: the file is not a JSON object');
  });
});
