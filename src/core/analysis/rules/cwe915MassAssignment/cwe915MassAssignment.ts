// CWE-915: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe915BoundEntity } from './cwe915BoundEntity';
import { cwe915Csharp } from './cwe915Csharp';
import { cwe915Web } from './cwe915Web';

export const cwe915MassAssignment: readonly Rule[] = [...cwe915Csharp, ...cwe915Web, ...cwe915BoundEntity];
