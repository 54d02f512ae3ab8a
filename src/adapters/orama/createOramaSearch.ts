// KnowledgeSearch over Orama: BM25 full text over pre-tokenised fields and cosine vector search,
// one database per index. The databases are either loaded from the prebuilt file kb build writes
// (loadOramaIndexes, the app's path) or built from the corpus (buildOramaIndexes: tests, a user KB).
// Traps handled: vector `similarity` 1e-6 (the 0.8 default drops matches; thresholds are ours),
// hits never re-inserted (Orama nulls vectors of returned documents), prefix-safe "_" terms.
import { search } from '@orama/orama';
import type {
  KnowledgeSearch,
  SearchCorpus,
  SearchFilter,
  SearchHit,
  SearchIndexName,
  VectorField,
} from '../../core/kb/KnowledgeSearch';
import { buildOramaIndexes, type LoadedIndexes, type OramaIndex, type OramaIndexes } from './buildOramaIndexes';
import { oramaTerms } from './oramaTerms';

const VECTOR_PROPERTY: Record<VectorField, 'vtext' | 'vcause'> = { text: 'vtext', cause: 'vcause' };

function whereOf(filter: SearchFilter | undefined): { cwe: { in: string[] } } | undefined {
  return filter?.cwes ? { cwe: { in: [...filter.cwes] } } : undefined;
}

/**
 * BM25 for the CWE index with weak length normalisation (b 0.3, Orama's default is 0.75): a CWE
 * document is long because the weakness has more guidelines, examples and advisories, not because
 * it rambles, so full normalisation penalised the best-covered weaknesses (docs/retrieval.md).
 */
export const CWE_BM25 = { k: 1.2, b: 0.3, d: 0.5 };

export function oramaSearch(indexes: OramaIndexes | LoadedIndexes): KnowledgeSearch {
  const slots: LoadedIndexes = new Map(indexes);
  const state = (name: SearchIndexName): OramaIndex => {
    const slot = slots.get(name)!;
    if (typeof slot !== 'function') return slot;
    const index = slot(); // an index restored on first use (loadOramaIndexes)
    slots.set(name, index);
    return index;
  };
  // One retrieval searches three indexes with the same query text: tokenise it once.
  let lastText: string | null = null;
  let lastTerms: string[] = [];
  const termsOf = (text: string, index: OramaIndex): string => {
    if (text !== lastText) {
      lastText = text;
      lastTerms = oramaTerms(text, true).split(' ').filter(Boolean);
    }
    return lastTerms.filter((t) => index.vocabulary.has(t)).join(' ');
  };
  return {
    async fulltext(name, text, filter): Promise<SearchHit[]> {
      const index = state(name);
      const term = termsOf(text, index);
      if (!term || index.docs.length === 0 || filter?.cwes?.length === 0) return [];
      const where = whereOf(filter);
      const result = await search(index.db, {
        term,
        properties: index.properties,
        boost: index.boost,
        threshold: 1,
        limit: index.docs.length,
        ...(name === 'cwes' ? { relevance: CWE_BM25 } : {}),
        ...(where ? { where } : {}),
      });
      return result.hits.map((h) => ({ id: h.id, score: h.score }));
    },
    async vector(name, value, field = 'text', filter): Promise<SearchHit[]> {
      const index = state(name);
      if (index.docs.length === 0 || !value.some((x) => x !== 0) || filter?.cwes?.length === 0) return [];
      if (field === 'cause' && !index.hasCause) return [];
      const where = whereOf(filter);
      const result = await search(index.db, {
        mode: 'vector',
        vector: { value: Array.from(value), property: VECTOR_PROPERTY[field] },
        similarity: 1e-6,
        limit: index.docs.length,
        includeVectors: false,
        ...(where ? { where } : {}),
      });
      return result.hits.map((h) => ({ id: h.id, score: h.score }));
    },
  };
}

/** Builds the databases from the corpus first (no prebuilt file: tests, a merged user KB). */
export async function createOramaSearch(corpus: SearchCorpus): Promise<KnowledgeSearch> {
  return oramaSearch(await buildOramaIndexes(corpus));
}
