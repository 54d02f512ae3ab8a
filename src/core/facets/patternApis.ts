// Call and import names found by regular expressions: the fallback when no parser is available
// (and the build's way to tag examples, where a parser would make kb:build slow and async).
import { importStatementNames } from './importStatement';
const CALL = /([A-Za-z_$][\w$]*(?:\s*(?:\.|->|::)\s*[A-Za-z_$][\w$]*)*)\s*\(/g;
const IMPORTS: RegExp[] = [
  /^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/gm,
  /^\s*from\s+([\w.]+)\s+import\s+([\w*, ()]+)/gm,
  /#\s*include\s*[<"]([^>"]+)[>"]/g,
  /require\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+[^'";]*?from\s+['"]([^'"]+)['"]/g,
  /^\s*import\s+(?:static\s+)?([\w.]+)\s*;/gm,
];
/** Rust and PHP `use`, C# `using` (not `using (var x = ...)`): read by importStatementNames. */
const USE_STATEMENTS = /^\s*(?:pub\s+)?(?:use\s+[\w:\\{}, ]+|(?:global\s+)?using\s+(?:static\s+)?[\w.= ]+);/gm;
const KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'return',
  'catch',
  'sizeof',
  'def',
  'function',
  'elif',
  'with',
  'print',
  'and',
  'or',
  'not',
  'in',
]);

export function patternApis(code: string): string[] {
  return [...new Set([...patternCalls(code), ...patternImports(code).names])].sort();
}

export function patternCalls(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(CALL)) {
    const name = m[1]!.replace(/\s+/g, '').replace(/->|::/g, '.');
    if (!KEYWORDS.has(name)) found.add(name);
  }
  return [...found].sort();
}

/**
 * The calls of the statement a code prefix is cut in (`return preg_replace(`, `$wpdb->query(`): the text after
 * the last `;`, `{` or `}`, when a parenthesis is still open there. It is the call about to be completed, and a
 * parser cannot name it: the unclosed call is an error node.
 */
export function trailingOpenCalls(code: string): string[] {
  const tail = code.slice(Math.max(code.lastIndexOf(';'), code.lastIndexOf('{'), code.lastIndexOf('}')) + 1);
  const open = (tail.match(/\(/g)?.length ?? 0) - (tail.match(/\)/g)?.length ?? 0);
  return open > 0 ? patternCalls(tail) : [];
}

/**
 * The calls of the one statement a prefix is cut in: from the line where its still-open parenthesis was opened
 * (`http.Redirect(w, r, `, `cmd := exec.CommandContext(ctx, "sh", "-c",`). Unlike `trailingOpenCalls`, earlier
 * statements are left out also where no `;` ends them (Go, Python, Ruby), so this names only the call the next
 * tokens complete.
 */
export function cutCallNames(code: string): string[] {
  const tail = code.slice(Math.max(code.lastIndexOf(';'), code.lastIndexOf('{'), code.lastIndexOf('}')) + 1);
  const opened: number[] = [];
  for (let i = 0; i < tail.length; i += 1) {
    if (tail[i] === '(') opened.push(i);
    else if (tail[i] === ')') opened.pop();
  }
  if (opened.length === 0) return [];
  const start = tail.lastIndexOf('\n', opened[0]!) + 1;
  return patternCalls(tail.slice(start));
}

/**
 * The code with its Rust/PHP `use` and C# `using` statements blanked (same length): their paths are module and type
 * names (`axum::extract::Query`, `Symfony\Component\HttpFoundation\Session`), which the API lexicon reads as
 * APIs; read as words they would imply operations no line asks for ("extract" an archive, a SQL "query").
 */
export function withoutUseStatements(code: string): string {
  return code.replace(USE_STATEMENTS, (m) => m.replace(/[^\n]/g, ' '));
}

/** Module and imported names of import/include/require statements; `fromItems` are the names imported from a module. */
export function patternImports(code: string): { names: string[]; fromItems: string[] } {
  const found = new Set<string>();
  const fromItems = new Set<string>();
  for (const re of IMPORTS) {
    for (const m of code.matchAll(re)) {
      const module = m[1]!;
      for (const part of module.split(',')) {
        const mod = part.trim();
        if (mod) found.add(mod);
        const names = m[2];
        if (names && mod) {
          for (const n of names.replace(/[()]/g, '').split(',')) {
            const item = n
              .trim()
              .split(/\s+as\s+/)[0]!
              .trim();
            if (item && item !== '*') {
              found.add(item);
              found.add(`${mod}.${item}`);
              fromItems.add(item);
              fromItems.add(`${mod}.${item}`);
            }
          }
        }
      }
    }
  }
  for (const m of code.matchAll(USE_STATEMENTS)) for (const n of importStatementNames(m[0]).names) found.add(n);
  return { names: [...found].sort(), fromItems: [...fromItems].sort() };
}
