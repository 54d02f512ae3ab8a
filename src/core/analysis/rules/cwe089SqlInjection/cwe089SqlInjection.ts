// CWE-89: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe089Web } from './cwe089Web';
import { cwe089Native } from './cwe089Native';
import { cwe089Csharp } from './cwe089Csharp';

export const cwe089SqlInjection: readonly Rule[] = [...cwe089Web, ...cwe089Native, ...cwe089Csharp];
