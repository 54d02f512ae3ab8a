// A coding task: what the user asks the model to write, and the weakness it may tempt.
import type { Language } from '../languages/registry';

// The language list lives in the registry; re-exported here because tasks are where most code meets it.
export { LANGUAGES, isLanguage, type Language } from '../languages/registry';

export type TaskKind = 'nl' | 'completion';

export interface Task {
  id: string;
  title?: string;
  language: Language;
  kind: TaskKind;
  /** A natural-language request, or a code prefix when kind is 'completion'. */
  prompt: string;
  /** The CWE the task is known to tempt (gallery and suite tasks only). */
  cwe?: string;
  /** Function the functional tests call. */
  entry?: string;
  /** Functional tests run against the generated code (python, javascript). */
  tests?: string;
  /** A secure reference solution written for the project. */
  reference?: string;
  /**
   * Security tests (python, javascript): same runner and contract as `tests`, but each calls the entry
   * function with an attack input and asserts the attack does not succeed. Absent: no security test.
   */
  securityTests?: string;
  /** A deliberately weak solution, used only to prove each security test can fail (never shown as advice). */
  vulnerable?: string;
}
