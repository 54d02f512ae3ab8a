// Facts about C/C++ lengths and indexes: which names an expression depends on, and where an index comes from.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isTainted } from './ruleHelpers';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from './walk';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$|^k[A-Z]/;

/** The names a length or index depends on: fields (`m->len`), size calls (`v.size()`) and plain variables. */
export function atomsOf(expr: SyntaxNode): string[] {
  const atoms: string[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.type === 'sizeof_expression' || n.type === 'number_literal' || n.type === 'char_literal') return;
    if (n.type === 'field_expression') { atoms.push(n.text.replace(/\s+/g, '')); return; }
    if (n.type === 'call_expression') {
      const fn = n.childForFieldName('function');
      if (fn?.type === 'field_expression') atoms.push(n.text.replace(/\s+/g, ''));
      namedChildren(n.childForFieldName('arguments')).forEach(visit);
      if (fn?.type === 'field_expression') { const obj = fn.childForFieldName('argument'); if (obj) visit(obj); }
      return;
    }
    if (n.type === 'identifier' && !CONSTANT_NAME.test(n.text)) { atoms.push(n.text); return; }
    namedChildren(n).forEach(visit);
  };
  visit(expr);
  return [...new Set(atoms)];
}

/** The parameter list of the function around `node`, looking through pointer and reference declarators. */
function parameterList(node: SyntaxNode): SyntaxNode | null {
  let decl = ancestor(node, FUNCTION_TYPES)?.childForFieldName('declarator') ?? null;
  for (let i = 0; decl && i < 4; i += 1) {
    const params = decl.childForFieldName('parameters');
    if (params) return params;
    decl = decl.childForFieldName('declarator');
  }
  return null;
}

/** Integer parameters of the function around `node` (an index handed in by any caller). */
export function integerParameters(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of namedChildren(parameterList(node))) {
    const type = p.childForFieldName('type')?.text ?? '';
    const decl = p.childForFieldName('declarator');
    if (decl?.type === 'identifier' && /\b(int|long|short|size_t|ssize_t|unsigned|u?int\d+_t)\b/.test(type)) names.add(decl.text);
  }
  return names;
}

/** Names declared as parameters (any type): arrays passed in are the caller's to size. */
export function parameterNames(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of namedChildren(parameterList(node))) {
    for (const id of walk(p)) if (id.type === 'identifier') names.add(id.text);
  }
  return names;
}

/** Names read from input in the function: scanf targets, atoi/strtol results, argv and network reads. */
export function inputDerived(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  // Subscripts repeat the same index names many times per function: answer each (name, function) once.
  const key = `input:${name}:${fn.startIndex}`;
  const known = ctx.memo.get(key);
  if (typeof known === 'boolean') return known;
  const answer = computeInputDerived(name, fn, ctx);
  ctx.memo.set(key, answer);
  return answer;
}

function computeInputDerived(name: string, fn: SyntaxNode, ctx: RuleContext): boolean {
  for (const call of ctx.calls()) {
    if (call.node.startIndex < fn.startIndex || call.node.endIndex > fn.endIndex) continue;
    if (/scanf$/.test(call.name) && call.args.some((a) => a.text.replace(/\s+/g, '') === `&${name}`)) return true;
    if (/^(std::)?(cin)$/.test(call.name)) return true;
  }
  if (new RegExp(`(std::)?cin\\s*>>[^;]*\\b${name}\\b`).test(fn.text)) return true;
  for (const id of walk(fn)) {
    if (id.type !== 'identifier' || id.text !== name) continue;
    const holder = id.parent;
    if (holder?.type !== 'init_declarator' && holder?.type !== 'assignment_expression') continue;
    const value = holder.childForFieldName('value') ?? holder.childForFieldName('right');
    if (!value || (holder.childForFieldName('declarator') ?? holder.childForFieldName('left'))?.text !== name) continue;
    if (/\b(atoi|atol|strtol|strtoul|stoi|stol|stoul|ntohl|ntohs)\s*\(/.test(value.text) || isTainted(value, ctx)) return true;
  }
  return false;
}
