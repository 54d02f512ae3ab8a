// CWE-117: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe117Web } from './cwe117Web';
import { cwe117Native } from './cwe117Native';
import { cwe117Rust } from './cwe117Rust';

export const cwe117LogInjection: readonly Rule[] = [...cwe117Web, ...cwe117Native, ...cwe117Rust];
