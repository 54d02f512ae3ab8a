// kb build: the four databases in Orama's own saved form (save()), minus what the artefact already
// ships. Documents are dropped (search never reads them; the loader puts back an empty one per id)
// and vectors are dropped (the artefact's int16 vectors go into the vector index on load), which
// leaves Orama's radix trees, average field lengths and enum index. The BM25 statistics are dropped
// too when the loader can derive them from the term lists exactly (bm25Statistics; checked here).
import { save } from '@orama/orama';
import { z } from 'zod';
import { INDEX_NAMES, type OramaIndex, type OramaIndexes } from './buildOramaIndexes';
import { deriveBm25Statistics, sameStatistics } from './bm25Statistics';
import { ORAMA_FILE_FORMAT, type OramaIndexFile, type SavedIndex } from './oramaIndexFile';

/** save()'s index part as it comes out, vectors included. */
const liveIndexSchema = z.looseObject({
  searchableProperties: z.array(z.string()),
  searchablePropertiesWithTypes: z.record(z.string(), z.string()),
  vectorIndexes: z.record(z.string(), z.object({ size: z.number().int(), vectors: z.array(z.unknown()) })),
});

/** The text fields Orama scores: the keys of its saved frequencies. */
function textProperties(live: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(z.record(z.string(), z.unknown()).parse(live.frequencies));
}

function savedIndex(index: OramaIndex): SavedIndex {
  const raw = save(index.db);
  const live = liveIndexSchema.parse(raw.index);
  const vectorIndexes: SavedIndex['index']['vectorIndexes'] = {};
  for (const [property, vectors] of Object.entries(live.vectorIndexes))
    vectorIndexes[property] = { size: vectors.size, vectors: [] };
  const idStore = z.object({ internalIdToId: z.array(z.string()) }).parse(raw.internalDocumentIDStore);
  const derivable = sameStatistics(live, deriveBm25Statistics(index.docs, textProperties(live)));
  const { frequencies, tokenOccurrences, fieldLengths, ...rest } = live;
  return {
    internalDocumentIDStore: idStore,
    index: { ...(derivable ? rest : { ...rest, frequencies, tokenOccurrences, fieldLengths }), vectorIndexes },
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
    indexes: {
      cwes: saved.cwes!,
      guidelines: saved.guidelines!,
      examples: saved.examples!,
      advisories: saved.advisories!,
    },
  };
  return JSON.stringify(file);
}
