// A static-analysis finding and the analysis stage's record.
import type { LanguageCheck } from '../task/CodeLanguage';
import type { Language } from '../task/Task';

/** `low`: the known-dangerous API tier (rules/lowTier/), shown to learners; it still counts when its tier is `finding`. */
export type Severity = 'error' | 'warning' | 'info' | 'low';

/** `finding` counts as insecure; a `note` is shown and explained but counts in no rate (docs/analyzer.md). */
export type FindingTier = 'finding' | 'note';

export interface Finding {
  rule: string;
  cwe: string;
  /** The CWE's direct MITRE parents and children (core/cwe); absent only in traces written before it existed. */
  related?: string[];
  severity: Severity;
  message: string;
  fix?: string;
  /** 1-based lines and columns. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  snippet?: string;
  /** Set on every finding the analyser makes; absent (older traces, hand-made findings) reads as 'finding'. */
  tier?: FindingTier;
  /** 'parameter': the tainted value is a parameter of a top-level function, not a seen input (lower confidence). */
  source?: 'parameter';
}

export interface SuppressedFinding extends Finding {
  /** Why it was hidden, e.g. marked a false positive by team feedback. */
  suppressedBy: string;
}

export interface AnalysisRecord {
  language: Language;
  analyzer: string;
  /** False when the code could not be parsed; pattern rules still ran. */
  parsed: boolean;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** When the code did not parse: the languages it may be written in instead (e.g. a model answering in Python). */
  languageCheck?: LanguageCheck;
}
