// The four Orama databases of the search port (cwes, guidelines, examples, advisories): one schema
// and one set of components for building them (kb build, a merged user KB) and for loading them
// from the prebuilt file, since Orama's load() only fills a database create() already shaped.
import { create, insertMultiple, type AnyOrama } from '@orama/orama';
import type { SearchCorpus, SearchDocument, SearchIndexName } from '../../core/kb/KnowledgeSearch';

export const INDEX_NAMES: readonly SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];
const TEXT_FIELDS = ['core', 'usage', 'text'] as const;

export interface OramaIndex {
  db: AnyOrama;
  docs: readonly SearchDocument[];
  properties: string[];
  boost: Record<string, number>;
  hasCause: boolean;
  /** Every term indexed: query terms outside it cannot score, so they are dropped before Orama looks them up. */
  vocabulary: ReadonlySet<string>;
}

export type OramaIndexes = Map<SearchIndexName, OramaIndex>;

/** Loaded from the prebuilt file: an index, or the function that restores it on first use. */
export type LoadedIndexes = Map<SearchIndexName, OramaIndex | (() => OramaIndex)>;

/** Trailing "_" as in oramaTerms: Orama's radix lookup matches prefixes. */
const oramaTerm = (t: string): string => `${t}_`;

/**
 * The empty database. Only the CWE index has cause vectors (zero vectors for the rest only cost
 * time). Sorting is off: nothing sorts by a field, and its saved form is large. The tokenizer keeps
 * Orama's default (duplicates dropped): with duplicates kept its BM25 idf turns negative.
 */
export function createOramaDb(dims: number, hasCause: boolean): AnyOrama {
  const vector = `vector[${dims}]` as const;
  return create({
    schema: {
      cwe: 'enum',
      core: 'string',
      usage: 'string',
      text: 'string',
      vtext: vector,
      ...(hasCause ? { vcause: vector } : {}),
    },
    sort: { enabled: false },
  });
}

/** Everything about an index except its database: derived from the corpus, never shipped. */
export function indexShape(
  docs: readonly SearchDocument[],
  boosts: Record<string, number> | undefined,
): Omit<OramaIndex, 'db'> {
  const vocabulary = new Set<string>();
  for (const d of docs) for (const list of Object.values(d.terms)) for (const t of list) vocabulary.add(oramaTerm(t));
  return {
    docs,
    properties: TEXT_FIELDS.filter((f) => docs.some((d) => (d.terms[f]?.length ?? 0) > 0)),
    boost: boosts ?? {},
    hasCause: docs.some((d) => d.vectors.cause),
    vocabulary,
  };
}

async function buildIndex(
  docs: readonly SearchDocument[],
  dims: number,
  boosts: Record<string, number> | undefined,
): Promise<OramaIndex> {
  const shape = indexShape(docs, boosts);
  const db = createOramaDb(dims, shape.hasCause);
  const zero = new Array<number>(dims).fill(0);
  const terms = (list: readonly string[] | undefined): string => (list ?? []).map(oramaTerm).join(' ');
  await insertMultiple(
    db,
    docs.map((d) => ({
      id: d.id,
      cwe: d.cwe,
      core: terms(d.terms.core),
      usage: terms(d.terms.usage),
      text: terms(d.terms.text),
      vtext: d.vectors.text ? Array.from(d.vectors.text) : zero,
      ...(shape.hasCause ? { vcause: d.vectors.cause ? Array.from(d.vectors.cause) : zero } : {}),
    })),
    500,
  );
  return { db, ...shape };
}

/** Inserts every document: about a second for the shipped KB (kb build, or a user KB merge). */
export async function buildOramaIndexes(corpus: SearchCorpus): Promise<OramaIndexes> {
  const indexes: OramaIndexes = new Map();
  for (const name of INDEX_NAMES)
    indexes.set(name, await buildIndex(corpus.indexes[name], corpus.dims, corpus.boosts[name]));
  return indexes;
}
