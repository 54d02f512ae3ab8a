// KnowledgeSearch in plain TypeScript: BM25 (bm25Index) and cosine (vectorScan) over the corpus's
// pre-tokenised fields and vectors. It reproduces the Orama adapter's scores and order exactly
// (tested against it), builds in milliseconds from precomputed terms, and answers a CWE-level query
// without Orama's radix walks. Sorting: score descending, ties by insertion order (as Orama).
import type {
  KnowledgeSearch, SearchCorpus, SearchDocument, SearchFilter, SearchHit, SearchIndexName, VectorField,
} from '../KnowledgeSearch';
import { tokenize } from '../tokenize';
import { createBm25Index, DEFAULT_BM25, type Bm25Index, type Bm25Params } from './bm25Index';
import { createVectorScan, type VectorScan } from './vectorScan';

const FIELDS = ['core', 'usage', 'text'] as const;
const INDEX_NAMES: readonly SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];

/**
 * The CWE index uses weak length normalisation (b 0.3): a CWE document is long because the weakness
 * has more guidelines, examples and advisories, not because it rambles (docs/retrieval.md).
 */
export const CWE_BM25: Bm25Params = { k: 1.2, b: 0.3, d: 0.5 };

/** Vector hits must be above zero only; the facet thresholds decide what counts. */
const MIN_SIMILARITY = 1e-6;

interface MemoryIndex {
  docs: readonly SearchDocument[];
  bm25: Bm25Index;
  fields: string[];
  boosts: Record<string, number>;
  vectors: Record<VectorField, VectorScan>;
}

function buildIndex(docs: readonly SearchDocument[], boosts: Record<string, number> | undefined): MemoryIndex {
  const fields = FIELDS.filter((f) => docs.some((d) => (d.terms[f]?.length ?? 0) > 0));
  return {
    docs,
    bm25: createBm25Index(docs.map((d) => d.terms), fields),
    fields,
    boosts: boosts ?? {},
    vectors: { text: createVectorScan(docs.map((d) => d.vectors.text)), cause: createVectorScan(docs.map((d) => d.vectors.cause)) },
  };
}

function allowedBy(index: MemoryIndex, filter: SearchFilter | undefined): ((doc: number) => boolean) | undefined {
  if (!filter?.cwes) return undefined;
  const cwes = new Set(filter.cwes);
  return (doc) => cwes.has(index.docs[doc]!.cwe);
}

function ranked(index: MemoryIndex, entries: Iterable<[number, number]>): SearchHit[] {
  return [...entries].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc, score]) => ({ id: index.docs[doc]!.id, score }));
}

export function createMemorySearch(corpus: SearchCorpus): KnowledgeSearch {
  const indexes = new Map(INDEX_NAMES.map((name) => [name, buildIndex(corpus.indexes[name], corpus.boosts[name])]));
  const state = (name: SearchIndexName): MemoryIndex => indexes.get(name)!;
  // One retrieval searches three indexes with the same query text: tokenise it once.
  let lastText: string | null = null;
  let lastTerms: string[] = [];
  const termsOf = (text: string): string[] => {
    if (text !== lastText) { lastText = text; lastTerms = [...new Set(tokenize(text))]; }
    return lastTerms;
  };
  return {
    async fulltext(name, text, filter): Promise<SearchHit[]> {
      const index = state(name);
      if (index.docs.length === 0 || filter?.cwes?.length === 0) return [];
      const terms = termsOf(text).filter((t) => index.bm25.has(t));
      if (terms.length === 0) return [];
      const params = name === 'cwes' ? CWE_BM25 : DEFAULT_BM25;
      return ranked(index, index.bm25.score(terms, index.fields, index.boosts, params, allowedBy(index, filter)));
    },
    async vector(name, value, field = 'text', filter): Promise<SearchHit[]> {
      const index = state(name);
      if (index.docs.length === 0 || !value.some((x) => x !== 0) || filter?.cwes?.length === 0) return [];
      return ranked(index, index.vectors[field].similar(value, MIN_SIMILARITY, allowedBy(index, filter)));
    },
  };
}
