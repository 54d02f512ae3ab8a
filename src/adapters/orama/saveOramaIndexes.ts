// kb build: the four databases in Orama's own saved form (save()), minus what the artefact already
// ships. Documents are dropped (search never reads them; the loader puts back an empty one per id)
// and vectors are dropped (the artefact's int16 vectors go into the vector index on load), which
// leaves Orama's radix trees, BM25 statistics and enum index: the part that is costly to build.
import { save } from '@orama/orama';
import { z } from 'zod';
import { INDEX_NAMES, type OramaIndex, type OramaIndexes } from './buildOramaIndexes';
import { ORAMA_FILE_FORMAT, type OramaIndexFile, type SavedIndex } from './oramaIndexFile';

/** save()'s index part as it comes out, vectors included. */
const liveIndexSchema = z.looseObject({
  vectorIndexes: z.record(z.string(), z.object({ size: z.number().int(), vectors: z.array(z.unknown()) })),
});

function savedIndex(index: OramaIndex): SavedIndex {
  const raw = save(index.db);
  const live = liveIndexSchema.parse(raw.index);
  const vectorIndexes: SavedIndex['index']['vectorIndexes'] = {};
  for (const [property, vectors] of Object.entries(live.vectorIndexes)) vectorIndexes[property] = { size: vectors.size, vectors: [] };
  const idStore = z.object({ internalIdToId: z.array(z.string()) }).parse(raw.internalDocumentIDStore);
  return {
    internalDocumentIDStore: idStore,
    index: { ...live, vectorIndexes },
    sorting: raw.sorting,
    pinning: raw.pinning,
    language: z.literal('english').parse(raw.language),
  };
}

/** The file's JSON text; the same databases give the same bytes (insertion order is fixed). */
export function saveOramaIndexes(indexes: OramaIndexes, kbVersion: string): string {
  const saved = Object.fromEntries(INDEX_NAMES.map((name) => [name, savedIndex(indexes.get(name)!)]));
  const file: OramaIndexFile = {
    format: ORAMA_FILE_FORMAT,
    kbVersion,
    indexes: { cwes: saved.cwes!, guidelines: saved.guidelines!, examples: saved.examples!, advisories: saved.advisories! },
  };
  return JSON.stringify(file);
}
