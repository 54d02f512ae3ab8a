// Cheap textual hints of a snippet's language (e.g. `#include`, `def name(...):`), which break ties between
// grammars that parse the snippet equally well (core/task/detectLanguage.ts).
export interface LanguageHint {
  /** Shown in the trace and the UI, e.g. "#include". */
  label: string;
  pattern: RegExp;
  /** How much the hint counts against one syntax error node (see detectLanguage). */
  weight: number;
}

export interface DetectionSpec {
  hints: LanguageHint[];
  /**
   * Text the grammar needs before it reads code at all. PHP's grammar takes anything outside `<?php` as inline
   * HTML with no error, so without this marker a clean parse says nothing.
   */
  requires?: RegExp;
}

export const hint = (label: string, pattern: RegExp, weight = 1): LanguageHint => ({ label, pattern, weight });
