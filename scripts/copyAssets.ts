// Copies the tree-sitter runtime and grammar .wasm files from node_modules into public/wasm/,
// so the browser loads them from the app's own origin (never a CDN).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GRAMMARS, RUNTIME_WASM } from '../src/adapters/treesitter/grammars';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'public', 'wasm');
mkdirSync(out, { recursive: true });
for (const grammar of [RUNTIME_WASM, ...Object.values(GRAMMARS)]) {
  if (!grammar) continue;
  copyFileSync(require.resolve(`${grammar.pkg}/${grammar.file}`), join(out, grammar.file));
}
process.stdout.write(`copied ${Object.keys(GRAMMARS).length + 1} wasm files to public/wasm\n`);
