// Does a condition check a value with one of the language's guard shapes (guardShapes.ts)? A validator call given
// the value, a test method called on it, an allow-list membership, a forbidden-substring scan, or (for paths) a
// prefix check after normalisation, or (for redirects) a prefix check.
import { localHelperApplies } from './localCheckHelpers';
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { GuardClass, LanguageGuards } from './guardShapes';
import { isCallNode } from './callInfo';
import { IDENTIFIER_TYPES, namedChildren, scopeOf, walk } from './walk';
import { ownTable, tableWritten } from './fileBindings';
import { comparesHost } from './urlHostCheck';
import { lookupResultChecks } from './lookupNoneCheck';
import { subsetTested } from './subsetCheck';

const PATH = /^(attribute|subscript|member_expression|subscript_expression|field_expression|field_access)$/;

export interface GuardQuery {
  /** The value's variable and the variables it was built from. */
  names: ReadonlySet<string>;
  /** Loop variables standing for each part of the value (`node` in `for node in ast.walk(tree)`). */
  parts?: ReadonlySet<string>;
  shapes: LanguageGuards;
  cls: GuardClass;
  /** The function's text before the sink: a path prefix check counts only after a normalising call. */
  before: string;
  ctx: RuleContext;
}

/** The node holds one of the names: a variable, or an access path such as `form['name']` (spaces ignored). */
export function mentions(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  for (const n of walk(node))
    if ((IDENTIFIER_TYPES.has(n.type) || PATH.test(n.type)) && names.has(n.text.replace(/\s+/g, ''))) return true;
  return false;
}

/** Which branch of the condition the sink runs on: when it holds, when it fails, or not known. */
export type Branch = 'holds' | 'fails' | 'either';

/** An allow-list: a literal collection, an ALL_CAPS constant, or a name that says so (`allowed_hosts`). */
const ALLOW_LIST = /allow|valid|permit|white|safe|known|accept|support|choices/i;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const COLLECTION = /^(list|set|tuple|dictionary)$/;

/** `not` / `!` wrappers between a node and its condition's root flip what the node's truth means. */
function negated(n: SyntaxNode, cond: SyntaxNode): boolean {
  let flips = 0;
  for (let cur = n.parent; cur && cur.startIndex >= cond.startIndex && cur !== cond.parent; cur = cur.parent)
    if (cur.type === 'not_operator' || (cur.type === 'unary_expression' && cur.text.startsWith('!'))) flips += 1;
  return flips % 2 === 1;
}

/**
 * `x in ALLOWED` guards x on the branch where it holds (`x not in ALLOWED` where it fails); a membership in
 * another collection (`x not in seen`) or a key test (`"cmd" in request.args`) is no allow-list.
 */
function membershipChecks(n: SyntaxNode, cond: SyntaxNode, names: ReadonlySet<string>, branch: Branch): boolean {
  const op = n.children.find((c) => c && !c.isNamed && /^(in|not in)$/.test(c.type))?.type;
  if (n.type !== 'comparison_operator' || !op || branch === 'either') return false;
  const [left, right] = namedChildren(n);
  if (!left || !right || !mentions(left, names)) return false;
  // `FORMATS.values()`: the entries of a constant table are an allow-list too.
  const tableView = /^[A-Z][A-Z0-9_]*\.(keys|values)\(\)$/.test(right.text);
  if (!COLLECTION.test(right.type) && !CONSTANT.test(right.text) && !ALLOW_LIST.test(right.text) && !tableView)
    return false;
  const allowedWhenTrue = (op === 'in') !== negated(n, cond);
  return allowedWhenTrue === (branch === 'holds');
}

/**
 * `".." in x` rejects x on the branch where it holds (`".." not in x` accepts it where it holds); `base in
 * p.parents` (after normalising) accepts p where it holds. Both only for the classes whose data lists them.
 */
function containmentChecks(n: SyntaxNode, cond: SyntaxNode, q: GuardQuery, branch: Branch): boolean {
  const op = n.children.find((c) => c && !c.isNamed && /^(in|not in)$/.test(c.type))?.type;
  if (n.type !== 'comparison_operator' || !op || branch === 'either') return false;
  const [left, right] = namedChildren(n);
  if (!left || !right || !mentions(right, q.names)) return false;
  const forbidden = q.shapes.forbiddenParts?.[q.cls];
  const truthMeansSafe =
    forbidden?.test(left.text) === true
      ? false
      : q.cls === 'path' && q.shapes.ancestors?.test(right.text) === true && q.shapes.normalisers.test(q.before)
        ? true
        : null;
  if (truthMeansSafe === null) return false;
  const safeWhenTrue = truthMeansSafe === ((op === 'in') !== negated(n, cond));
  return safeWhenTrue === (branch === 'holds');
}

const INDEX = /^(index_expression|subscript_expression|subscript)$/;

