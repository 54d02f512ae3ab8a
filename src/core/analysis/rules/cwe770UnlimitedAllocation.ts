// CWE-770 allocation without limits or throttling: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { upperBounded } from '../ruleParts/upperBound';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { scopeOf, walk } from '../walk';
import { csAttributeRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import type { TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import {
  rustInputCapacity,
  rustRequestSizedRepeat,
  rustUnboundedDecode,
  rustVecFromDecodedLength,
} from './cwe770RustAllocation';
import { taintedParameters } from '../taintedParameters';
import { requestSizedArray } from './cwe770RequestSizedArray';

/** Request data by shape, including through numeric casts (a number can still be a billion). */
const FROM_REQUEST =
  /\breq(uest)?\.(query|body|params|args|form|values|json|GET|POST)\b|\$_(GET|POST|REQUEST)\b|\.(FormValue|URL\.Query)\(|\bc\.(Query|DefaultQuery|Param|PostForm|QueryParam|FormValue)\(/;

/** A web route's decorator (Flask, FastAPI, Starlette); click/typer commands take their counts from their own user. */
const WEB_ROUTE = /@\s*[\w.]+\.(route|get|post|put|patch|delete|api_route)\s*\(/;

/** Python: parameters of a web route that the request fills (`def pad(size: int = 16)`), numbers included. */
function routeCounts(scope: SyntaxNode, ctx: RuleContext): string[] {
  if (ctx.language !== 'python' || scope.parent?.type !== 'decorated_definition') return [];
  const decorators = scope.parent.text.slice(0, scope.startIndex - scope.parent.startIndex);
  return WEB_ROUTE.test(decorators) ? taintedParameters(scope, ctx) : [];
}

function requestSized(call: CallInfo, ctx: RuleContext): boolean {
  const scope = scopeOf(call.node);
  const names = new Set<string>(routeCounts(scope, ctx));
  for (const a of ctx.assignments(scope))
    // `min(max((int) $_GET['n'], 0), 80)`, `Math.min(Number(req.query.n), 80)`: clamped where it is read.
    if (FROM_REQUEST.test(a.value.text) && !/^(Math\.)?min\s*\(/.test(a.value.text))
      a.names.forEach((n) => names.add(n.replace(/^\$/, '')));
  // The count argument only: str_repeat($s, $n), array_fill($i, $n, $v), "x".repeat(n).
  const args = /^(str_repeat|array_fill)$/.test(call.name)
    ? call.args.slice(1, 2)
    : /\.repeat$/.test(call.name)
      ? call.args.slice(0, 1)
      : call.args;
  return args.some((arg) =>
    [...walk(arg)].some((id) => {
      const name = id.text.replace(/^\$/, '');
      return /identifier|variable_name/.test(id.type) && names.has(name) && !upperBounded(name, scope.text);
    }),
  );
}

const LOGIN_PATH = /^['"`]\/[\w/-]*(login|signin|sign-in|token|password|reset|otp|verify)\b/i;

const LIMITER = /limiter|throttle|brute|slowDown|rateLimit/i;

export const csRequestLimitDisabled: QueryRule = csAttributeRule(
  {
    id: 'cs-request-size-unlimited',
    cwe: 'CWE-770',
    severity: 'warning',
    languages: ['csharp'],
    message: 'The request body size limit is removed, so one client can make the server buffer unbounded data.',
    fix: 'Keep a [RequestSizeLimit(bytes)] sized for the endpoint.',
  },
  /^DisableRequestSizeLimit$/,
);

/** Request data kept through parseInt (for counts, the parsed number is what matters). */
const JAVA_COUNT_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /^Math\.(min|max)$/ };

export const javaRequestSizedAllocation = callRule({
  id: 'java-request-sized-allocation',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['java'],
  message:
    'A count from the request sizes an allocation or a repetition with no upper limit, so one request can exhaust the heap.',
  fix: 'Reject counts above a fixed maximum (if (n > MAX_ITEMS) return 400) or clamp them with Math.min before use.',
  callee: {
    java: /\.repeat$|^Collections\.nCopies$|^new (ArrayList|StringBuilder|HashMap|HashSet|ArrayDeque)$|^ByteBuffer\.allocate(Direct)?$/,
  },
  when: (call, ctx) => {
    const count = call.args[0];
    if (!count || !exprTainted(count, JAVA_COUNT_TAINT, ctx, taintOf(count, 'java-count', JAVA_COUNT_TAINT, ctx)))
      return false;
    const name = /^\w+$/.test(count.text) ? count.text : null;
    return !name || !new RegExp(`\\b${name}\\s*(>|>=|<|<=)\\s*\\w`).test(scopeOf(call.node).text);
  },
});

export const requestSizedAllocation = callRule({
  id: 'request-sized-allocation',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'php', 'go'],
  message:
    'A size or count from the request allocates memory or repeats work with no upper limit, so one request can exhaust the server.',
  fix: 'Reject values above a fixed maximum (n > MAX_ITEMS) before allocating or looping.',
  callee: {
    python: /^(range|bytearray|bytes|os\.urandom|secrets\.token_bytes)$/,
    php: /^(str_repeat|array_fill|range|random_bytes)$/,
    javascript: /^(Buffer\.(alloc|allocUnsafe)|new Array|Array|new Uint8Array|crypto\.randomBytes)$|\.repeat$/,
    typescript: /^(Buffer\.(alloc|allocUnsafe)|new Array|Array|new Uint8Array|crypto\.randomBytes)$|\.repeat$/,
    go: /^make$|^strings\.Repeat$/,
  },
  when: requestSized,
});

/** `"x" * n`, `[0] * n`, `b"\0" * n`: Python repetition of a literal by a count from the request. */
export const pyRequestSizedRepeat: QueryRule = {
  id: 'py-request-sized-repeat',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['python'],
  kind: 'query',
  query: { python: '(binary_operator left: (_) @left operator: "*" right: (_) @right) @hit' },
  message: 'A sequence is repeated by a count from the request with no upper limit, so one request can exhaust memory.',
  fix: 'Reject counts above a fixed maximum (n > MAX_ITEMS) before repeating.',
  predicate: ({ hit, left, right }, ctx) => {
    if (!hit || !left || !right) return false;
    const literal = (n: SyntaxNode): boolean => /^(string|list|tuple|concatenated_string)$/.test(n.type);
    const count = literal(left) ? right : literal(right) ? left : null;
    if (!count || !/^identifier$/.test(count.type)) return false;
    const scope = scopeOf(hit);
    const fromRequest =
      routeCounts(scope, ctx).includes(count.text) ||
      ctx.assignmentsTo(scope, count.text).some(
        (a) =>
          a.node.endIndex <= hit.startIndex &&
          FROM_REQUEST.test(a.value.text) &&
          // `min(int(request.args["n"]), 80)` is clamped where it is read.
          !/^min\s*\(/.test(a.value.text),
      );
    return fromRequest && !upperBounded(count.text, scope.text);
  },
};

export const unthrottledLogin = callRule({
  id: 'login-without-rate-limit',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message: 'The login route accepts unlimited attempts; nothing limits how fast passwords can be guessed.',
  fix: 'Put a rate limiter (express-rate-limit or similar) in front of login and password-reset routes.',
  callee: { javascript: /^(app|router)\.post$/, typescript: /^(app|router)\.post$/ },
  when: (call, ctx) =>
    LOGIN_PATH.test(call.args[0]?.text ?? '') &&
    !call.args.slice(1, -1).some((a) => LIMITER.test(a.text)) &&
    /rate-limit|rateLimit|bcrypt|argon2/.test(ctx.code) &&
    !ctx.calls().some((c) => /^(app|router)\.use$/.test(c.name) && c.args.some((a) => LIMITER.test(a.text))),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe770UnlimitedAllocation: readonly Rule[] = [
  csRequestLimitDisabled,
  rustInputCapacity,
  rustVecFromDecodedLength,
  rustRequestSizedRepeat,
  rustUnboundedDecode,
  javaRequestSizedAllocation,
  requestSizedArray,
  requestSizedAllocation,
  pyRequestSizedRepeat,
  unthrottledLogin,
];
