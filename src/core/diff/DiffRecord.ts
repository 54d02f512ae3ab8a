// A line diff between two versions of code, as shown in the Diff pane.
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

export interface DiffRecord {
  before: string;
  after: string;
  changed: boolean;
  added: number;
  removed: number;
  /** Unified diff text. */
  patch: string;
  hunks: DiffHunk[];
}
