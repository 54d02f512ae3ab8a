import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { fixtureKbSources } from '../../core/kbTools/fixtureKbSources';
import { createEmbedder } from '../../core/kb/Embedder';
import { searchCorpus } from '../../core/kb/searchCorpus';
import { buildOramaIndexes } from './buildOramaIndexes';
import { saveOramaIndexes } from './saveOramaIndexes';
import { oramaIndexFileSchema } from './oramaIndexFile';
import { readOramaIndexFile } from './readOramaIndexFile';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
const artefact = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash });
const saved = saveOramaIndexes(
  await buildOramaIndexes(searchCorpus(artefact, createEmbedder(artefact.embedder))),
  artefact.version,
);

type Edit = (file: Record<string, any>) => void; // any: each edit reaches into a different nested field
const BROKEN: Record<string, Edit> = {
  'another format': (f) => {
    f.format = 'other';
  },
  'no version': (f) => {
    delete f.kbVersion;
  },
  'an index missing': (f) => {
    delete f.indexes.examples;
  },
  'ids not strings': (f) => {
    f.indexes.cwes.internalDocumentIDStore.internalIdToId = [1, 2];
  },
  'vectors shipped': (f) => {
    f.indexes.guidelines.index.vectorIndexes.vtext.vectors = [[1, [1, [0.5]]]];
  },
  'vector size not an integer': (f) => {
    f.indexes.cwes.index.vectorIndexes.vtext.size = 'large';
  },
  'another language': (f) => {
    f.indexes.advisories.language = 'french';
  },
  'properties not a list': (f) => {
    f.indexes.cwes.index.searchableProperties = 'core';
  },
};

describe("readOramaIndexFile (the worker's check of orama.json, without zod)", () => {
  it('accepts what kb build writes', () => {
    expect(readOramaIndexFile(JSON.parse(saved))).not.toBeNull();
    expect(oramaIndexFileSchema.safeParse(JSON.parse(saved)).success).toBe(true);
  });

  it.each(Object.entries(BROKEN))('refuses a file with %s, as the zod schema does', (_, edit) => {
    const file = JSON.parse(saved) as Record<string, unknown>;
    edit(file);
    expect(readOramaIndexFile(file)).toBeNull();
    expect(oramaIndexFileSchema.safeParse(file).success).toBe(false);
  });
});
