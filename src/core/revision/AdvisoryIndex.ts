// The port for BM25 over advisories' code: the adapter indexes pre-tokenised marker tokens and
// answers with scores; core decides the query, the language filter and what "matched" means.
export interface AdvisoryDocument {
  id: string;
  family: string;
  tokens: string[];
}

export interface AdvisoryIndex {
  search(tokens: string[], families: string[] | null, limit: number): Promise<{ id: string; score: number }[]>;
}
