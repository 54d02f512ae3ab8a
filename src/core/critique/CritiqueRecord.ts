// The critique-improve loop's record: each round's critique, the improved code, findings and diff.
import type { Finding } from '../analysis/Finding';
import type { DiffRecord } from '../diff/DiffRecord';
import type { RevisionMetrics } from '../revision/revisionMetrics';

export interface CritiqueRound {
  round: number;
  /** The model's critique, verbatim. */
  critique: string;
  /** The problems the critique listed (empty: it found nothing). */
  issues: string[];
  /** 'improved': the code changed; 'unchanged': the model kept it; 'stopped': clean, no improve step. */
  outcome: 'improved' | 'unchanged' | 'stopped';
  before: string;
  after: string;
  findingsBefore: Finding[];
  findingsAfter: Finding[];
  diff: DiffRecord;
  metrics: RevisionMetrics;
  response?: string;
}

export interface CritiqueRecord {
  /** 'done': the loop ran; 'skipped': it did not (reason says why). */
  status: 'done' | 'skipped';
  reason?: string;
  maxRounds: number;
  /** 'clean': analyser clean and critique found nothing; 'max-rounds': ran all N rounds. */
  stoppedBecause: 'clean' | 'max-rounds' | 'not-run';
  rounds: CritiqueRound[];
  before: string;
  after: string;
  findingsBefore: Finding[];
  findingsAfter: Finding[];
  /** Whole loop: findings before the first round vs after the last. */
  metrics: RevisionMetrics;
}
