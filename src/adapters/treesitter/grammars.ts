// Which grammar .wasm files the parser loads: read from the language registry, whose specs name
// each grammar's package and file; this adapter only adds the runtime's own wasm file.
import { LANGUAGE_SPECS, findLanguageSpec } from '../../core/languages/registry';
import type { Language } from '../../core/task/Task';

export interface GrammarFile {
  /** npm package that ships the .wasm file. */
  pkg: string;
  file: string;
  /** A second grammar tried when the first leaves errors (TypeScript with JSX needs the tsx grammar). */
  fallback?: { pkg: string; file: string };
}

/** The grammar of a language, or undefined when the language is not offered. */
export function grammarFor(language: Language): GrammarFile | undefined {
  const grammar = findLanguageSpec(language)?.grammar;
  if (!grammar) return undefined;
  const { package: pkg, file, fallbackFile } = grammar;
  return fallbackFile ? { pkg, file, fallback: { pkg, file: fallbackFile } } : { pkg, file };
}

export const RUNTIME_WASM = { pkg: 'web-tree-sitter', file: 'web-tree-sitter.wasm' };

/** Every wasm file the parser may load: the runtime, each grammar and each fallback grammar. */
export function wasmFiles(): { pkg: string; file: string }[] {
  const grammars = LANGUAGE_SPECS.map(({ grammar }) => grammar);
  return [
    RUNTIME_WASM,
    ...grammars.map((g) => ({ pkg: g.package, file: g.file })),
    ...grammars.flatMap((g) => (g.fallbackFile ? [{ pkg: g.package, file: g.fallbackFile }] : [])),
  ];
}
