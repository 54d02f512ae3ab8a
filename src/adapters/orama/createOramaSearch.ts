// KnowledgeSearch over Orama: one in-memory database per index, BM25 over pre-tokenised text and
// brute-force cosine over the shipped embedder's vectors. No longer loaded by the app: core's
// createMemorySearch reproduces its scores without its load cost; this stays as the reference the
// equivalence test compares against (docs/retrieval.md). Orama's
// tokenizer keeps its default (duplicates dropped): with duplicates kept it counts occurrences
// instead of documents and its BM25 idf turns negative.
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import type {
  KnowledgeSearch, SearchCorpus, SearchDocument, SearchFilter, SearchHit, SearchIndexName, VectorField,
} from '../../core/kb/KnowledgeSearch';
import { oramaTerms } from './oramaTerms';

const TEXT_FIELDS = ['core', 'usage', 'text'] as const;
const VECTOR_PROPERTY: Record<VectorField, 'vtext' | 'vcause'> = { text: 'vtext', cause: 'vcause' };

interface IndexState {
  db: AnyOrama;
  size: number;
  properties: string[];
  boost: Record<string, number>;
  hasCause: boolean;
  /** Every term indexed: query terms outside it cannot score, so they are dropped before Orama looks them up. */
  vocabulary: ReadonlySet<string>;
}

async function buildIndex(docs: SearchDocument[], dims: number, boosts: Record<string, number> | undefined): Promise<IndexState> {
  const vector = `vector[${dims}]` as const;
  // Only the CWE index has cause vectors; indexing zero vectors for the rest only costs load time.
  const hasCause = docs.some((d) => d.vectors.cause);
  const db = create({
    schema: { cwe: 'enum', core: 'string', usage: 'string', text: 'string', vtext: vector, ...(hasCause ? { vcause: vector } : {}) },
  });
  const zero = new Array<number>(dims).fill(0);
  const vocabulary = new Set<string>();
  // Trailing "_" as in oramaTerms: Orama's radix lookup matches prefixes.
  const terms = (list: readonly string[] | undefined): string => {
    const out = (list ?? []).map((t) => `${t}_`);
    for (const t of out) vocabulary.add(t);
    return out.join(' ');
  };
  await insertMultiple(db, docs.map((d) => ({
    id: d.id,
    cwe: d.cwe,
    core: terms(d.terms.core),
    usage: terms(d.terms.usage),
    text: terms(d.terms.text),
    vtext: d.vectors.text ? Array.from(d.vectors.text) : zero,
    ...(hasCause ? { vcause: d.vectors.cause ? Array.from(d.vectors.cause) : zero } : {}),
  })), 500);
  const properties = TEXT_FIELDS.filter((f) => docs.some((d) => (d.terms[f]?.length ?? 0) > 0));
  return { db, size: docs.length, properties, boost: boosts ?? {}, hasCause, vocabulary };
}

function whereOf(filter: SearchFilter | undefined): { cwe: { in: string[] } } | undefined {
  return filter?.cwes ? { cwe: { in: [...filter.cwes] } } : undefined;
}

/**
 * BM25 for the CWE index with weak length normalisation (b 0.3, Orama's default is 0.75): a CWE
 * document is long because the weakness has more guidelines, examples and advisories, not because
 * it rambles, so full normalisation penalised the best-covered weaknesses (measured on the dev tasks:
 * BM25-only top-1 35.7% at b 0.75, 40.9% at 0.3 on a 63-CWE KB; docs/retrieval.md).
 */
const CWE_BM25 = { k: 1.2, b: 0.3, d: 0.5 };

const INDEX_NAMES: readonly SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];

export async function createOramaSearch(corpus: SearchCorpus): Promise<KnowledgeSearch> {
  const indexes = new Map<SearchIndexName, IndexState>();
  for (const name of INDEX_NAMES) {
    indexes.set(name, await buildIndex(corpus.indexes[name], corpus.dims, corpus.boosts[name]));
  }
  const state = (name: SearchIndexName): IndexState => indexes.get(name)!;
  // One retrieval searches three indexes with the same query text: tokenise it once.
  let lastText = '';
  let lastTerms: string[] = [];
  const termsOf = (text: string, index: IndexState): string => {
    if (text !== lastText) { lastText = text; lastTerms = oramaTerms(text, true).split(' ').filter(Boolean); }
    return lastTerms.filter((t) => index.vocabulary.has(t)).join(' ');
  };
  return {
    async fulltext(name, text, filter): Promise<SearchHit[]> {
      const index = state(name);
      const term = termsOf(text, index);
      if (!term || index.size === 0 || filter?.cwes?.length === 0) return [];
      const where = whereOf(filter);
      const result = await search(index.db, {
        term, properties: index.properties, boost: index.boost, threshold: 1, limit: index.size,
        ...(name === 'cwes' ? { relevance: CWE_BM25 } : {}),
        ...(where ? { where } : {}),
      });
      return result.hits.map((h) => ({ id: h.id, score: h.score }));
    },
    async vector(name, value, field = 'text', filter): Promise<SearchHit[]> {
      const index = state(name);
      if (index.size === 0 || !value.some((x) => x !== 0) || filter?.cwes?.length === 0) return [];
      if (field === 'cause' && !index.hasCause) return [];
      const where = whereOf(filter);
      // Orama's default similarity (0.8) silently drops most matches; the facet thresholds decide instead.
      const result = await search(index.db, {
        mode: 'vector', vector: { value: Array.from(value), property: VECTOR_PROPERTY[field] },
        similarity: 1e-6, limit: index.size, includeVectors: false,
        ...(where ? { where } : {}),
      });
      return result.hits.map((h) => ({ id: h.id, score: h.score }));
    },
  };
}
