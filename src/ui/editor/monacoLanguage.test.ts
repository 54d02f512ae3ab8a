// Each offered language maps to a Monaco language that monacoSetup.ts actually registers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_SPECS } from '../../core/languages/registry';
import { monacoLanguage } from './monacoLanguage';

const require = createRequire(import.meta.url);
const setup = readFileSync(new URL('./monacoSetup.ts', import.meta.url), 'utf8');

/** Monaco ids registered by the definitions monacoSetup.ts imports (cpp's also registers c). */
function registeredIds(): Set<string> {
  const ids = new Set<string>();
  for (const [, definition] of setup.matchAll(/languages\/definitions\/([\w-]+)\/register/g)) {
    // The package's exports map 'languages/*' to its esm build.
    const file = require.resolve(`monaco-editor/languages/definitions/${definition}/register`);
    for (const [, id] of readFileSync(file, 'utf8').matchAll(/id:\s*"([\w-]+)"/g)) ids.add(id!);
  }
  return ids;
}

describe('monacoLanguage', () => {
  it('maps every offered language to a registered Monaco language', () => {
    const ids = registeredIds();
    for (const spec of LANGUAGE_SPECS) {
      expect(monacoLanguage(spec.id)).toBe(spec.monaco);
      expect(ids.has(spec.monaco), spec.id).toBe(true);
    }
  });

  it('falls back to plain text for a language that is not offered', () => {
    expect(monacoLanguage('kotlin')).toBe('plaintext');
  });
});
