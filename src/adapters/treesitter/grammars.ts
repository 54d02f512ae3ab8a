// Which grammar .wasm file parses which language. Adding a language is one line here
// (plus the grammar package in package.json).
import type { Language } from '../../core/task/Task';

export interface GrammarFile {
  /** npm package that ships the .wasm file. */
  pkg: string;
  file: string;
  /** A second grammar tried when the first leaves errors (TypeScript with JSX needs the tsx grammar). */
  fallback?: { pkg: string; file: string };
}

export const GRAMMARS: Partial<Record<Language, GrammarFile>> = {
  python: { pkg: 'tree-sitter-python', file: 'tree-sitter-python.wasm' },
  c: { pkg: 'tree-sitter-c', file: 'tree-sitter-c.wasm' },
  cpp: { pkg: 'tree-sitter-cpp', file: 'tree-sitter-cpp.wasm' },
  javascript: { pkg: 'tree-sitter-javascript', file: 'tree-sitter-javascript.wasm' },
  typescript: {
    pkg: 'tree-sitter-typescript',
    file: 'tree-sitter-typescript.wasm',
    fallback: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-tsx.wasm' },
  },
  java: { pkg: 'tree-sitter-java', file: 'tree-sitter-java.wasm' },
  go: { pkg: 'tree-sitter-go', file: 'tree-sitter-go.wasm' },
  php: { pkg: 'tree-sitter-php', file: 'tree-sitter-php.wasm' },
  csharp: { pkg: 'tree-sitter-c-sharp', file: 'tree-sitter-c_sharp.wasm' },
  rust: { pkg: 'tree-sitter-rust', file: 'tree-sitter-rust.wasm' },
};

export const RUNTIME_WASM = { pkg: 'web-tree-sitter', file: 'web-tree-sitter.wasm' };

/** Every wasm file the parser may load: the runtime, each grammar and each fallback grammar. */
export function wasmFiles(): { pkg: string; file: string }[] {
  const grammars = Object.values(GRAMMARS).filter((g): g is GrammarFile => g !== undefined);
  return [RUNTIME_WASM, ...grammars, ...grammars.flatMap((g) => (g.fallback ? [g.fallback] : []))];
}
