// The variables a guarded value is made of (guardedSink.ts): identifiers in the sink's arguments, minus callee
// names, module and package qualifiers, static type receivers and constants, each widened to its access path.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { ternaryCondition } from './guardForms';
import { lengthRead } from './valueParts';
import { contains, IDENTIFIER_TYPES, walk } from './walk';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
const PATH = /^(attribute|subscript|member_expression|subscript_expression|field_expression|field_access)$/;

/** `token_data['name']` rather than `token_data`: a check of the whole record says nothing about one field. */
function accessPath(id: SyntaxNode): SyntaxNode {
  let path = id;
  while (path.parent && PATH.test(path.parent.type) && path.parent.namedChildren[0]?.startIndex === path.startIndex) {
    const call = path.parent.parent;
    if (call && isCallNode(call) && call.childForFieldName('function')?.startIndex === path.parent.startIndex) break;
    path = path.parent;
  }
  return path;
}

/** A Go package name used as a qualifier (`filepath` in `filepath.Join(...)`): no variable to check. */
function goPackage(id: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'go' || id.parent?.type !== 'selector_expression') return false;
  if (id.parent.childForFieldName('operand')?.startIndex !== id.startIndex) return false;
  return new RegExp(`"(?:[\\w.-]+/)*${id.text}"`).test(ctx.code);
}

/** The names Python `import` lines bind (`import os`, `import numpy as np`, `from os import path`), read once. */
export function importedNames(ctx: RuleContext): Set<string> {
  const cached = ctx.memo.get('guardedSink:imports') as Set<string> | undefined;
  if (cached) return cached;
  const names = new Set<string>();
  for (const m of ctx.code.matchAll(/^[ \t]*(?:from\s+[\w.]+\s+)?import\s+([^\n#]+)/gm))
    for (const part of m[1]!.replace(/[()\\]/g, '').split(','))
      names.add(/(?:\bas\s+)?(\w+)\s*$/.exec(part.trim())?.[1] ?? /^(\w+)/.exec(part.trim())?.[1] ?? '');
  ctx.memo.set('guardedSink:imports', names);
  return names;
}

/** A Python module used as a callee's root (`os` in `os.path.join(...)`, `shlex` in `shlex.split`): no variable. */
function pyModule(id: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'python' || id.parent?.type !== 'attribute') return false;
  if (id.parent.childForFieldName('object')?.startIndex !== id.startIndex) return false;
  let callee: SyntaxNode = id.parent;
  while (callee.parent?.type === 'attribute') callee = callee.parent;
  if (!callee.parent || !isCallNode(callee.parent)) return false;
  return importedNames(ctx).has(id.text);
}

const STATIC_TYPES =
  /^(DateTime|DateTimeOffset|TimeSpan|Environment|Guid|Path|Math|Int32|Int64|Encoding|CultureInfo|StringComparison|Instant|LocalDate|LocalDateTime|Duration|StandardCharsets|Locale|File|System)$/;

/** `List` in Java's `List.of(a)`, `Path` in C#'s `Path.Combine(a, b)`: a class whose static method is called, no variable. */
function typeReceiver(n: SyntaxNode): boolean {
  const p = n.parent;
  // Rust paths (`PathBuf::from`, `std::fs::read`) name items, never locals.
  if (p?.type === 'scoped_identifier') return true;
  // Java's method name (`of` in `List.of(a)`) is no variable either.
  if (p?.type === 'method_invocation' && p.childForFieldName('name')?.startIndex === n.startIndex) return true;
  if (!/^[A-Z]/.test(n.text)) return false;
  if (p?.type === 'method_invocation') return p.childForFieldName('object')?.startIndex === n.startIndex;
  // A static property of a platform type (`DateTime.UtcNow`, `Path.DirectorySeparatorChar`, `StandardCharsets.UTF_8`):
  // the clock or a constant, no input. Controller properties (`Request`, `User`, `Url`) are not in the list.
  const holder =
    p?.type === 'member_access_expression'
      ? p.childForFieldName('expression')
      : p?.type === 'field_access'
        ? p.childForFieldName('object')
        : null;
  if (holder?.startIndex === n.startIndex && STATIC_TYPES.test(n.text)) return true;
  return (
    p?.type === 'member_access_expression' &&
    p.childForFieldName('expression')?.startIndex === n.startIndex &&
    p.parent?.type === 'invocation_expression'
  );
}

/** The variables a value is made of: identifiers outside callee names and outside sanitiser calls. */
export function leaves(values: readonly SyntaxNode[], sanitiser: RegExp, ctx: RuleContext): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  // A conditional expression's condition is tested, not passed on (`ok(x) ? x : "/"` hands over x or "/").
  // `params.length` (JS) / `args.length` (Java) is a count: no character of the array reaches the value.
  const skip = (n: SyntaxNode): boolean =>
    (isCallNode(n) && sanitiser.test(ctx.callAt(n).name)) || ternaryCondition(n) || lengthRead(n);
  for (const value of values)
    for (const n of walk(value, skip)) {
      if (!IDENTIFIER_TYPES.has(n.type) || CONSTANT_NAME.test(n.text)) continue;
      const callee = n.parent && isCallNode(n.parent) && n.parent.childForFieldName('function');
      const inCallee = callee && contains(callee, n) && !/attribute|member|field|selector/.test(callee.type);
      if (goPackage(n, ctx) || pyModule(n, ctx)) continue;
      // Node objects are not shared between look-ups: compare positions.
      const member =
        n.parent?.childForFieldName('attribute') ??
        n.parent?.childForFieldName('property') ??
        (/^(selector_expression|field_expression|field_access)$/.test(n.parent?.type ?? '')
          ? n.parent?.childForFieldName('field')
          : n.parent?.type === 'member_access_expression'
            ? n.parent.childForFieldName('name')
            : null);
      // A Rust macro's name (`format` in `format!(...)`) is no variable either.
      const macroName =
        n.parent?.type === 'macro_invocation' && n.parent.childForFieldName('macro')?.startIndex === n.startIndex;
      const methodName = member?.startIndex === n.startIndex || macroName;
      if (!inCallee && !methodName && !typeReceiver(n)) out.push(accessPath(n));
    }
  return out;
}
