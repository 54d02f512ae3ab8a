// CWE-190: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe190C } from './cwe190C';
import { cwe191CUnderflow } from './cwe191CUnderflow';
import { cwe190NarrowSum } from './cwe190NarrowSum';
import { cwe190Cpp } from './cwe190Cpp';
import { cwe190CppArrayProduct } from './cwe190CppArrayProduct';
import { cwe190Rust } from './cwe190Rust';
import { cwe190Web } from './cwe190Web';
import { cwe190Go } from './cwe190Go';
import { cwe190Managed } from './cwe190Managed';

export const cwe190IntegerOverflow: readonly Rule[] = [
  ...cwe190C,
  ...cwe190NarrowSum,
  ...cwe191CUnderflow,
  ...cwe190Cpp,
  ...cwe190CppArrayProduct,
  ...cwe190Rust,
  ...cwe190Web,
  ...cwe190Go,
  ...cwe190Managed,
];
