// The search port: BM25 full text and dense-vector scoring over the knowledge items. Core
// declares it; src/adapters/orama implements it (core never imports Orama).
export type SearchIndexName = 'cwes' | 'guidelines' | 'examples' | 'advisories';

/** Which vector of an item to compare with: its search text, or (CWEs) its cause summary. */
export type VectorField = 'text' | 'cause';

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchFilter {
  /** Only items of these CWEs. */
  cwes?: readonly string[];
}

export interface KnowledgeSearch {
  fulltext(index: SearchIndexName, text: string, filter?: SearchFilter): Promise<SearchHit[]>;
  vector(index: SearchIndexName, vector: Float32Array, field?: VectorField, filter?: SearchFilter): Promise<SearchHit[]>;
}

/** One item to index: id, owning CWE, tokenised fields for BM25, vectors for similarity. */
export interface SearchDocument {
  id: string;
  cwe: string;
  /** Field name -> the field's distinct tokens (core `tokenize`); all fields are searched with these boosts. */
  terms: Record<string, readonly string[]>;
  vectors: Partial<Record<VectorField, Float32Array>>;
}

export interface SearchCorpus {
  dims: number;
  boosts: Partial<Record<SearchIndexName, Record<string, number>>>;
  indexes: Record<SearchIndexName, SearchDocument[]>;
}
