// Does a redirect target keep our host whatever the input is? When the constant text in front of the first
// non-constant part already fixes the host (a path on this site such as "/users/", a full "https://host/" or a
// relative "page?" with its query started), input can only choose a path or a query value, not where the browser goes.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { isCallNode } from '../callInfo';
import { isRequestTainted } from '../ruleHelpers';
import { namedChildren, scopeOf } from '../walk';

/** A string literal's text without its prefix and quotes; an f-string is cut at its first interpolation. */
function literalLead(node: SyntaxNode): string | null {
  const m = /^([a-zA-Z]*)("""|'''|"|')/.exec(node.text);
  if (!m) return null;
  const body = node.text.slice(m[0].length);
  return /f/i.test(m[1] ?? '') ? (body.split('{')[0] ?? '') : body.slice(0, body.length - m[2]!.length);
}

/** The constant text in front of the first non-constant part of a built string, or null when it starts with one. */
export function leadingText(node: SyntaxNode, ctx: RuleContext, depth = 0): string | null {
  if (depth > 3) return null;
  if (node.type === 'string' || node.type === 'interpreted_string_literal') return literalLead(node);
  // JavaScript `\`/static/avatars/${id}.png\``: the text before the first substitution.
  if (node.type === 'template_string') return (node.text.slice(1).split('${')[0] ?? '').replace(/`$/, '');
  if (node.type === 'parenthesized_expression') {
    const inner = namedChildren(node)[0];
    return inner ? leadingText(inner, ctx, depth + 1) : null;
  }
  if (node.type === 'binary_operator' || node.type === 'binary_expression') {
    const left = node.childForFieldName('left');
    const op = node.childForFieldName('operator')?.text;
    if (!left) return null;
    const lead = leadingText(left, ctx, depth + 1);
    // "..." % x: the format string runs up to its first placeholder.
    return op === '%' && lead !== null ? (lead.split('%')[0] ?? '') : op === '+' ? lead : null;
  }
  if (isCallNode(node) && ctx.callAt(node).last === 'format') {
    const receiver = node.childForFieldName('function')?.childForFieldName('object');
    const lead = receiver?.type === 'string' ? literalLead(receiver) : null;
    return lead === null ? null : (lead.split('{')[0] ?? '');
  }
  if (node.type === 'identifier') {
    // A local assigned once, before the use: its value's lead.
    const writes = ctx.assignmentsTo(scopeOf(node), node.text);
    const only = writes[0];
    if (writes.length !== 1 || !only || only.augmented || only.node.startIndex > node.startIndex) return null;
    return leadingText(only.value, ctx, depth + 1);
  }
  return null;
}

/**
 * "/users/" (a path here, not "/" alone: "/" + "/evil.com" is protocol-relative), "https://host/" (the host closed by
 * a delimiter: "https://host" + "@evil.com" is another host) or "page?" / "?next=" (relative, past any scheme).
 */
const HOST_FIXED = /^\/[^/\\]|^https?:\/\/[^/?#\\@]+[/?#]|^[^/\\:]+[/?#]|^[?#]/i;

/** The target's constant lead fixes the host, so the redirect cannot leave the site. */
export function redirectStaysOnSite(target: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!target) return false;
  const lead = leadingText(target, ctx);
  return lead !== null && HOST_FIXED.test(lead);
}

/** The operands of a `+` chain, left to right. */
function concatenated(node: SyntaxNode): SyntaxNode[] {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!/^binary_(operator|expression)$/.test(node.type) || node.childForFieldName('operator')?.text !== '+')
    return [node];
  return left && right ? [...concatenated(left), ...concatenated(right)] : [node];
}

/**
 * `base + "?" + r.URL.RawQuery`: a literal `?` or `#` comes before the first part taken from the request, so input
 * only fills the query or fragment of an address the program chose (from constants or its own configuration).
 */
export function inputOnlyAfterQuery(target: SyntaxNode | undefined, ctx: RuleContext): boolean {
  for (const part of target ? concatenated(target) : []) {
    if (/^["'`]/.test(part.text)) {
      if (/[?#]/.test(part.text)) return true;
    } else if (isRequestTainted(part, ctx)) return false;
  }
  return false;
}

/** The redirect cannot leave the site: a constant lead fixes the host, or input only fills the query. */
export function redirectKeepsTarget(target: SyntaxNode | undefined, ctx: RuleContext): boolean {
  return redirectStaysOnSite(target, ctx) || inputOnlyAfterQuery(target, ctx);
}
