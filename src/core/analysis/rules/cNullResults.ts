// CWE-476: results that may be NULL (allocations, lookups, getenv, strchr, fopen, dynamic_cast, local
// functions that return NULL) dereferenced with no NULL check in between; Java's null lookups used directly.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';

const C = ['c', 'cpp'] as const;
const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Library calls documented to return NULL on failure or absence. */
const NULLABLE =
  /^(std::)?(malloc|calloc|realloc|strdup|strndup|strchr|strrchr|strstr|strpbrk|memchr|getenv|fopen|fdopen|popen|opendir|getpwnam|getpwuid|gethostbyname|localtime|gmtime)$|^dynamic_cast<.*\*\s*>$/;

/** The statements after `node`'s statement in its block (and the rest of enclosing blocks). */
export function laterStatements(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  return block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
}

/** The pointer `call`'s result is stored in is dereferenced later without any NULL test. */
export function dereferencedUnchecked(call: CallInfo): boolean {
  let holder = call.node.parent;
  while (holder && /cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
  if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return false;
  const target =
    (holder.childForFieldName('declarator') ?? holder.childForFieldName('left'))?.text.replace(/^\*+\s*/, '') ?? '';
  if (!target) return false;
  const p = escapeRe(target);
  const later = laterStatements(call.node)
    .map((s) => s.text)
    .join('\n');
  return (
    !new RegExp(
      `!\\s*\\(?\\s*${p}\\b|\\b${p}\\s*[!=]=\\s*(NULL|nullptr|0)\\b|(NULL|nullptr)\\s*[!=]=\\s*${p}\\b|if\\s*\\(\\s*${p}\\s*\\)|assert\\s*\\(\\s*${p}|\\b${p}\\s*\\?|&&\\s*${p}\\b|\\|\\|\\s*${p}\\b|\\(\\s*${p}\\s*&&`,
    ).test(later) && new RegExp(`\\b${p}\\s*(\\[|->)|\\*\\s*${p}\\b|\\(\\s*${p}\\s*,`).test(later)
  );
}

/** Functions defined in this file that can return NULL. */
function localNullReturners(ctx: RuleContext): Set<string> {
  const key = 'null-returners';
  const cached = ctx.memo.get(key);
  if (cached instanceof Set) return cached as Set<string>;
  const names = new Set<string>();
  for (const fn of ctx.root.descendantsOfType('function_definition')) {
    if (!fn || !/\breturn\s+(NULL|nullptr)\s*;/.test(fn.text)) continue;
    let decl = fn.childForFieldName('declarator');
    while (decl && decl.type !== 'function_declarator') decl = decl.childForFieldName('declarator');
    const name = decl?.childForFieldName('declarator')?.text;
    if (name) names.add(name);
  }
  ctx.memo.set(key, names);
  return names;
}

export const cNullableDeref = callRule({
  id: 'c-nullable-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: [...C],
  message:
    'A call that can return NULL (lookup, getenv, strchr, fopen, dynamic_cast) is dereferenced without a NULL check.',
  fix: 'Test the returned pointer against NULL/nullptr and handle the missing case before using it.',
  callee: { c: /./, cpp: /./ },
  when: (call, ctx) => {
    if (/^(std::)?(malloc|calloc|realloc|strdup|strndup)$/.test(call.name)) return false; // c-unchecked-alloc reports these
    if (!NULLABLE.test(call.name) && !localNullReturners(ctx).has(call.name)) return false;
    // `while ((p = strstr(s, "//")))` / `if ((p = strchr(...)) != NULL)`: the assignment is itself the test.
    for (let up = call.node.parent, i = 0; up && i < 4; up = up.parent, i += 1) {
      if (
        /parenthesized_expression|condition_clause/.test(up.type) &&
        /^(if|while|for)_statement$/.test(up.parent?.type ?? '')
      )
        return false;
    }
    const decl = call.node.parent?.parent;
    // std::string s = getenv(...) constructs from the pointer at once.
    if (
      /getenv$/.test(call.name) &&
      decl?.type === 'declaration' &&
      /string/.test(decl.childForFieldName('type')?.text ?? '')
    )
      return true;
    return dereferencedUnchecked(call);
  },
});

export const javaNullLookup = callRule({
  id: 'java-null-lookup-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['java'],
  message:
    'A value that is null when absent (request parameter, header, map entry) is dereferenced or unboxed directly.',
  fix: 'Check for null (or use getOrDefault / Optional) before calling methods on the value or unboxing it.',
  callee: { java: /\.(getParameter|getHeader|getProperty|getenv|get)$/ },
  when: (call) => {
    const parent = call.node.parent;
    if (
      call.last !== 'get' &&
      parent?.type === 'method_invocation' &&
      parent.childForFieldName('object')?.startIndex === call.node.startIndex
    )
      return true;
    const decl = parent?.parent;
    return (
      call.last === 'get' &&
      parent?.type === 'variable_declarator' &&
      decl?.type === 'local_variable_declaration' &&
      /^(int|long|double|float|boolean|short|byte|char)$/.test(decl.childForFieldName('type')?.text ?? '')
    );
  },
});