/**
 * `ALLOWED[x]` / `allowedHosts[x]` / a literal map, or a name bound only to one, indexed by one of the names: a
 * look-up in an allow-list (fileBindings.ts).
 */
function allowListIndex(value: SyntaxNode, names: ReadonlySet<string>, ctx: RuleContext): boolean {
  const index = value.type === 'expression_list' ? value.namedChildren[0] : value;
  if (!index || !INDEX.test(index.type) || (value.type === 'expression_list' && value.namedChildCount !== 1))
    return false;
  const [operand, key] = namedChildren(index);
  if (!operand || !key || !mentions(key, names)) return false;
  return ownTable(operand, ctx) || (ALLOW_LIST.test(operand.text) && !tableWritten(operand.text, ctx));
}

/**
 * `if !allowed[format] { return }` (a map of booleans), PHP `isset(ALLOWED[$x])`: the key is one of the table's
 * when the look-up holds (a missing key reads as false, null or unset).
 */
function tableIndexChecks(n: SyntaxNode, cond: SyntaxNode, q: GuardQuery, branch: Branch): boolean {
  if (branch === 'either') return false;
  const isset = isCallNode(n) && /^(isset|array_key_exists)$/.test(q.ctx.callAt(n).name);
  const looked = isset ? q.ctx.callAt(n).args.at(-1) : n;
  if (!looked || !INDEX.test(looked.type) || (!isset && !truthTested(n, cond))) return false;
  return allowListIndex(looked, q.names, q.ctx) && !negated(n, cond) === (branch === 'holds');
}

/** The node's value is the condition's truth, through `!`/`not`, `&&`/`||` and parentheses only. */
function truthTested(n: SyntaxNode, cond: SyntaxNode): boolean {
  for (let cur = n.parent; cur && cur.startIndex >= cond.startIndex; cur = cur.parent) {
    if (cur.type === 'not_operator' || cur.type === 'parenthesized_expression') continue;
    if (cur.type === 'unary_expression' && cur.text.startsWith('!')) continue;
    if (/^(binary_expression|boolean_operator)$/.test(cur.type)) {
      const op = cur.childForFieldName('operator')?.text ?? '';
      if (/^(&&|\|\||and|or)$/.test(op)) continue;
      return false;
    }
    if (cur.startIndex === cond.startIndex && cur.endIndex === cond.endIndex) return true;
    return false;
  }
  return true;
}

/**
 * Go's `_, ok := allowed[x]`: the flag `ok` is true when x is a key of the allow-list, so a test of `ok` guards x on the
 * branch where it holds (`!ok` where it fails). The look-up may sit in the `if` initializer or earlier in the function.
 */
function lookupFlagChecks(n: SyntaxNode, cond: SyntaxNode, q: GuardQuery, branch: Branch): boolean {
  if (!IDENTIFIER_TYPES.has(n.type) || branch === 'either' || n.parent?.type === 'expression_list') return false;
  const bound = q.ctx
    .assignments(scopeOf(n))
    .some(
      (a) =>
        a.names.length === 2 &&
        a.names[1] === n.text &&
        a.node.endIndex <= n.startIndex &&
        allowListIndex(a.value, q.names, q.ctx),
    );
  return bound && !negated(n, cond) === (branch === 'holds');
}

/** How a check was recognised: by its shape (a match, a membership, a sanitiser), or only by a helper's name. */
export type Evidence = 'shape' | 'name';

/** The names and the locals assigned from them before the condition (one step forward: `parts = urlparse(url)`). */
export function derivedNames(cond: SyntaxNode, q: GuardQuery): Set<string> {
  const out = new Set(q.names);
  for (const a of q.ctx.assignments(scopeOf(cond)))
    if (a.node.endIndex <= cond.startIndex && mentions(a.value, q.names)) a.names.forEach((n) => out.add(n));
  return out;
}

/** `ipaddress.ip_address(socket.gethostbyname(host)).is_private`: the address a URL's host resolves to is tested. */
function checksAddress(n: SyntaxNode, q: GuardQuery, cond: SyntaxNode): boolean {
  const checks = q.shapes.addressChecks;
  if (!checks || q.cls !== 'redirect' || n.type !== 'attribute' || !checks.test(n.text)) return false;
  const urls = derivedNames(cond, q);
  // `host = urlparse(url).hostname` is one step from the URL; the address one more.
  for (const a of q.ctx.assignments(scopeOf(cond)))
    if (a.node.endIndex <= cond.startIndex && mentions(a.value, urls)) a.names.forEach((x) => urls.add(x));
  return mentions(n.childForFieldName('object') ?? n, urls);
}

/** The condition compares a MAC of the value in constant time (`hmac.compare_digest(sig, hmac.new(k, data, ...))`). */
function integrityChecked(cond: SyntaxNode, q: GuardQuery): Evidence | null {
  if (!q.shapes.integrityChecks) return null;
  // The MAC is often computed into a local first (`expected = hmac.new(KEY, data, sha256).digest()`).
  const macs = derivedNames(cond, q);
  for (const n of walk(cond)) {
    if (!isCallNode(n)) continue;
    const { name, args } = q.ctx.callAt(n);
    if (q.shapes.integrityChecks.test(name) && args.some((a) => mentions(a, macs))) return 'shape';
  }
  return null;
}

