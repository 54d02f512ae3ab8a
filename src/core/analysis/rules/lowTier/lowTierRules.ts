// Every low-tier rule (known-dangerous APIs with severity `low`), by language; ruleRegistry.ts files each rule
// under its CWE, after that CWE's own rules, so a stronger finding on the same spot comes first.
import type { Rule } from '../../Rule';
import { lowTierC } from './lowTierC';
import { lowTierGo } from './lowTierGo';
import { lowTierJava } from './lowTierJava';
import { lowTierJavaScript } from './lowTierJavaScript';
import { lowTierPhp } from './lowTierPhp';
import { lowTierPython } from './lowTierPython';
import { lowTierRust } from './lowTierRust';

export const lowTierRules: readonly Rule[] = [
  ...lowTierPython,
  ...lowTierJavaScript,
  ...lowTierC,
  ...lowTierJava,
  ...lowTierPhp,
  ...lowTierRust,
  ...lowTierGo,
];
