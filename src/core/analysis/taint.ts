// Intra-procedural taint: which names in a function carry data from a source, following
// assignments (def-use) to a fixpoint; sanitizer calls cut the flow.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { TaintSpec } from './Rule';
import type { RuleContext } from './RuleContext';
import { IDENTIFIER_TYPES, namedChildren, scopeOf, walk } from './walk';
import { isCallNode } from './callInfo';
import { convertedParameters, taintedParameters } from './taintedParameters';
import {
  COPY_INTO,
  digitsOnlyField,
  mappedCallback,
  NUMERIC_CONVERSION,
  carriesNoInput,
  OUT_PARAMS,
  takesNumbersForSafe,
} from './taintShapes';
import { decodedTarget } from './decodedTargets';
import { tokenTreeTainted } from './rustMacroTaint';
import { ownTable } from './fileBindings';
import { cleanHelperCall } from './sanitisingHelpers';
import { uncheckedBranch } from './checkedChoice';
import { inertValue, valueParts } from './valueParts';
import { functionDeclarator } from './cFunctionDeclarator';

const COMPREHENSIONS: ReadonlySet<string> = new Set([
  'list_comprehension',
  'generator_expression',
  'set_comprehension',
  'dictionary_comprehension',
]);
const PATH_TYPES: ReadonlySet<string> = new Set([
  'attribute',
  'member_expression',
  'field_expression',
  'field_access',
  'selector_expression',
]);

export interface TaintState {
  names: Set<string>;
}

