// CWE-22: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe022Web } from './cwe022Web';
import { cwe022Native } from './cwe022Native';
import { cwe022Csharp } from './cwe022Csharp';
import { cwe022Go } from './cwe022Go';

export const cwe022PathTraversal: readonly Rule[] = [...cwe022Web, ...cwe022Go, ...cwe022Native, ...cwe022Csharp];
