// Where a C/C++ value can be anything an outsider picks: read from input in its own function (cBoundsFacts'
// `inputDerived`: scanf targets, atoi/strtol results, cin, reads), drawn from rand(), or carried there one step from
// such a value: the return of a function of the file that returns one (`data = size_source()`), a file-level
// variable some function of the file sets from one (`data = carried_data`), or a parameter that a call in the file
// passes one in its position (`square_sink(data)`, `r.run(data)`, also through a local function pointer). Test
// suites put the source and the sink in different functions in exactly these ways; a parameter with no such call
// is not evidence (unlike `fromCallerOrInput`, which counts every parameter).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { inputDerived } from '../cBoundsFacts';
import { functionParameters } from '../functionParameters';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';
import { cFunctionName } from '../cFunctionDeclarator';

/** Values no check bounds: `rand()`, `random()`. */
const ARBITRARY_CALL = /^\s*\(?\s*(\w+\s*\)\s*)?(rand|random|lrand48)\s*\(\s*\)/;

function functionName(fn: SyntaxNode): string {
  return cFunctionName(fn);
}

function rootOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** Values `name` receives in the function around `at`, in file order. */
function valuesOf(name: string, at: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return [];
  return ctx
    .assignments(fn)
    .filter(
      (a) =>
        (a.node.childForFieldName('declarator')?.text.replace(/^[*\s]+/, '') ??
          a.node.childForFieldName('left')?.text) === name,
    )
    .map((a) => a.value);
}

interface FileIndex {
  functions: Map<string, SyntaxNode>;
  /** Assignments `name = other` anywhere in the file, by target name. */
  copies: Map<string, SyntaxNode[]>;
  /** Calls of the file by callee (last segment too), local function pointers resolved to their function. */
  calls: Map<string, CallInfo[]>;
}

/** The file's functions, name-to-name assignments and calls, indexed once per analysis. */
function fileIndex(root: SyntaxNode, ctx: RuleContext): FileIndex {
  const key = 'input-values:index';
  const cached = ctx.memo.get(key) as FileIndex | undefined;
  if (cached) return cached;
  const index: FileIndex = { functions: new Map(), copies: new Map(), calls: new Map() };
  const pointers = new Map<string, string>();
  for (const n of walk(root)) {
    if (n.type === 'function_definition') index.functions.set(functionName(n), n);
    else if (n.type === 'assignment_expression' && n.childForFieldName('right')?.type === 'identifier') {
      const left = n.childForFieldName('left')?.text ?? '';
      index.copies.set(left, [...(index.copies.get(left) ?? []), n]);
    } else if (n.type === 'init_declarator' && n.childForFieldName('value')?.type === 'identifier') {
      const id = [...walk(n.childForFieldName('declarator') ?? n)].find((c) => c.type === 'identifier');
      if (id && /\(\s*\*/.test(n.text)) pointers.set(id.text, n.childForFieldName('value')?.text ?? '');
    }
  }
  for (const call of ctx.callsWithin(root.startIndex, root.endIndex)) {
    const names = new Set([call.name, call.last, pointers.get(call.name) ?? '']);
    for (const name of names) if (name) index.calls.set(name, [...(index.calls.get(name) ?? []), call]);
  }
  ctx.memo.set(key, index);
  return index;
}

/** The value of `value` (a call of a file function, or a file-level name) comes from input in its own function. */
function carriedInput(value: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  const index = fileIndex(rootOf(value), ctx);
  if (value.type === 'call_expression') {
    const fn = index.functions.get(value.childForFieldName('function')?.text ?? '');
    if (!fn) return false;
    for (const r of walk(fn))
      if (r.type === 'return_statement' && r.namedChildren[0]?.type === 'identifier') {
        if (outsideValue(r.namedChildren[0].text, r, ctx, depth + 1)) return true;
      }
    return false;
  }
  return (index.copies.get(value.text) ?? []).some((n) => {
    const right = n.childForFieldName('right');
    return !!right && outsideValue(right.text, n, ctx, depth + 1);
  });
}

/** The parameter `name` of the function around `at` receives input from a call in the file. */
function parameterFromInput(name: string, at: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  const position = functionParameters(fn).findIndex((p) => p.name === name);
  const callee = functionName(fn);
  if (position < 0 || !callee) return false;
  return (fileIndex(rootOf(fn), ctx).calls.get(callee) ?? []).some((call) => {
    const arg = call.args[position];
    return arg?.type === 'identifier' && outsideValue(arg.text, call.node, ctx, depth + 1);
  });
}

/** `name`, as seen at `at`, holds a value an outsider picks (see the file comment). */
export function outsideValue(
  name: string,
  at: SyntaxNode,
  ctx: RuleContext,
  depth = 0,
  /** Follow parameters to the calls that feed them (off where callers usually bound the value themselves). */
  viaParameters = true,
): boolean {
  if (depth > 2) return false;
  if (inputDerived(name, at, ctx)) return true;
  const values = valuesOf(name, at, ctx);
  if (
    values.some(
      (v) => ARBITRARY_CALL.test(v.text) || /^(rand|random)\(\)\s*\/|\(\s*(float|double)\s*\)\s*rand\s*\(/.test(v.text),
    )
  )
    return true;
  if (values.some((v) => (v.type === 'call_expression' || v.type === 'identifier') && carriedInput(v, ctx, depth)))
    return true;
  return viaParameters && parameterFromInput(name, at, ctx, depth);
}
