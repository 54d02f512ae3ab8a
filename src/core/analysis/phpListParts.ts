// PHP lists built from sanitised values and joined into one string: `implode(',', array_map([$db, 'quote'], $ids))`,
// `$parts[] = $db->quote($v); ... implode(' AND ', $parts)`. The join is sanitised when every element is, and an
// array is only as safe as every element written into it (`$parts[] = $v` beside quoted ones keeps the raw value).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { CallInfo } from './callInfo';
import { scopeOf } from './walk';

/** The callee a PHP callback names: `'intval'`, `[$this->db, 'quote']` as `$this->db->quote`, `'Util::backquote'`. */
function callbackName(callback: SyntaxNode | undefined): string | null {
  const text = callback?.text.trim() ?? '';
  const named = /^['"]([\w:\\]+)['"]$/.exec(text);
  if (named) return named[1]!;
  const method = /^(?:array\s*\(|\[)\s*(\$[\w>$-]+|[\w\\]+::class|['"][\w\\]+['"])\s*,\s*['"](\w+)['"]\s*[\])]$/.exec(
    text,
  );
  if (!method) return null;
  const receiver = method[1]!.replace(/::class$|['"]/g, '');
  return receiver.startsWith('$') ? `${receiver}->${method[2]}` : `${receiver}::${method[2]}`;
}

/** `implode`/`join` of sanitised parts, or `array_map` with a sanitising callback: every element is sanitised. */
export function phpJoinedSanitised(
  call: CallInfo,
  sanitiser: RegExp,
  ctx: RuleContext,
  safe: (part: SyntaxNode) => boolean,
): boolean {
  if (ctx.language !== 'php') return false;
  const value = (a: SyntaxNode): SyntaxNode => (a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a);
  if (/^(implode|join)$/.test(call.name)) return call.args.length > 0 && call.args.every((a) => safe(value(a)));
  if (call.name !== 'array_map' || !call.args[0]) return false;
  const name = callbackName(value(call.args[0]));
  return name !== null && sanitiser.test(name);
}

/** A PHP element write (`$parts[] = v`, `$parts['k'] = v`) to `name` before `use` whose value is not safe. */
export function phpUnsafeElementWrite(
  name: SyntaxNode,
  ctx: RuleContext,
  safe: (value: SyntaxNode) => boolean,
): boolean {
  if (ctx.language !== 'php') return false;
  return ctx
    .assignmentsTo(scopeOf(name), name.text)
    .filter((a) => a.node.endIndex <= name.startIndex)
    .some((a) => a.node.childForFieldName('left')?.type === 'subscript_expression' && !safe(a.value));
}
