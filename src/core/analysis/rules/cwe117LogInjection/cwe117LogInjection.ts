// CWE-117: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe117Web } from './cwe117Web';
import { cwe117Native } from './cwe117Native';

export const cwe117LogInjection: readonly Rule[] = [...cwe117Web, ...cwe117Native];
