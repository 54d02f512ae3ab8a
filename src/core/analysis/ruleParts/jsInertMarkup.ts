// Markup written into the page (`el.innerHTML = v`) that brings no new text in: every part of `v` is a literal, a
// number, an escaper's result, or markup already in the document (`other.innerHTML`, the element's own markup kept
// while a counter in it changes). A value with any other part (a variable of unknown origin, a server reply, a
// translation) stays a finding.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { isCallNode } from '../callInfo';
import { numericValue } from '../numericValue';
import { constantLike } from '../stringShape';
import { IDENTIFIER_TYPES, namedChildren, scopeOf } from '../walk';

/** An escaper or sanitiser by name: `escapeHtml(x)`, `DOMPurify.sanitize(x)`, `encodeURIComponent(x)`. */
const ESCAPER = /sanitize|escape|encode|quote_?html|html_?quote|htmlspecialchars|purify/i;
/** Calls and members whose value is a number: `n.toFixed(1)`, `list.length`, `Math.round(x)`, `d.getMinutes()`. */
const NUMBER_RESULT =
  /(\.(length|size|byteLength|childElementCount)|\.(toFixed|toPrecision|getTime|get(Full)?Year|getMonth|getDate|getDay|getHours|getMinutes|getSeconds|indexOf|lastIndexOf)\([^()]*\)|^Math\.\w+\([^]*\))$/;
/** Markup already in the document: another element's (or this one's) serialised children. */
const DOCUMENT_MARKUP = /\.(innerHTML|outerHTML)$/;

/** Parts a string is made of: `+` operands, template substitutions, parenthesised or sliced markup. */
function parts(n: SyntaxNode): SyntaxNode[] | null {
  if (n.type === 'parenthesized_expression') return namedChildren(n);
  if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') return namedChildren(n);
  if (n.type === 'template_string')
    return namedChildren(n)
      .filter((c) => c.type === 'template_substitution')
      .flatMap((c) => namedChildren(c));
  return null;
}

/** True when `value` carries no text that was not already constant, numeric, escaped or in the document. */
export function inertMarkup(value: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  if (depth > 5) return false;
  const inner = parts(value);
  // Parts are smaller subtrees, so only variable hops below count toward the depth (a long `+` chain is not deep).
  if (inner) return inner.every((p) => inertMarkup(p, ctx, depth));
  if (constantLike(value, ctx) || numericValue(value, ctx, '')) return true;
  const text = value.text;
  if (NUMBER_RESULT.test(text) || DOCUMENT_MARKUP.test(text)) return true;
  // `el.innerHTML.substr(0, i)`, `x.toString()` of such a part: a slice or spelling of an inert value.
  if (isCallNode(value)) {
    const call = ctx.callAt(value);
    if (ESCAPER.test(call.last)) return true;
    const receiver = value.childForFieldName('function')?.childForFieldName('object');
    if (receiver && /^(substr|substring|slice|toString|trim)$/.test(call.last))
      return inertMarkup(receiver, ctx, depth);
    return false;
  }
  if (!IDENTIFIER_TYPES.has(value.type)) return false;
  const writes = ctx.assignmentsTo(scopeOf(value), value.text);
  return writes.length > 0 && writes.every((a) => inertMarkup(a.value, ctx, depth + 1));
}