/** Calls that give the path from a base to a target: a `..` at the start of the result means outside the base. */
const RELATIVE_PATH = /^(filepath\.Rel|path\.relative|os\.path\.relpath|relpath|Path\.GetRelativePath)$/;

/** `rel, err := filepath.Rel(root, p)` before the condition: the locals holding a relative path of one of the names. */
function relativePaths(cond: SyntaxNode, q: GuardQuery): Set<string> {
  const out = new Set<string>();
  for (const a of q.ctx.assignments(scopeOf(cond))) {
    if (a.node.endIndex > cond.startIndex) continue;
    const value = a.value.type === 'expression_list' ? (namedChildren(a.value)[0] ?? a.value) : a.value;
    if (!isCallNode(value)) continue;
    const call = q.ctx.callAt(value);
    if (RELATIVE_PATH.test(call.name) && call.args.some((x) => mentions(x, q.names))) out.add(a.names[0] ?? '');
  }
  return out;
}

/** `url.startswith(("http://", "https://"))`: prefixes that name only a scheme leave the host to the value. */
const SCHEME_ONLY = /^[rbu]?['"`](https?|wss?|ftp)(:(\/\/?)?)?['"`]$/i;

function schemeOnly(args: readonly SyntaxNode[]): boolean {
  const literals = args
    .flatMap((a) => (/^(tuple|list|array)$/.test(a.type) ? namedChildren(a) : [a]))
    .filter((a) => /string/.test(a.type));
  return literals.length > 0 && literals.every((l) => SCHEME_ONLY.test(l.text));
}

/** Whether `cond` checks one of the names with a guard shape of the language and class, and how. */
export function validates(cond: SyntaxNode, q: GuardQuery, branch: Branch): Evidence | null {
  const { names, shapes, cls, ctx } = q;
  if (cls === 'integrity') return integrityChecked(cond, q);
  // The evidence a local helper's body must show also counts written inline (`strchr(name, '/') != NULL`).
  const inline = shapes.helperBodies?.[cls];
  if (inline?.test(cond.text) && mentions(cond, names)) return 'shape';
  let named = false;
  for (const n of walk(cond)) {
    if (isCallNode(n)) {
      const { name, args, keywords } = ctx.callAt(n);
      const inArgs = [...args, ...keywords.values()].some((a) => mentions(a, names));
      if (shapes.validators.test(name) && inArgs) return 'shape';
      const generator = n.childForFieldName('arguments');
      if (shapes.elementChecks?.test(name) && generator?.type === 'generator_expression') {
        const over = namedChildren(generator).filter((c) => c.type === 'for_in_clause');
        if (over.some((c) => mentions(c.childForFieldName('right') ?? c, names))) return 'shape';
      }
      const onPart = q.parts !== undefined && args.some((a) => mentions(a, q.parts!));
      if (shapes.classValidators?.[cls]?.test(name) && onPart) return 'shape';
      if (shapes.receiverChecks.test(name) && mentions(n, names)) return 'shape';
      // `strings.HasPrefix(rel, "..")` where rel is the path from the base to the value tests the value.
      const relative = (): boolean =>
        cls === 'path' && args.some((a) => a.text.includes('..')) && mentions(n, relativePaths(cond, q));
      const prefix = shapes.prefixChecks.test(name) && (mentions(n, names) || relative());
      if (prefix && cls === 'redirect' && schemeOnly(args)) continue;
      if (prefix && (cls === 'redirect' || (cls === 'path' && shapes.normalisers.test(q.before)))) return 'shape';
      const body = shapes.helperBodies?.[cls];
      if (body && inArgs && localHelperApplies(name, body, ctx)) return 'shape';
      named ||= shapes.namedChecks.test(name) && inArgs;
    }
    if (shapes.membership && membershipChecks(n, cond, names, branch)) return 'shape';
    // `set(name) <= NAME_CHARS` holds only when every character is allowed.
    const subset = shapes.membership ? subsetTested(n) : null;
    if (subset && mentions(subset, names) && branch === (negated(n, cond) ? 'fails' : 'holds')) return 'shape';
    if (comparesHost(n, q, cond)) return 'shape';
    if (checksAddress(n, q, cond)) return 'shape';
    if (shapes.membership && containmentChecks(n, cond, q, branch)) return 'shape';
    if (shapes.keyLookups && lookupFlagChecks(n, cond, q, branch)) return 'shape';
    if (lookupResultChecks(n, cond, names, branch, ctx)) return 'shape';
    if (tableIndexChecks(n, cond, q, branch)) return 'shape';
  }
  return named ? 'name' : null;
}
