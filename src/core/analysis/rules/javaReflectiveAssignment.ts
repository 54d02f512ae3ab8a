// CWE-915 in Java: request parameter names used as field or property names of a model (reflection through
// Class.getField/getDeclaredField, BeanUtils/PropertyUtils), so a client can set fields such as `admin` or
// `balance` that no form offers. An allowlist test on the name before the write (validationGuard) is the fix.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { isRequestTainted } from '../ruleHelpers';
import { checkedBeforeUse } from '../validationGuard';
import { ancestor, scopeOf, walk } from '../walk';

const LOOPS: ReadonlySet<string> = new Set(['enhanced_for_statement']);

/** Loop variables of enclosing `for (x : <request data>)` loops (getParameterMap().entrySet(), getParameterNames()). */
function requestLoopVariables(node: SyntaxNode, ctx: RuleContext): string[] {
  const names: string[] = [];
  for (let loop = ancestor(node, LOOPS); loop; loop = ancestor(loop, LOOPS)) {
    const value = loop.childForFieldName('value');
    const name = loop.childForFieldName('name')?.text;
    if (name && value && (isRequestTainted(value, ctx) || /getParameter(Map|Names)\s*\(/.test(value.text)))
      names.push(name);
  }
  return names;
}

/** The name argument comes from the request: tainted directly, or it reads a request loop's variable. */
function requestNamed(arg: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!arg) return false;
  if (isRequestTainted(arg, ctx)) return true;
  const loopVars = new Set(requestLoopVariables(arg, ctx));
  for (const n of walk(arg)) if (n.type === 'identifier' && loopVars.has(n.text)) return true;
  return false;
}

function writesRequestNamedMember(call: CallInfo, ctx: RuleContext): boolean {
  // populate(bean, map) copies every entry; the others take the member name as one argument.
  if (/\.populate$/.test(call.name)) return call.args[1] !== undefined && isRequestTainted(call.args[1], ctx);
  const reflective = /\.(getField|getDeclaredField)$/.test(call.name);
  const name = reflective ? call.args[0] : call.args[1];
  if (!name || !requestNamed(name, ctx)) return false;
  // A looked-up field must also be written (Field.set*) later in the method; reading it is another weakness.
  const scope = scopeOf(call.node);
  const after = scope.text.slice(call.node.endIndex - scope.startIndex);
  if (reflective && !/\.set(Int|Long|Boolean|Double|Float|Short|Byte|Char)?\s*\(/.test(after)) return false;
  return !checkedBeforeUse(call.node, [name], ctx);
}

export const javaReflectiveAssignment = callRule({
  id: 'java-reflective-mass-assignment',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['java'],
  message:
    'A request parameter name selects which field of an object is written, so a client can also set fields it must not (admin, balance, owner).',
  fix: 'Test the name against an explicit allowlist of editable fields before the write, or copy the allowed fields one by one.',
  callee: {
    java: /\.(getField|getDeclaredField)$|^(BeanUtils|PropertyUtils|BeanUtilsBean\.getInstance\(\))\.(setProperty|copyProperty|populate)$/,
  },
  when: writesRequestNamedMember,
});
