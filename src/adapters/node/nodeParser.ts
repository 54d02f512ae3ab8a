// The tree-sitter parser for Node (CLI, tests, kb:build): grammars read from node_modules.
import { createRequire } from 'node:module';
import { createTreeSitterParser } from '../treesitter/createTreeSitterParser';
import { wasmFiles } from '../treesitter/grammars';
import type { ParserPort } from '../../core/languages/SyntaxTree';

const require = createRequire(import.meta.url);

const byFile = new Map<string, string>();
for (const wasm of wasmFiles()) byFile.set(wasm.file, require.resolve(`${wasm.pkg}/${wasm.file}`));

let shared: ParserPort | null = null;

/** One parser port per process: grammars are loaded once. */
export function nodeParser(): ParserPort {
  shared ??= createTreeSitterParser((file) => {
    const path = byFile.get(file);
    if (!path) throw new Error(`unknown wasm file ${file}`);
    return path;
  });
  return shared;
}
