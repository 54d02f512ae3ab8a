// CWE-79: the language files of this CWE's folder, in the order the registry runs them.
import type { Rule } from '../../Rule';
import { cwe079Python } from './cwe079Python';
import { cwe079JavaScript } from './cwe079JavaScript';
import { cwe079Go } from './cwe079Go';
import { cwe079Java } from './cwe079Java';
import { cwe079Php } from './cwe079Php';
import { cwe079Csharp } from './cwe079Csharp';
import { cwe079Native } from './cwe079Native';
import { cwe079Rust } from './cwe079Rust';

export const cwe079CrossSiteScripting: readonly Rule[] = [
  ...cwe079Python,
  ...cwe079JavaScript,
  ...cwe079Go,
  ...cwe079Java,
  ...cwe079Php,
  ...cwe079Csharp,
  ...cwe079Native,
  ...cwe079Rust,
];
