// The registry's filing: rules in CWE order, ids unique, and every rule tested by the cases beside its file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './ruleRegistry';

const rulesDir = join(process.cwd(), 'src', 'core', 'analysis', 'rules');
const testText = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(rulesDir, f), 'utf8'))
  .join('\n');
const tested = (id: string): boolean => testText.includes(`'${id}'`);

// Rules with no table case yet, in registry order (several are exercised by the knowledge-base examples in
// kbExamples.test.ts). A new rule must come with a case; this list may only shrink.
const UNCASED = [
  'c-atoi-on-input',
  'php-path-traversal',
  'js-spawn-shell',
  'py-unsafe-markup',
  'py-jinja-autoescape-off',
  'template-safe-filter',
  'js-document-write',
  'go-text-template-html',
  'c-sql-built',
  'embedded-script-eval',
  'header-injection',
  'c-scanf-unbounded',
  'go-narrow-product',
  'temporary-privilege-drop',
  'php-loose-hash-compare',
  'java-permitall-admin-endpoints',
  'go-admin-route-unwrapped',
  'js-weak-crypto',
  'go-weak-crypto',
  'go-insecure-random',
  'c-insecure-random',
  'py-csrf-disabled',
  'java-unbounded-thread-pool',
  'py-unrestricted-upload',
  'js-unsafe-deserialize',
  'js-yaml-full-schema',
  'native-xxe',
  'c-curl-runtime-url',
  'nosql-injection',
];

describe('rule registry', () => {
  it('lists the rule files in CWE order with unique rule ids', () => {
    const numbers = RULES.map((r) => Number(r.cwe.replace('CWE-', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('covers every C# rule with a case in a rule test', () => {
    const added = RULES.filter(
      (r) =>
        r.languages.includes('csharp') &&
        r.id.startsWith('cs-') &&
        !['cs-process-start-built', 'cs-sql-built', 'cs-binary-formatter', 'cs-weak-hash'].includes(r.id),
    );
    expect(added.filter((r) => !tested(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('has a case for every rule except the listed older ones', () => {
    expect(RULES.filter((r) => !tested(r.id)).map((r) => r.id)).toEqual(UNCASED);
  });
});