export function exprTainted(node: SyntaxNode, spec: TaintSpec, ctx: RuleContext, state: TaintState): boolean {
  const source = spec.sources[ctx.language];
  const numbersSafe = takesNumbersForSafe(spec);
  const visit = (n: SyntaxNode): boolean => {
    if (isCallNode(n) && cleanHelperCall(n, spec.sanitizers, ctx, source)) return false;
    // `rid if RID_RE.fullmatch(rid) else uuid4().hex`: only the branch no check admitted can carry taint.
    const unchecked = uncheckedBranch(n, ctx);
    if (unchecked) return visit(unchecked);
    if (numbersSafe && (digitsOnlyField(n) || inertValue(n, ctx))) return false;
    if (spec.cleanValue?.(n, ctx) || carriesNoInput(n, source)) return false;
    const parts = valueParts(n, ctx);
    if (parts) return parts.some(visit);
    // A Rust match arm's pattern and guard (`Some(n) if n == name =>`) are tested, not part of the arm's value.
    if (n.type === 'match_pattern') return false;
    // `VIEWS[key]`, `ALLOWED.get(key)`: an entry of our own table, whatever the key (a fallback still counts).
    const entry = tableEntry(n, ctx);
    if (entry) return entry.fallback !== undefined && visit(entry.fallback);
    if (IDENTIFIER_TYPES.has(n.type)) return state.names.has(n.text) || (source?.test(n.text) ?? false);
    if (PATH_TYPES.has(n.type) && spec.cleanPaths?.test(n.text)) return false;
    if (PATH_TYPES.has(n.type) && state.names.has(n.text.replace(/\s+/g, ''))) return true;
    if (COMPREHENSIONS.has(n.type)) return comprehension(n);
    const mapped = mappedCallback(n, ctx);
    if (mapped) return visit(mapped.receiver) && callbackTainted(mapped.callback);
    if (n.type === 'token_tree')
      return tokenTreeTainted(n, (name) => state.names.has(name) || (source?.test(name) ?? false), spec.sanitizers);
    const kids = namedChildren(n);
    if (kids.some(visit)) return true;
    return source !== undefined && source.test(n.text) && !kids.some((k) => source.test(k.text));
  };
  // `rows.map((r) => escapeHtml(r.title))`: each element is replaced by what the callback returns, computed from the
  // element (its parameters are tainted while the body is read), as a comprehension's element expression is.
  const callbackTainted = (fn: SyntaxNode): boolean => {
    const params = [...walk(fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter') ?? fn)]
      .filter((id) => IDENTIFIER_TYPES.has(id.type) && !state.names.has(id.text))
      .map((id) => id.text);
    params.forEach((name) => state.names.add(name));
    const result = visit(fn.childForFieldName('body') ?? fn);
    params.forEach((name) => state.names.delete(name));
    return result;
  };
  // A comprehension yields its element expression; loop variables carry taint only from their iterable.
  const comprehension = (n: SyntaxNode): boolean => {
    const added: string[] = [];
    for (const clause of namedChildren(n)) {
      if (clause.type !== 'for_in_clause') continue;
      const right = clause.childForFieldName('right');
      if (right && visit(right)) {
        for (const id of walk(clause.childForFieldName('left') ?? clause)) {
          if (IDENTIFIER_TYPES.has(id.type) && !state.names.has(id.text)) added.push(id.text);
        }
      }
    }
    added.forEach((name) => state.names.add(name));
    const body = n.childForFieldName('body');
    const result = body ? visit(body) : false;
    added.forEach((name) => state.names.delete(name));
    return result;
  };
  return visit(node);
}

const INDEX_TYPES = /^(subscript|subscript_expression|index_expression|element_reference)$/;

/**
 * A look-up in a table of our own (fileBindings.ts ownTable: a literal, an ALL_CAPS constant, or a name bound only to
 * a literal and never written): the result is one of its entries, or the `.get` fallback when one is given.
 */
function tableEntry(n: SyntaxNode, ctx: RuleContext): { fallback?: SyntaxNode } | null {
  if (INDEX_TYPES.test(n.type)) {
    const operand =
      n.childForFieldName('value') ?? n.childForFieldName('object') ?? n.childForFieldName('operand') ?? null;
    return ownTable(operand ?? namedChildren(n)[0] ?? null, ctx) ? {} : null;
  }
  if (!isCallNode(n)) return null;
  const call = ctx.callAt(n);
  if (call.last !== 'get' || call.args.length === 0 || call.args.length > 2) return null;
  const receiver = n.childForFieldName('function')?.childForFieldName('object') ?? null;
  if (!ownTable(receiver, ctx)) return null;
  return call.args[1] ? { fallback: call.args[1] } : {};
}

/** Tainted names of the function around `node`, memoised per rule and function. */
export function taintOf(node: SyntaxNode, ruleId: string, spec: TaintSpec, ctx: RuleContext): TaintState {
  const scope = scopeOf(node);
  const key = `taint:${ruleId}:${scope.startIndex}:${scope.endIndex}`; // ctx.memo is per parameter mode
  const cached = ctx.memo.get(key);
  if (cached) return cached as TaintState;
  const state: TaintState = { names: new Set(taintedParameters(scope, ctx)) };
  // A rule that takes a numeric conversion as a sanitiser takes a framework-converted parameter as one too.
  if (NUMERIC_CONVERSION.some((c) => spec.sanitizers.test(c)))
    for (const name of convertedParameters(scope, ctx)) state.names.delete(name);
  // Stored before it is filled: a recursive call chain sees the (partial) state instead of looping.
  ctx.memo.set(key, state);
  callerTaintedParameters(scope, ruleId, spec, ctx).forEach((n) => state.names.add(n));
  classAttributeTaint(scope, ruleId, spec, ctx).forEach((n) => state.names.add(n));
  const assignments = ctx.assignments(scope);
  const local = ctx.callsIn(scope);
  const outCalls = local.filter((c) => OUT_PARAMS[c.name]);
  const copies = ctx.language === 'c' || ctx.language === 'cpp' ? local.filter((c) => COPY_INTO.test(c.name)) : [];
  const source = spec.sources[ctx.language];
  for (let round = 0; round < 6; round += 1) {
    const before = state.names.size;
    for (const a of assignments) {
      if (a.names.every((n) => state.names.has(n))) continue;
      if (exprTainted(a.value, spec, ctx, state)) a.names.forEach((n) => state.names.add(n));
    }
    for (const call of outCalls) {
      if (!source?.test(`${call.name}(`)) continue;
      for (const i of OUT_PARAMS[call.name] ?? []) {
        const arg = call.args[i];
        if (arg) for (const id of walk(arg)) if (IDENTIFIER_TYPES.has(id.type)) state.names.add(id.text);
      }
    }
    for (const call of local) {
      const filled = decodedTarget(call, ctx, (n) => exprTainted(n, spec, ctx, state));
      if (filled) state.names.add(filled);
    }
    for (const call of copies) {
      const dst = call.args[0];
      if (dst && /^\w+$/.test(dst.text) && call.args.slice(1).some((a) => exprTainted(a, spec, ctx, state)))
        state.names.add(dst.text);
    }
    if (state.names.size === before) break;
  }
  return state;
}

/**
 * Python: `self.url = request.args["url"]` in one method taints `self.url` in the other methods of the class (an
 * object carries input from where it is read to where it is used). Each method's taint is memoised per rule, so a
 * class costs one pass per method; the memo entry stored before filling stops mutual recursion.
 */
function classAttributeTaint(scope: SyntaxNode, ruleId: string, spec: TaintSpec, ctx: RuleContext): string[] {
  if (ctx.language !== 'python' || scope.type !== 'function_definition') return [];
  const holder = scope.parent?.type === 'decorated_definition' ? scope.parent : scope;
  const cls = holder.parent?.parent;
  if (cls?.type !== 'class_definition') return [];
  const out: string[] = [];
  for (let member of namedChildren(holder.parent)) {
    if (member.type === 'decorated_definition') member = member.childForFieldName('definition') ?? member;
    const body = member.childForFieldName('body');
    if (member.type !== 'function_definition' || member.startIndex === scope.startIndex || !body) continue;
    if (!/\bself\.\w+\s*=[^=]/.test(body.text)) continue;
    for (const name of taintOf(body, ruleId, spec, ctx).names) if (name.startsWith('self.')) out.push(name);
  }
  return out;
}

/**
 * C/C++ one-level inter-procedural step: a parameter is tainted when a call in the same file passes tainted
 * data in its position (main's argv handed to a helper is the common shape).
 */
function callerTaintedParameters(scope: SyntaxNode, ruleId: string, spec: TaintSpec, ctx: RuleContext): string[] {
  if ((ctx.language !== 'c' && ctx.language !== 'cpp') || scope.type !== 'function_definition') return [];
  const params = cParameterNames(scope);
  const name = functionNameOf(scope);
  if (!name || params.length === 0) return [];
  const found = new Set<string>();
  for (const call of ctx.callsNamed(name)) {
    if (call.node.startIndex >= scope.startIndex && call.node.endIndex <= scope.endIndex) continue;
    const callerState = taintOf(call.node, ruleId, spec, ctx);
    call.args.forEach((arg, i) => {
      const param = params[i];
      if (param && exprTainted(arg, spec, ctx, callerState)) found.add(param);
    });
  }
  return [...found];
}

function functionNameOf(fn: SyntaxNode): string | null {
  let decl = fn.childForFieldName('declarator');
  for (let i = 0; decl && i < 4; i += 1) {
    if (decl.type === 'function_declarator') return decl.childForFieldName('declarator')?.text ?? null;
    decl = decl.childForFieldName('declarator');
  }
  return null;
}

function cParameterNames(fn: SyntaxNode): string[] {
  const decl = functionDeclarator(fn);
  const names: string[] = [];
  for (const p of namedChildren(decl?.childForFieldName('parameters') ?? null)) {
    let d = p.childForFieldName('declarator');
    while (d && !IDENTIFIER_TYPES.has(d.type))
      d = d.childForFieldName('declarator') ?? namedChildren(d).find((c) => IDENTIFIER_TYPES.has(c.type)) ?? null;
    names.push(d?.text ?? '');
  }
  return names;
}
