// A path whose only varying part is its base folder (`run_dir / "config.yaml"`, `os.path.join(root, CONFIG)`): the
// caller picks the folder, and every part below it is written in the code, so no "../" can come from the input.
// Traversal needs the input below the base (`BASE / name`); parameter findings of path sinks use this to tell them apart.
// A part the rule's own taint does not reach counts as fixed too (`out / f"{src.stem}-{stamp}.tar"`, where `src.stem`
// is a last component and `stamp` the clock's): the caller's value picks the folder only.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { isConstant } from './stringShape';
import { namedChildren, scopeOf } from './walk';
import { importedNames } from './guardLeaves';
import { listedEntryName } from './listedEntries';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
// Node's `path.resolve(base, "npmrc")` puts fixed parts under the base as `join` does; so do `join`/`resolve`
// destructured from the path module.
const JOIN_CALL = /^(os\.path\.join|path\.(join|resolve)|filepath\.Join|Path\.Combine|\w+\.joinpath)$/;
const NODE_PATH_MODULE = /require\(\s*['"](node:)?path['"]\s*\)|from\s+['"](node:)?path['"]/;

function joinCall(name: string, ctx: RuleContext): boolean {
  if (JOIN_CALL.test(name)) return true;
  return (
    /^(join|resolve)$/.test(name) && /^(javascript|typescript)$/.test(ctx.language) && NODE_PATH_MODULE.test(ctx.code)
  );
}

/** Whether an expression carries the rule's taint; absent, only constants count as fixed. */
export type TaintTest = (n: SyntaxNode) => boolean;

function fixedPart(n: SyntaxNode, tainted?: TaintTest, ctx?: RuleContext): boolean {
  const inner = n.type === 'parenthesized_expression' ? (namedChildren(n)[0] ?? n) : n;
  if (ctx && listedEntryName(inner, ctx)) return true;
  return isConstant(inner) || CONSTANT_NAME.test(inner.text) || (tainted !== undefined && !tainted(inner));
}

/** The parts of a `/` or `+` chain, left to right. */
function chainParts(n: SyntaxNode): SyntaxNode[] {
  const op = n.childForFieldName('operator')?.text;
  if (!/^(binary_operator|binary_expression)$/.test(n.type) || (op !== '/' && op !== '+')) return [n];
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  return left && right ? [...chainParts(left), right] : [n];
}

function baseOnlyValue(value: SyntaxNode, ctx: RuleContext, tainted?: TaintTest): boolean {
  // Go `dir := filepath.Join(home, ".app")`: the value is a one-element expression_list.
  const single =
    value.type === 'expression_list' && namedChildren(value).length === 1 ? namedChildren(value)[0]! : value;
  const v = single.type === 'parenthesized_expression' ? (namedChildren(single)[0] ?? single) : single;
  if (isCallNode(v)) {
    const call = ctx.callAt(v);
    // pathlib's `p.with_suffix(".enc")`, `p.with_name(...)`: a sibling of the caller's path; these methods refuse a
    // separator in their argument, so the caller's value still picks the folder.
    if (/^with_(suffix|name|stem)$/.test(call.last)) return call.args.length === 1 && fixedPart(call.args[0]!, tainted);
    if (!joinCall(call.name, ctx)) return false;
    // `root.joinpath("a")` has its base as receiver; os.path.join(root, "a") as first argument.
    const rest = call.name.endsWith('.joinpath') ? call.args : call.args.slice(1);
    return rest.length > 0 && rest.every((p) => fixedPart(p, tainted, ctx));
  }
  if (v.type === 'string') return suffixedBase(v, ctx, tainted);
  const parts = chainParts(v);
  return parts.length > 1 && parts.slice(1).every((p) => fixedPart(p, tainted, ctx));
}

/** `f"{path}.tmp"`: an f-string that starts with the base and adds only fixed text and fixed fields after it. */
function suffixedBase(v: SyntaxNode, ctx: RuleContext, tainted?: TaintTest): boolean {
  const fields = namedChildren(v).filter((c) => c.type === 'interpolation');
  const first = namedChildren(v).find((c) => c.type !== 'string_start');
  if (fields.length === 0 || first?.startIndex !== fields[0]!.startIndex) return false;
  return fields.slice(1).every((f) => fixedPart(namedChildren(f)[0] ?? f, tainted, ctx));
}

/** The path the sink opens is a base folder with fixed parts below it (directly, or through the local it reads). */
/** pathlib methods whose receiver is the path they open; their arguments are the data or the mode. */
const PATHLIB_METHOD = /^(read_text|read_bytes|write_text|write_bytes|open|unlink|rmdir|iterdir|touch|mkdir)$/;

/**
 * The value a path sink opens: the object of a pathlib method (`dst.write_bytes(data)`: `dst`, not `data`), or of
 * any method called without arguments (`(BASE / name).read_text()`), else the first argument.
 */
export function openedPath(sink: SyntaxNode, ctx: RuleContext): SyntaxNode | undefined {
  const call = ctx.callAt(sink);
  const object = sink.childForFieldName('function')?.childForFieldName('object') ?? null;
  // `os.mkdir(p)`, `io.open(p)`: a module's function, whose argument is the path.
  const moduleCall = object?.type === 'identifier' && importedNames(ctx).has(object.text);
  const pathlib = ctx.language === 'python' && !moduleCall && PATHLIB_METHOD.test(call.last);
  if (object && (call.args.length === 0 || pathlib)) return object;
  return call.args[0];
}

export function baseOnlyPath(sink: SyntaxNode, ctx: RuleContext, tainted?: TaintTest): boolean {
  // A rule that reports the join itself (`os.path.join(cert_dir, "ca.pem")`): the join is the path, not its base.
  if (JOIN_CALL.test(ctx.callAt(sink).name) && baseOnlyValue(sink, ctx, tainted)) return true;
  const arg = openedPath(sink, ctx);
  if (!arg) return false;
  if (baseOnlyValue(arg, ctx, tainted)) return true;
  if (arg.type !== 'identifier') return false;
  const before = ctx
    .assignments(scopeOf(sink))
    .filter((a) => a.names.length === 1 && a.names[0] === arg.text && a.node.endIndex <= sink.startIndex);
  return before.length > 0 && before.every((a) => !a.augmented && baseOnlyValue(a.value, ctx, tainted));
}
