// Python: `src.name`, `src.stem` and `src.suffix` of a pathlib path are its last component (or part of it), with no
// separator left, the same as `os.path.basename(src)`; so `out_dir / f"{src.stem}.json"` cannot leave out_dir. A
// value counts as a path when the tree shows it: a `Path(...)` call, a parameter annotated as a path, or a local
// name every assignment of which is a path (a `Path(...)` call, `a / b` on a path, `.resolve()`/`.with_suffix()`).
// Other objects' `.name` (a Pydantic model's field) stays text.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { functionParameters } from '../functionParameters';
import { FUNCTION_TYPES, ancestor } from '../walk';

const COMPONENT = /^(name|stem|suffix)$/;
const PATH_CALL = /^(pathlib\.)?(Path|PurePath|PosixPath|PurePosixPath|WindowsPath|PureWindowsPath)$/;
const PATH_TYPE = /^(Optional\[)?(pathlib\.)?(Path|PurePath|PosixPath|PurePosixPath)\b/;
const PATH_METHOD = /\.(resolve|absolute|expanduser|with_suffix|with_name|with_stem|parent)\b/;

function isPathExpression(value: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  if (value.type === 'call') {
    const callee = value.childForFieldName('function');
    if (PATH_CALL.test(ctx.callAt(value).name)) return true;
    if (callee?.type === 'attribute' && PATH_METHOD.test(`.${callee.childForFieldName('attribute')?.text ?? ''}`))
      return isPath(callee.childForFieldName('object'), ctx, depth + 1);
    return false;
  }
  if (value.type === 'binary_operator' && value.childForFieldName('operator')?.text === '/')
    return isPath(value.childForFieldName('left'), ctx, depth + 1);
  if (value.type === 'parenthesized_expression') return isPath(value.namedChildren[0] ?? null, ctx, depth + 1);
  return value.type === 'identifier' && isPath(value, ctx, depth + 1);
}

function isPath(node: SyntaxNode | null, ctx: RuleContext, depth = 0): boolean {
  if (!node || depth > 4) return false;
  if (node.type !== 'identifier') return isPathExpression(node, ctx, depth);
  const fn = ancestor(node, FUNCTION_TYPES);
  if (!fn) return false;
  const param = functionParameters(fn).find((p) => p.name === node.text);
  if (param) return PATH_TYPE.test(param.node.childForFieldName('type')?.text ?? '');
  const bound = ctx.assignmentsTo(fn, node.text);
  return (
    bound.length > 0 &&
    bound.every(
      (a) =>
        a.names.length === 1 &&
        a.node.childForFieldName('left')?.type === 'identifier' &&
        isPathExpression(a.value, ctx, depth + 1),
    )
  );
}

/** `x.name` / `x.stem` / `x.suffix` where `x` is a pathlib path: a last component, clean for path sinks. */
export function pathComponent(n: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language !== 'python' || n.type !== 'attribute') return false;
  if (!COMPONENT.test(n.childForFieldName('attribute')?.text ?? '')) return false;
  return isPath(n.childForFieldName('object'), ctx);
}
