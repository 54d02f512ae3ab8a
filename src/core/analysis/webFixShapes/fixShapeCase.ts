// A weakness written twice, the way real code has it and the way a real fix changes it: the vulnerable twin must be
// reported with its CWE, the fixed twin must have no finding that counts (any rule, any CWE: a secure sample with
// one is a false positive in every rate). Cases are ours, one file per language family.
import type { Language } from '../../task/Task';

export interface FixShapeCase {
  /** The fix shape the case shows (`filepath.Clean + HasPrefix`). */
  name: string;
  language: Language;
  /** The CWE the vulnerable twin is reported with. */
  cwe: string;
  vulnerable: string;
  fixed: string;
}
