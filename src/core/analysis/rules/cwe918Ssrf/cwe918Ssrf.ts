// CWE-918: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe918Web } from './cwe918Web';
import { cwe918Native } from './cwe918Native';

export const cwe918Ssrf: readonly Rule[] = [...cwe918Web, ...cwe918Native];
