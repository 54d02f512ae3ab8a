// CWE-770: a count or size taken from the request drives allocation or repetition with no upper limit,
// and login endpoints that accept unlimited attempts.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { scopeOf, walk } from '../walk';

/** Request data by shape, including through numeric casts (a number can still be a billion). */
const FROM_REQUEST =
  /\breq(uest)?\.(query|body|params|args|form|values|json|GET|POST)\b|\$_(GET|POST|REQUEST)\b|\.(FormValue|URL\.Query)\(/;
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `n` compared with anything but 0/1 (n > MAX, n <= LIMIT, min(n, MAX)) counts as an upper bound. */
function upperBounded(name: string, scope: SyntaxNode): boolean {
  const n = esc(name);
  const cmp = new RegExp(
    `${n}\\s*(<=?|>=?)\\s*(?!-?[01]\\b)[\\w.]+|(?<![\\w.])(?!-?[01]\\b)[\\w.]+\\s*(<=?|>=?)\\s*${n}\\b|\\bmin\\s*\\([^)]*\\b${n}\\b`,
  );
  return cmp.test(scope.text);
}

function requestSized(call: CallInfo, ctx: RuleContext): boolean {
  const scope = scopeOf(call.node);
  const names = new Set<string>();
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

const LOGIN_PATH = /^['"`]\/[\w/-]*(login|signin|sign-in|token|password|reset|otp|verify)\b/i;
const LIMITER = /limiter|throttle|brute|slowDown|rateLimit/i;

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

/** `p = malloc(n)` / `new char[s.size()]` followed by `p[n] = ...` or strcpy(p, ...): no room for the terminator. */
function missingTerminatorRoom(call: CallInfo): boolean {
  let holder = call.node.parent;
  while (holder && /cast_expression|parenthesized_expression/.test(holder.type)) holder = holder.parent;
  const target = (holder?.childForFieldName('declarator') ?? holder?.childForFieldName('left'))?.text.replace(
    /^\*+\s*/,
    '',
  );
  const size = call.name === 'new char' ? /\[(.*)\]$/s.exec(call.node.text)?.[1]?.trim() : call.args[0]?.text.trim();
  if (!target || !/^\w+$/.test(target) || !size || /\+|sizeof/.test(size)) return false;
  const rest = scopeOf(call.node).text.slice(call.node.endIndex - scopeOf(call.node).startIndex);
  const p = esc(target);
  const sizedByString = /^(strlen\s*\(|[\w.]+\.(size|length)\(\)$)/.test(size);
  return (
    new RegExp(`\\b${p}\\s*\\[\\s*${esc(size)}\\s*\\]\\s*=[^=]`).test(rest) ||
    (sizedByString && new RegExp(`\\b(std::)?(strcpy|strcat|sprintf)\\s*\\(\\s*${p}\\b`).test(rest))
  );
}

export const allocWithoutTerminator = callRule({
  id: 'alloc-without-terminator',
  cwe: 'CWE-122',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The buffer is allocated for the characters only, then the terminating NUL is written one byte past its end.',
  fix: 'Allocate length + 1 bytes for a string copy (malloc(len + 1), new char[s.size() + 1]).',
  callee: { c: /^malloc$/, cpp: /^((std::)?malloc|new char)$/ },
  when: missingTerminatorRoom,
});
