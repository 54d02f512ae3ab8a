// Human feedback on a run: a verdict on one finding (confirm, false positive, note) or on one
// revision (accept, reject, note), with the outcomes that later decide how much it still counts.
import type { Language } from '../task/Task';

export type FindingVerdict = 'confirm' | 'false-positive' | 'note';
export type RevisionVerdict = 'accept' | 'reject' | 'note';

export type FeedbackTarget =
  | {
      kind: 'finding';
      rule: string;
      cwe: string;
      language: Language;
      line: number;
      /** Normalised code of the finding's line. */ pattern: string;
    }
  | { kind: 'revision'; language: Language; cwes: string[] };

export interface FeedbackEntry {
  id: string;
  createdAt: string;
  /** When the outcomes last changed; absent until then (and in files exported before it existed). */
  updatedAt?: string;
  runId: string;
  taskId: string;
  target: FeedbackTarget;
  verdict: FindingVerdict | RevisionVerdict;
  /** Free text; searched beside the knowledge base when not empty. */
  note: string;
  /** Later outcomes of runs this entry took part in (see feedbackWeight.ts). */
  outcomes: { good: number; bad: number };
}

/** What a run needs from feedback: active suppressions (for analysis) and notes (for retrieval). */
export interface Suppression {
  feedbackId: string;
  rule: string;
  language: Language;
  pattern: string;
  note: string;
}

export interface FeedbackNote {
  feedbackId: string;
  cwe: string;
  language: Language;
  text: string;
  weight: number;
}

export interface FeedbackSnapshot {
  suppressions: Suppression[];
  notes: FeedbackNote[];
}
