// Loads the prebuilt databases: create() with the schema and components they were built with, then
// Orama's load() (never the persistence plugin's restore(), which swaps in default components).
// The saved form has no documents and no vectors: an empty document per id and the corpus's
// vectors (decoded from the artefact) are put back first, with magnitudes computed as Orama does.
import { load } from '@orama/orama';
import type { SearchCorpus, SearchDocument, SearchIndexName } from '../../core/kb/KnowledgeSearch';
import { createOramaDb, indexShape, INDEX_NAMES, type LoadedIndexes, type OramaIndex } from './buildOramaIndexes';
import type { SavedIndex } from './oramaIndexFile';
import { readOramaIndexFile } from './readOramaIndexFile';
import { deriveBm25Statistics } from './bm25Statistics';

type VectorEntry = [number, [number, Float32Array]];

function magnitude(v: Float32Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i += 1) m += v[i]! * v[i]!;
  return Math.sqrt(m);
}

/** Null when the saved ids are not the corpus's, in its order (then the caller builds instead); else the
 *  checked index and a function that fills its database (Orama's load), run now or on first use. */
function restoreIndex(
  saved: SavedIndex,
  docs: readonly SearchDocument[],
  dims: number,
  boosts: Record<string, number> | undefined,
): (() => OramaIndex) | null {
  const ids = saved.internalDocumentIDStore.internalIdToId;
  if (ids.length !== docs.length || docs.some((d, i) => d.id !== ids[i])) return null;
  const hasCause = docs.some((d) => d.vectors.cause);
  const vectorFields = hasCause ? ['vcause', 'vtext'] : ['vtext'];
  if (Object.keys(saved.index.vectorIndexes).sort().join() !== vectorFields.join()) return null;
  return () => {
    const shape = indexShape(docs, boosts);
    const zero = new Float32Array(dims);
    const vectorsOf = (field: 'text' | 'cause'): { size: number; vectors: VectorEntry[] } => ({
      size: dims,
      // Internal id i + 1 is the i-th inserted document (Orama's id store counts from 1).
      vectors: docs.map((d, i): VectorEntry => {
        const v = d.vectors[field] ?? zero;
        return [i + 1, [magnitude(v), v]];
      }),
    });
    const vectorIndexes = shape.hasCause
      ? { vtext: vectorsOf('text'), vcause: vectorsOf('cause') }
      : { vtext: vectorsOf('text') };
    const db = createOramaDb(dims, shape.hasCause);
    // Statistics absent from the file are derived from the term lists (kb build checked they match).
    const statistics =
      'frequencies' in saved.index
        ? {}
        : deriveBm25Statistics(
            docs,
            saved.index.searchableProperties.filter((p) => saved.index.searchablePropertiesWithTypes[p] === 'string'),
          );
    load(db, {
      ...saved,
      index: { ...saved.index, ...statistics, vectorIndexes },
      docs: { docs: Object.fromEntries(ids.map((id, i) => [i + 1, { id }])), count: ids.length },
    });
    return { db, ...shape };
  };
}

/**
 * Retrieval never searches the advisories index (the revision stage's advisor has its own index over
 * advisory code); only the explorer's search does. Restoring it waits for that first search, which
 * keeps a fifth of Orama's load off the knowledge base's ready time.
 */
const RESTORED_ON_FIRST_USE: ReadonlySet<SearchIndexName> = new Set(['advisories']);

/** The databases from orama.json's parsed JSON, or null when it is not for this artefact and corpus. */
export function loadOramaIndexes(json: unknown, corpus: SearchCorpus, kbVersion: string): LoadedIndexes | null {
  const file = readOramaIndexFile(json);
  if (!file || file.kbVersion !== kbVersion) return null;
  const indexes: LoadedIndexes = new Map();
  for (const name of INDEX_NAMES) {
    const restore = restoreIndex(file.indexes[name], corpus.indexes[name], corpus.dims, corpus.boosts[name]);
    if (!restore) return null;
    indexes.set(name, RESTORED_ON_FIRST_USE.has(name) ? restore : restore());
  }
  return indexes;
}
