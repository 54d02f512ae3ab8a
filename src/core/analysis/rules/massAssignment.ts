// CWE-915: a whole request body copied onto a model (Object.assign, **kwargs, setattr loops, create($request->all()),
// decoding into a stored object), so clients can set fields such as role, owner or price.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const WHOLE_BODY: Record<string, RegExp> = {
  python: /^(dict\()?\s*request\.(get_json|json|form|values|args)\b/,
  javascript: /^(req|request)\.(body|query)$/,
  typescript: /^(req|request)\.(body|query)$/,
  php: /^\$request->(all|input)\(\)$|^\$_(POST|GET|REQUEST)$/,
};
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The expression is the whole request body, directly or through a local assigned from it (and nothing narrower). */
function wholeBody(expr: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const shape = WHOLE_BODY[ctx.language];
  if (!expr || !shape) return false;
  const text = expr.text.replace(/^\*\*/, '').trim();
  if (shape.test(text)) return true;
  if (!/^\w+$/.test(text)) return false;
  // Plain re-assignments of the name only: `data["x"] = ...` adds a field, it does not narrow the body.
  const target = (a: { node: SyntaxNode }): string | undefined =>
    (a.node.childForFieldName('left') ?? a.node.childForFieldName('name'))?.text;
  const values = ctx
    .assignments(scopeOf(expr))
    .filter((a) => target(a) === text && !a.augmented)
    .map((a) => a.value.text.trim());
  return values.length > 0 && values.every((v) => shape.test(v));
}

function massAssigns(call: CallInfo, ctx: RuleContext): boolean {
  const fnText = scopeOf(call.node).text;
  switch (ctx.language) {
    case 'python': {
      if (call.name === 'setattr') {
        const key = call.args[1]?.text ?? '';
        // for key, value in request.form.items(): setattr(obj, key, value) with no allowlist test on key.
        return (
          /^\w+$/.test(key) &&
          new RegExp(`for\\s+${esc(key)}\\b[^:]*\\bin\\s+request\\.\\w+`).test(fnText) &&
          !new RegExp(`\\b${esc(key)}\\s+(not\\s+)?in\\s+[A-Z_a-z]`).test(fnText.replace(/for\s+[^:]*:/g, ''))
        );
      }
      return (
        call.node.text.includes('**') &&
        [...call.node.descendantsOfType('dictionary_splat')].some(
          (d) => d !== null && wholeBody(d.namedChildren[0] ?? undefined, ctx),
        )
      );
    }
    case 'javascript':
    case 'typescript':
      if (call.name === 'Object.assign')
        return call.args[0]?.type !== 'object' && call.args.slice(1).some((a) => wholeBody(a, ctx));
      return call.args.some((a) => wholeBody(a, ctx));
    case 'php':
      return call.args.some((a) => wholeBody(a, ctx));
    case 'go':
      // json.NewDecoder(r.Body).Decode(current): decoding into an object loaded from storage, not a request struct.
      // A fresh request struct declared here (var in T, in := &T{}, new(T)) is the safe shape.
      return (
        /NewDecoder\(\s*\w+\.Body\s*\)\.Decode$/.test(call.name) &&
        /^\w+$/.test(call.args[0]?.text ?? '&') &&
        !new RegExp(
          `\\bvar\\s+${esc(call.args[0]?.text ?? '')}\\b|\\b${esc(call.args[0]?.text ?? '')}\\s*:=\\s*(&\\w+\\{|new\\()`,
        ).test(fnText)
      );
    default:
      return false;
  }
}

export const massAssignment = callRule({
  id: 'mass-assignment',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'php', 'go'],
  message:
    'The whole request body is copied onto a stored object, so a client can also set fields it must not (role, owner, price).',
  fix: 'Copy an explicit allowlist of fields (or decode into a narrow request type) and set server-owned fields yourself.',
  callee: {
    python: /^(setattr|\w+(\.\w+)*)$/,
    javascript:
      /^Object\.assign$|\.(update|updateOne|updateMany|findByIdAndUpdate|findOneAndUpdate|create|insertOne|set)$/,
    typescript:
      /^Object\.assign$|\.(update|updateOne|updateMany|findByIdAndUpdate|findOneAndUpdate|create|insertOne|set)$/,
    php: /(::|->)(create|forceCreate|fill|update|insert)$/,
    go: /\.Decode$/,
  },
  when: massAssigns,
});
