// CWE-416: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe416C } from './cwe416C';
import { cwe416Cpp } from './cwe416Cpp';
import { cwe416Rust } from './cwe416Rust';
import { cwe416Realloc } from './cwe416Realloc';
import { cwe416CppContainerLoops } from './cwe416CppContainerLoops';

export const cwe416UseAfterFree: readonly Rule[] = [
  ...cwe416C,
  ...cwe416Realloc,
  ...cwe416Cpp,
  ...cwe416CppContainerLoops,
  ...cwe416Rust,
];
