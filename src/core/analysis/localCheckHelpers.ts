// Helpers of the analysed file whose body applies a guard (`static int name_ok(const char *s)` that rejects '/').
// C code puts its checks in small local predicates more often than behind a validate_* name; reading the body of
// a helper defined in the same file is stronger evidence than its name.
import type { RuleContext } from './RuleContext';
import { functionsByName } from './stringShape';

const DEFINITIONS =
  '(function_definition declarator: (function_declarator declarator: (identifier) @name) body: (compound_statement) @body)';

/** Bodies of the file's function definitions by name (the first of a name wins), indexed once per analysis. */
function bodiesByName(ctx: RuleContext): Map<string, string> {
  const key = 'local-check-helpers:bodies';
  let bodies = ctx.memo.get(key) as Map<string, string> | undefined;
  if (!bodies) {
    bodies = new Map();
    for (const m of ctx.language === 'c' || ctx.language === 'cpp' ? ctx.matches(DEFINITIONS) : []) {
      const name = m.captures.find((c) => c.name === 'name')?.node.text;
      const body = m.captures.find((c) => c.name === 'body')?.node.text;
      if (name && body !== undefined && !bodies.has(name)) bodies.set(name, body);
    }
    // Languages whose functions carry a `name` field (Go, Python, JS, Java, PHP...).
    for (const [name, fns] of functionsByName(ctx)) {
      const body = fns[0]?.childForFieldName('body')?.text;
      if (body !== undefined && !bodies.has(name)) bodies.set(name, body);
    }
    ctx.memo.set(key, bodies);
  }
  return bodies;
}

/**
 * The file defines `name` and its body shows `evidence` and a way to answer no (`return 0`/`false`, or a returned
 * test: `return !strings.Contains(name, "..")`).
 */
export function localHelperApplies(name: string, evidence: RegExp, ctx: RuleContext): boolean {
  const body = bodiesByName(ctx).get(name);
  return (
    body !== undefined &&
    evidence.test(body) &&
    /\breturn\s+(0|false|False)\b|\breturn\s+[^;\n]*(==|!=|&&|\|\||!\s*[\w$(]|\bnot\b)/.test(body)
  );
}
