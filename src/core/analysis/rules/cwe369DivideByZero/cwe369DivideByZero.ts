// CWE-369: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe369Native } from './cwe369Native';
import { cwe369Python } from './cwe369Python';

export const cwe369DivideByZero: readonly Rule[] = [...cwe369Native, ...cwe369Python];
