// The retrieval tree of a run: CWEs -> guidelines -> examples, with every score that chose them.
import type { CweRelative } from '../cwe/createCweHierarchy';

export interface FacetScore {
  /** Facet and scorer, e.g. "text:bm25", "text:vector", "api", "cause". */
  facet: string;
  score: number;
  /** 1-based rank of this item under this facet, null when unranked. */
  rank: number | null;
  threshold: number;
  /** Score passed the threshold and rank was within the cap: for CWEs, what allows injecting it. */
  passed: boolean;
  /** Reciprocal-rank-fusion contribution to the order (CWEs: every ranked facet; guidelines and examples: 0 when not passed). */
  contribution: number;
  /** What the facet matched (API facets: markers, operations, API names), when it says. */
  evidence?: string[];
}

export type KbSource = 'builtin' | 'user' | 'feedback';

export interface ScoredNode {
  id: string;
  rank: number;
  fused: number;
  chosen: boolean;
  facets: FacetScore[];
  /** One line: why this node was (or was not) chosen. */
  why: string;
  source: KbSource;
}

export interface CodeView {
  code: string;
  /** Kept 1-based line numbers of the full code when sliced. */
  keptLines?: number[];
  sliced: boolean;
  /** The sliced text with elision markers, when sliced. */
  slice?: string;
}

export interface ExampleNode extends ScoredNode {
  cwe: string;
  language: string;
  task: string;
  description: string;
  vulnerable: CodeView;
  fixed: CodeView;
}

export interface GuidelineNode extends ScoredNode {
  cwe: string;
  text: string;
  /** Set when the guideline belongs to a close relative of the CWE it is listed under: what `cwe` is to that CWE. */
  relation?: CweRelative['relation'];
}

export interface CweNode extends ScoredNode {
  name: string;
  /** The CWE's MITRE parents and children and declared siblings (core/cwe); absent in older traces. */
  related?: CweRelative[];
  guidelines: GuidelineNode[];
  examples: ExampleNode[];
}

export interface RetrievalRecord {
  /** 'none' means no CWE among the top k passed a facet threshold: no security knowledge is injected. */
  outcome: 'knowledge' | 'none';
  settings: { k: number; alpha: number; rankCap: number; thresholds: Record<string, number> };
  /** All ranked CWE candidates, best first; the chosen (injected) ones carry their guidelines and examples. */
  cwes: CweNode[];
  chosen: string[];
  kbVersion: string;
  /** With outcome 'none': why nothing is injected, naming the best candidates and the facets that ranked them. */
  note?: string;
}
