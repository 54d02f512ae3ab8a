// CWE-915 mass assignment of object attributes (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { ancestor, scopeOf, walk } from '../../walk';
import { isRequestTainted } from '../../ruleHelpers';
import type { CallInfo } from '../../callInfo';
import { checkedBeforeUse } from '../../validationGuard';
import { callRule } from '../../callRule';

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

/** Prisma's `update({ where, data: req.body })` (or `{ where, data }` with `data` the body): the body is the row. */
function prismaData(arg: SyntaxNode, ctx: RuleContext): boolean {
  if (arg.type !== 'object') return false;
  return arg.namedChildren.some((p) => {
    if (p?.type === 'pair')
      return p.childForFieldName('key')?.text === 'data' && wholeBody(p.childForFieldName('value') ?? undefined, ctx);
    return p?.type === 'shorthand_property_identifier' && p.text === 'data' && wholeBody(p, ctx);
  });
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
      return call.args.some((a) => wholeBody(a, ctx) || prismaData(a, ctx));
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

/** Every rule in this file, in the order the registry runs them. */
/** Request arrays whose keys become variables: superglobals, Laravel's all()/input(). */
const PHP_REQUEST_ARRAY =
  /\$_(GET|POST|REQUEST|COOKIE|SERVER|FILES)\b|->(all|input|query|post)\s*\(\s*\)|^\$(request|params|input|data)$/;

export const phpExtractRequest = callRule({
  id: 'php-extract-request',
  cwe: 'CWE-915',
  severity: 'error',
  languages: ['php'],
  message:
    'extract() (or one-argument parse_str) turns request keys into local variables, so a request can set or overwrite any variable (variable extraction, CWE-621), e.g. $is_admin.',
  fix: 'Read the expected keys one by one ($name = $_POST["name"] ?? ""), or extract with EXTR_PREFIX_ALL into a prefix you never use elsewhere.',
  callee: { php: /^(extract|parse_str)$/ },
  when: (call, ctx) => {
    if (call.name === 'parse_str') return call.args.length === 1;
    const source = call.args[0];
    if (!source || /EXTR_PREFIX_ALL/.test(call.args[1]?.text ?? '')) return false;
    // A bare `$data` counts by its name only when the function does not build it (from a literal array or
    // `compact()` of its own locals, whose keys the code chose); a built one counts when request data reaches it.
    const bareName = /^\$\w+$/.test(source.text);
    const built = bareName && ctx.assignmentsTo(scopeOf(source), source.text).length > 0;
    return (!built && PHP_REQUEST_ARRAY.test(source.text)) || isRequestTainted(source, ctx);
  },
});

export const cwe915Web: readonly Rule[] = [massAssignment, javaReflectiveAssignment, phpExtractRequest];
