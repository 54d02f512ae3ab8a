// What the knowledge-base explorer shows, as plain serialisable data (no vectors): a summary
// with counts by CWE and language, one CWE's detail, and full-text hits with their source.
import type { KbSource } from '../../retrieval/RetrievalRecord';
import type { AdvisorySource } from '../../kb/kbSourceSchema';
import type { ArtefactExample, ArtefactGuideline } from '../../kb/knowledgeArtefactSchema';
import type { SearchIndexName } from '../../kb/KnowledgeSearch';

export interface UserKbInfo {
  name: string;
  version: string;
  cwes: number;
  guidelines: number;
  examples: number;
  distillation: 'done' | 'skipped';
}

export interface ExplorerCweRow {
  id: string;
  name: string;
  /** 'user' when only the user knowledge base has this CWE. */
  source: KbSource;
  guidelines: number;
  examples: number;
  userExamples: number;
  advisories: number;
  /** Example pairs per language. */
  byLanguage: Record<string, number>;
}

export interface ExplorerSummary {
  kbVersion: string;
  user: UserKbInfo | null;
  cwes: ExplorerCweRow[];
  /** Languages that have at least one example, for the table's columns. */
  languages: string[];
  totals: { cwes: number; guidelines: number; examples: number; advisories: number };
}

export interface ExplorerCweDetail {
  id: string;
  name: string;
  description: string;
  cause: string;
  related: string[];
  source: KbSource;
  guidelines: (ArtefactGuideline & { source: KbSource })[];
  examples: (ArtefactExample & { source: KbSource })[];
  advisories: AdvisorySource[];
}

export interface ExplorerHit {
  index: SearchIndexName;
  id: string;
  cwe: string;
  /** A one-line label: a guideline's text, an example's task, an advisory's title, a CWE's name. */
  title: string;
  score: number;
  source: KbSource;
}
