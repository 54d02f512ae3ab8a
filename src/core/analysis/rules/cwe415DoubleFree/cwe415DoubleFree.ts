// CWE-415: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe415C } from './cwe415C';
import { cwe415Cpp } from './cwe415Cpp';

export const cwe415DoubleFree: readonly Rule[] = [...cwe415C, ...cwe415Cpp];
