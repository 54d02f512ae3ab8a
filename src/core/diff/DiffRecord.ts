// A line diff between two versions of code, as shown in the Diff pane.
import type { Finding } from '../analysis/Finding';
import type { RevisionMetrics } from '../revision/revisionMetrics';

export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

export interface DiffRecord {
  /** The generated code. */
  before: string;
  /** The final code: revised, then improved by the critique loop (the generated code if neither changed it). */
  after: string;
  changed: boolean;
  added: number;
  removed: number;
  /** Unified diff text. */
  patch: string;
  hunks: DiffHunk[];
  /** The final code's findings and Fix / Intro / No-Change (metrics null when neither revision nor
   *  critique ran). Absent when the generated code was not analysed, and in traces recorded before. */
  final?: { findings: Finding[]; metrics: RevisionMetrics | null };
}
