// Every registered LanguageSpec is complete: its fields are filled, its grammar is installed, and
// every node type it names exists in that grammar (a typo would silently match nothing).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language as Grammar, Parser } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageSpec } from './LanguageSpec';
import { LANGUAGE_SPECS, LANGUAGES, findLanguageSpec, isLanguage, languageSpec } from './registry';
import type { SlicingSpec } from './SlicingSpec';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Every node type a slicing table names; fields and '#n' references are not node types. */
function slicingNodeTypes(s: SlicingSpec): string[] {
  const keys = (r: Record<string, unknown>) => Object.keys(r);
  return [
    ...s.functions,
    ...s.blocks.filter((t) => t !== 'ERROR'), // ERROR is tree-sitter's own node, in no grammar's table
    ...s.compounds,
    ...s.loops,
    ...s.identifiers,
    ...keys(s.paths),
    ...keys(s.calls),
    ...keys(s.defines),
    ...s.updates,
    ...keys(s.writeBase),
    ...keys(s.labels),
    ...(s.addressOf ? [s.addressOf] : []),
    ...(s.outArguments?.types ?? []),
    ...(s.incrementOnly ?? []),
    ...(s.parameterSkipTypes ?? []),
  ];
}

const grammars = new Map<string, Grammar[]>();
beforeAll(async () => {
  await Parser.init();
  for (const { id, grammar } of LANGUAGE_SPECS) {
    const files = [grammar.file, ...(grammar.fallbackFile ? [grammar.fallbackFile] : [])];
    grammars.set(id, await Promise.all(files.map((f) => Grammar.load(require.resolve(`${grammar.package}/${f}`)))));
  }
});

describe.each(LANGUAGE_SPECS.map((spec) => [spec.id, spec] as const))('LanguageSpec %s', (id, spec) => {
  it('has every field filled', () => {
    const s: LanguageSpec = spec;
    expect(s.id).toMatch(/^[a-z]+$/);
    expect(s.name.trim()).not.toBe('');
    expect(s.extensions.length).toBeGreaterThan(0);
    for (const ext of s.extensions) expect(ext).toMatch(/^\.[a-z+]+$/);
    expect(s.fenceAliases).toContain(id);
    for (const alias of s.fenceAliases) expect(alias).toBe(alias.toLowerCase());
    expect(s.monaco).not.toBe('');
    expect(s.family).not.toBe('');
    expect(s.tree.calls.length).toBeGreaterThan(0);
    expect(s.tree.identifiers.length).toBeGreaterThan(0);
    expect(Array.isArray(s.tree.imports)).toBe(true);
    // null is an explicit "none known"; undefined would be a forgotten field.
    for (const source of [s.sources.request, s.sources.local])
      expect(source === null || source instanceof RegExp).toBe(true);
    for (const key of ['functions', 'blocks', 'compounds', 'loops', 'identifiers', 'parameterFields'] as const)
      expect(s.slicing[key].length, key).toBeGreaterThan(0);
    expect(Object.keys(s.slicing.calls).length).toBeGreaterThan(0);
    expect(s.slicing.comment).not.toBe('');
    expect(s.sample.trim()).not.toBe('');
  });

  it('names an installed grammar package and its wasm files', () => {
    expect(pkg.dependencies[spec.grammar.package], spec.grammar.package).toBeDefined();
    expect(() => require.resolve(`${spec.grammar.package}/${spec.grammar.file}`)).not.toThrow();
    if (spec.grammar.fallbackFile)
      expect(() => require.resolve(`${spec.grammar.package}/${spec.grammar.fallbackFile}`)).not.toThrow();
  });

  it('names only node types its grammar has', () => {
    const loaded = grammars.get(id) ?? [];
    // Named or anonymous (C#'s `this` is a token); for TypeScript either grammar (ts or tsx) will do.
    const known = (type: string) =>
      loaded.some((g) => [true, false].some((named) => (g.idForNodeType(type, named) ?? 0) > 0));
    const types = [
      ...spec.tree.calls,
      ...spec.tree.imports,
      ...spec.tree.identifiers,
      ...slicingNodeTypes(spec.slicing),
    ];
    expect(types.filter((t) => !known(t))).toEqual([]);
  });
});

describe('language registry', () => {
  it('lists each id, extension and fence alias once', () => {
    const once = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    once([...LANGUAGES]);
    once(LANGUAGE_SPECS.flatMap((s) => s.extensions));
    once(LANGUAGE_SPECS.flatMap((s) => s.fenceAliases));
  });

  it('offers no language without a spec, and says which ones it offers', () => {
    expect(isLanguage('python')).toBe(true);
    expect(isLanguage('ruby')).toBe(true);
    expect(languageSpec('ruby').grammar.package).toBe('tree-sitter-ruby');
    expect(isLanguage('kotlin')).toBe(false);
    expect(findLanguageSpec('kotlin')).toBeUndefined();
    expect(() => languageSpec('kotlin')).toThrow(expect.objectContaining({ code: 'LANGUAGE_UNSUPPORTED' }));
    expect(languageSpec('csharp').name).toBe('C#');
  });
});
