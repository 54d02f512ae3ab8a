// CWE-770 allocation without limits or throttling: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from '../ruleParts/textPatterns';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { scopeOf, walk } from '../walk';
import { csAttributeRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import type { TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import { isRustInput, isRustRequestValue } from '../ruleParts/rustParameters';
import { taintedParameters } from '../taintedParameters';

/** Request data by shape, including through numeric casts (a number can still be a billion). */
const FROM_REQUEST =
  /\breq(uest)?\.(query|body|params|args|form|values|json|GET|POST)\b|\$_(GET|POST|REQUEST)\b|\.(FormValue|URL\.Query)\(/;

/** `n` compared with anything but 0/1 (n > MAX, n <= LIMIT, min(n, MAX)) counts as an upper bound. */
function upperBounded(name: string, scope: SyntaxNode): boolean {
  const n = escapeRegExp(name);
  const cmp = new RegExp(
    `${n}\\s*(<=?|>=?)\\s*(?!-?[01]\\b)[\\w.]+|(?<![\\w.])(?!-?[01]\\b)[\\w.]+\\s*(<=?|>=?)\\s*${n}\\b|\\bmin\\s*\\([^)]*\\b${n}\\b`,
  );
  return cmp.test(scope.text);
}

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
    if (FROM_REQUEST.test(a.value.text)) a.names.forEach((n) => names.add(n.replace(/^\$/, '')));
  // The count argument only: str_repeat($s, $n), array_fill($i, $n, $v), "x".repeat(n).
  const args = /^(str_repeat|array_fill)$/.test(call.name)
    ? call.args.slice(1, 2)
    : /\.repeat$/.test(call.name)
      ? call.args.slice(0, 1)
      : call.args;
  return args.some((arg) =>
    [...walk(arg)].some((id) => {
      const name = id.text.replace(/^\$/, '');
      return /identifier|variable_name/.test(id.type) && names.has(name) && !upperBounded(name, scope);
    }),
  );
}

const LOGIN_PATH = /^['"`]\/[\w/-]*(login|signin|sign-in|token|password|reset|otp|verify)\b/i;

const LIMITER = /limiter|throttle|brute|slowDown|rateLimit/i;

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DECODED = /from_(be|le|ne)_bytes|\.parse\s*(::<[^>]*>)?\s*\(|read_u(16|32|64)|get_u(16|32|64)/;

/** `name` is a local decoded from input (`u32::from_be_bytes(..)`, `parse()`) and never compared or clamped. */
function decodedUnbounded(name: string, at: SyntaxNode): boolean {
  const fn = scopeOf(at).text;
  const s = esc(name);
  const decoded = new RegExp(`let\\s+(mut\\s+)?${s}\\s*(:[^=]+)?=\\s*([^;]+);`).exec(fn)?.[3] ?? '';
  return DECODED.test(decoded) && !new RegExp(`\\b${s}\\s*(>|>=)|\\b${s}\\s*\\.\\s*min\\s*\\(`).test(fn);
}

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

export const rustInputCapacity = callRule({
  id: 'rust-capacity-from-input',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A capacity is taken straight from a count decoded from input, so a forged count reserves huge amounts of memory.',
  fix: 'Cap the count (count.min(MAX) or by the bytes actually available) before reserving, or grow as data arrives.',
  callee: { rust: /^(Vec|String|VecDeque|HashMap|HashSet|BytesMut)::with_capacity$|\.reserve(_exact)?$/ },
  when: (call) => call.args[0]?.type === 'identifier' && decodedUnbounded(call.args[0].text, call.node),
});

/** `vec![0u8; len]` with `len` decoded from input and never compared or clamped: the same flaw as with_capacity. */
export const rustVecFromDecodedLength: QueryRule = {
  ...rustInputCapacity,
  id: 'rust-vec-from-decoded-length',
  kind: 'query',
  query: { rust: '(macro_invocation macro: (identifier) @m (token_tree (_) . ";" . (identifier) @len .)) @hit' },
  predicate: ({ m, len, hit }) => m?.text === 'vec' && !!len && !!hit && decodedUnbounded(len.text, hit),
};

export const rustRequestSizedRepeat = callRule({
  id: 'rust-request-sized-allocation',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message:
    'A size or count from the request allocates memory or repeats work with no upper limit, so one request can exhaust the server.',
  fix: 'Reject counts above a fixed maximum (if n > MAX_ITEMS { return .. }) or clamp them (n.min(MAX_ITEMS)) first.',
  callee: { rust: /\.(repeat|resize)$|^(Vec|String|VecDeque|BytesMut)::with_capacity$/ },
  when: (call, ctx) => {
    const count = call.args[0];
    if (!count || /\.(min|clamp)\s*\(/.test(count.text) || !isRustRequestValue(count, ctx)) return false;
    // `pixels as usize * 4`: bounded when any name it is computed from is compared with a limit or clamped first.
    const fn = scopeOf(call.node).text;
    const names = [...walk(count)]
      .filter((n) => n.type === 'identifier' || n.type === 'field_expression')
      .map((n) => escapeRegExp(n.text));
    return !names.some((name) =>
      new RegExp(`\\b${name}\\s*(>|>=|<|<=)|\\b${name}\\s*\\.\\s*(min|clamp)\\s*\\(`).test(fn),
    );
  },
});

/**
 * bincode 1.x `deserialize`/`deserialize_from` with the default options sets no size limit, so length prefixes in
 * untrusted bytes drive allocations (bincode's docs ask for `with_limit` on untrusted input). A finding for request
 * bodies and readers of sockets or streams; a note for a library function's parameter, whose origin is not in view.
 */
export const rustUnboundedDecode = callRule({
  id: 'rust-unbounded-decode',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['rust'],
  message: 'Untrusted bytes are decoded with bincode and no size limit, so forged length prefixes can exhaust memory.',
  fix: 'Decode through bincode::DefaultOptions::new().with_limit(MAX_BYTES) (bincode 2: config::standard().with_limit::<N>()).',
  callee: { rust: /^bincode::(deserialize|deserialize_from)(::<.*>)?$/ },
  when: (call, ctx) => !!call.args[0] && (isRustInput(call.args[0], ctx) || UNTRUSTED_READER.test(call.args[0].text)),
  tierOf: (call, ctx) =>
    isRustRequestValue(call.args[0]!, ctx) || UNTRUSTED_READER.test(call.args[0]!.text) ? 'finding' : 'note',
});
const UNTRUSTED_READER = /\b(stream|socket|conn|connection|tcp|body|payload|request|req)\b/i;

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
    return fromRequest && !upperBounded(count.text, scope);
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
  requestSizedAllocation,
  pyRequestSizedRepeat,
  unthrottledLogin,
];
