// CWE-476: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe476Native } from './cwe476Native';
import { cwe476Web } from './cwe476Web';
import { cwe476Go } from './cwe476Go';
import { cwe476FailableResults } from './cwe476FailableResults';
import { cwe476MemberTestedElsewhere } from './cwe476MemberTestedElsewhere';
import { cwe476CppNothrow } from './cwe476CppNothrow';
import { cwe476NullAssigned } from './cwe476NullAssigned';

export const cwe476NullDereference: readonly Rule[] = [
  ...cwe476Native,
  ...cwe476FailableResults,
  ...cwe476MemberTestedElsewhere,
  ...cwe476CppNothrow,
  ...cwe476NullAssigned,
  ...cwe476Web,
  ...cwe476Go,
];
