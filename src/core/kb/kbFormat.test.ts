import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KB_FORMAT_VERSION } from './kbFormat';
import { knowledgeArtefactSchema } from './knowledgeArtefactSchema';

// The schema's fingerprint for each format version. The browser trusts a built artefact whose format
// version it knows (acceptBuiltArtefact), so a shape change without a version bump would load files of
// the old shape unchecked: when this test fails, bump KB_FORMAT_VERSION and record the new fingerprint.
const FINGERPRINTS: Record<number, string> = { 1: 'acdef706df023155', 2: '18e2df46a1972e79', 3: 'ea7ecf1d4230beb2', 4: '7bceadb5fc27fcb5', 5: 'd2da0d2e07bc3246', 6: 'f7587994ff0176a6', 7: 'a8b4728d4ddccc9b', 8: 'e039f00b6d9c77ba' };

describe('KB_FORMAT_VERSION', () => {
  it('changes whenever the artefact schema does', () => {
    const json = JSON.stringify(z.toJSONSchema(knowledgeArtefactSchema, { io: 'input', unrepresentable: 'any' }));
    const fingerprint = createHash('sha256').update(json).digest('hex').slice(0, 16);
    expect(fingerprint, `artefact schema changed: bump KB_FORMAT_VERSION (now ${KB_FORMAT_VERSION}) and record ${fingerprint}`)
      .toBe(FINGERPRINTS[KB_FORMAT_VERSION]);
  });
});
