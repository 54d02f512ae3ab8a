// The revision stage: advisories retrieved from the generated code and the model's revised code.
import type { Finding } from '../analysis/Finding';
import type { RevisionMetrics } from './revisionMetrics';

export interface AdvisoryHit {
  id: string;
  cwe: string;
  language: string;
  title: string;
  /** The ranking score: the lexical score (declared-marker rarity + a bounded BM25 share, markerRarity.ts),
   *  or the RRF fusion of it and the findings facet when findings were given. */
  score: number;
  /** With findings only: the lexical score (named bm25 for compatibility) and the findings facet's share of
   *  `score` (0 when its CWE was not found). */
  bm25?: number;
  findingBoost?: number;
  /** Query terms that matched the advisory. */
  matched: string[];
}

export interface RevisionRecord {
  /** 'revised': the model changed the code; 'unchanged': it answered that no change is needed;
   *  'skipped': revision did not run (reason says why). */
  status: 'revised' | 'unchanged' | 'skipped';
  reason?: string;
  advisories: AdvisoryHit[];
  before: string;
  after: string;
  findingsBefore: Finding[];
  findingsAfter: Finding[];
  response?: string;
  /** Fix / Intro / No-Change of this step, judged by our analyser. */
  metrics?: RevisionMetrics;
}
