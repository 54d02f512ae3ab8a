// CWE-78: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe078Web } from './cwe078Web';
import { cwe078Native } from './cwe078Native';
import { cwe078Csharp } from './cwe078Csharp';

export const cwe078OsCommandInjection: readonly Rule[] = [...cwe078Web, ...cwe078Native, ...cwe078Csharp];
