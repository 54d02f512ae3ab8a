// What a JavaScript/TypeScript module says it uses. A file with `require(...)` or `import` lines names its
// dependencies; when none of them runs processes, an `x.exec(...)` in it is another API (RegExp, a database
// driver, a tokenizer's rule table), not child_process. A browser script (it reads `document` or `window`) cannot
// start processes at all. Snippets with neither keep the callee-name reading.
import type { RuleContext } from '../RuleContext';

/** `require('x')`, `import x from 'x'`, `import('x')`: the file declares what it uses. */
const DECLARES_IMPORTS = /\brequire\s*\(\s*['"`]|^\s*import\b|\bimport\s*\(\s*['"`]/m;
/** Modules that start processes (the built-in and the common wrappers). */
const PROCESS_MODULES = /['"`](node:)?child_process['"`]|['"`](shelljs|execa|cross-spawn|child-process-promise)['"`]/;

/** The page's globals: code that reads them runs in a browser. */
const BROWSER_GLOBALS = /\b(document|window)\.\w/;

/** True when the file declares its imports and none of them starts processes, or runs in a browser. */
export function importsNoProcessModule(ctx: RuleContext): boolean {
  const key = 'jsModuleImports:noProcess';
  const known = ctx.memo.get(key);
  if (typeof known === 'boolean') return known;
  const result = !PROCESS_MODULES.test(ctx.code) && (DECLARES_IMPORTS.test(ctx.code) || BROWSER_GLOBALS.test(ctx.code));
  ctx.memo.set(key, result);
  return result;
}
