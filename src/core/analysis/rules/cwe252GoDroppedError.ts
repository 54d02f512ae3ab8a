// CWE-252 in Go: an error result thrown away, by `_` (`v, _ := f()`, `_ = f()`) or by an `err` that is overwritten
// or never read. A finding when the call decides a security question (verification, permissions, randomness for
// keys); a note for other calls that commonly fail (parsing, files), where the zero value is then used as data.
import type { Captures, QueryRule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { FindingTier } from '../Finding';
import { namedChildren, scopeOf } from '../walk';
import { functionsByName } from '../stringShape';
import { reachAfter } from '../ruleParts/goBranchReach';
import { isSecurityCall } from './cwe755ExceptionHandling/securityCalls';

/** Go calls whose error must be checked before the other result is trusted, beside the shared security names. */
const GO_SECURITY =
  /^(rand\.Read|rsa\.\w+|ecdsa\.\w+|ed25519\.\w+|tls\.\w+|x509\.\w+|os\.(Chmod|Chown|Setenv)|syscall\.\w+|unix\.\w+)$/;

/** System calls that return no error (`syscall.CloseOnExec(fd)`, `unix.Exit(1)`) or only a value (`Getpid`). */
const NO_RESULT = /^(syscall|unix)\.(CloseOnExec|Exit|Sync|Get(pid|ppid|uid|euid|gid|egid|pagesize)|Umask)$/;

/** Calls that often fail on bad input or a missing file: dropping their error is worth a note. */
const GO_FAILABLE =
  /^(strconv\.\w+|os\.(Open|OpenFile|Create|ReadFile|WriteFile|MkdirAll|Mkdir|Remove|RemoveAll|Rename)|io\.ReadAll|io\.ReadFull|ioutil\.\w+|json\.(Unmarshal|Marshal)|url\.(Parse|ParseQuery|QueryUnescape|PathUnescape)|http\.(NewRequest|Get|Post)|filepath\.(Abs|Rel|EvalSymlinks)|time\.Parse\w*|base64\.\w+\.DecodeString|hex\.DecodeString)$/;

/** Key and nonce material read from crypto/rand through io.ReadFull: a short read leaves zero bytes in a key. */
const RANDOM_FILL = /^io\.ReadFull\(\s*rand\.Reader\b/;

/** math/rand's `Read` always returns a nil error: a file that imports only math/rand has nothing to drop. */
const MATH_RAND_ONLY = (code: string): boolean => /"math\/rand"/.test(code) && !/"crypto\/rand"/.test(code);

function isSecurityGoCall(name: string, last: string, text: string, code: string): boolean {
  if (name === 'rand.Read' && MATH_RAND_ONLY(code)) return false;
  return GO_SECURITY.test(name) || RANDOM_FILL.test(text) || isSecurityCall(name, last);
}

/** The file declares the called function or method, and no declaration of that name returns anything. */
function declaredWithoutResult(last: string, ctx: RuleContext): boolean {
  const declared = functionsByName(ctx).get(last) ?? [];
  return declared.length > 0 && declared.every((fn) => fn.childForFieldName('result') === null);
}

/** `err` on the left of this assignment is never read before it is assigned again or the function ends. */
function errNeverRead(left: SyntaxNode, stmt: SyntaxNode): boolean {
  const errs = namedChildren(left).filter((n) => n.text === 'err');
  if (!errs.length) return false;
  const uses = scopeOf(stmt)
    .descendantsOfType('identifier')
    .filter((n): n is SyntaxNode => n !== null && n.text === 'err' && n.startIndex >= stmt.endIndex)
    .sort((a, b) => a.startIndex - b.startIndex);
  // Uses in the other arm of the same `if`/`switch` never follow this one; a use that runs only on some paths
  // (inside a later branch or loop) may leave this value to be read after it.
  const next = uses.find((n) => reachAfter(stmt, n) !== 'exclusive');
  if (!next) return true;
  if (reachAfter(stmt, next) === 'conditional') return false;
  const list = next.parent;
  const assign = list?.parent;
  return (
    list?.type === 'expression_list' &&
    (assign?.type === 'short_var_declaration' || assign?.type === 'assignment_statement') &&
    assign.childForFieldName('left')?.startIndex === list.startIndex
  );
}

function dropsError({ hit, left, call }: Captures, ctx: RuleContext): { dropped: boolean; security: boolean } {
  const none = { dropped: false, security: false };
  if (!hit || !call) return none;
  const info = ctx.callAt(call);
  const security = isSecurityGoCall(info.name, info.last, call.text, ctx.code);
  // A bare statement: only verdict calls return just an error, and some system calls (and the file's own functions
  // declared without results) return nothing to drop.
  if (!left)
    return NO_RESULT.test(info.name) || declaredWithoutResult(info.last, ctx) ? none : { dropped: security, security };
  const names = namedChildren(left);
  if (names[names.length - 1]?.text === '_') return { dropped: security || GO_FAILABLE.test(info.name), security };
  return { dropped: errNeverRead(left, hit) && (security || GO_FAILABLE.test(info.name)), security };
}

export const goDroppedError: QueryRule = {
  id: 'go-dropped-error',
  cwe: 'CWE-252',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: {
    go: `(short_var_declaration left: (expression_list) @left right: (expression_list . (call_expression) @call .)) @hit
(assignment_statement left: (expression_list) @left right: (expression_list . (call_expression) @call .)) @hit
(expression_statement (call_expression) @call) @hit`,
  },
  guardable: false,
  message:
    'The error this call returns is thrown away, so a failure (a bad signature, a denied permission, unparsable input) goes unnoticed and the zero value is used as if the call had worked.',
  fix: 'Check `err` right after the call (`if err != nil { return ..., err }`) and stop or refuse on failure.',
  predicate: (captures, ctx) => dropsError(captures, ctx).dropped,
  tierOf: (captures, ctx): FindingTier => (dropsError(captures, ctx).security ? 'finding' : 'note'),
};
