// One probe of the language-coverage inventory: an ordinary, short vulnerable snippet we wrote for a common CWE, so
// `scripts/languageCoverage.ts` can say per language which CWEs the analyser reports at all. Not benchmark data.
export interface Probe {
  /** The CWE the snippet shows, e.g. "CWE-89". */
  cwe: string;
  /** What the snippet does, in a few words. */
  what: string;
  code: string;
}
