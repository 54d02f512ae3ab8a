// CWE-908 use of an uninitialised resource: the analyser rules for this weakness, in registry order.
// A local scalar or pointer declared without a value (CWE-457, the variable case of 908) is read before any write that reaches the read on every path
// the syntax shows (a write inside an `if` without a matching `else`, a loop body or a `case` does not count).
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, walk } from '../walk';
import { afterJoiningLabel, inUpdateOfLoopThatWrites, reaches, useOf } from '../ruleParts/cLocalWritePaths';
import { macroCallWrites } from '../ruleParts/cMacroWrites';
import type { RuleContext } from '../RuleContext';

/** Built-in scalar types: class types in C++ run a constructor, structs are often filled field by field. */
const SCALAR_WORDS = new Set([
  'unsigned',
  'signed',
  'short',
  'long',
  'int',
  'char',
  'float',
  'double',
  'bool',
  '_Bool',
]);
const SCALAR_TYPEDEF =
  /^(?:size_t|ssize_t|off_t|ptrdiff_t|time_t|u?int(?:8|16|32|64|max|ptr)_t|std::size_t|std::u?int(?:8|16|32|64)_t|DWORD|BOOL|u8|u16|u32|u64)$/;

function isScalarType(type: string): boolean {
  const words = type
    .replace(/\b(const|volatile|register)\b/g, ' ')
    .trim()
    .split(/\s+/);
  return (
    words.length > 0 &&
    (words.every((w) => SCALAR_WORDS.has(w)) || (words.length === 1 && SCALAR_TYPEDEF.test(words[0] ?? '')))
  );
}

/** The declared name of a declarator without initialiser, and whether it is a pointer; arrays and inits give null. */
function uninitialisedName(decl: SyntaxNode | null): { name: string; pointer: boolean } | null {
  if (!decl) return null;
  if (decl.type === 'identifier') return { name: decl.text, pointer: false };
  if (decl.type === 'pointer_declarator') {
    const inner = uninitialisedName(decl.childForFieldName('declarator'));
    return inner ? { name: inner.name, pointer: true } : null;
  }
  return null;
}

/** Start offsets of the first unwritten read of every uninitialised local in one function. */
function uninitialisedReads(fn: SyntaxNode, cpp: boolean, ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  const nested = (n: SyntaxNode): boolean => n.startIndex !== fn.startIndex && FUNCTION_TYPES.has(n.type);
  for (const d of walk(fn, nested)) {
    if (d.type !== 'declaration' || d.parent?.type !== 'compound_statement') continue;
    if (d.namedChildren.some((c) => c?.type === 'storage_class_specifier')) continue;
    const type = d.childForFieldName('type')?.text ?? '';
    for (const decl of d.childrenForFieldName('declarator')) {
      const found = uninitialisedName(decl);
      if (!found || (!found.pointer && !isScalarType(type))) continue;
      const writes: SyntaxNode[] = [];
      for (const occ of walk(d.parent, nested)) {
        if (occ.startIndex >= d.endIndex && macroCallWrites(occ, found.name, ctx)) writes.push(occ);
        if (occ.type !== 'identifier' || occ.text !== found.name || occ.startIndex < d.endIndex) continue;
        const use = useOf(occ, cpp);
        if (use === 'write') writes.push(occ);
        if (use !== 'read') continue;
        if (writes.some((w) => reaches(w, occ, found.name, cpp))) continue;
        if (inUpdateOfLoopThatWrites(occ, found.name, cpp) || afterJoiningLabel(fn, writes, occ)) continue;
        out.add(occ.startIndex);
        break;
      }
    }
  }
  return out;
}

/** On the labelled C/C++ dev code the first version of this rule (loop bodies conditional, any length) fired 44
 * times on secure samples, nearly all in functions of hundreds of lines; with this limit and the choices above, 0. */
const MAX_FUNCTION_LINES = 60;

// One-entry cache: the query visits every identifier of a function, the scan is per function.
let cached: { key: string; reads: Set<number> } | null = null;

export const cUninitializedLocalRead: QueryRule = {
  id: 'c-uninitialized-local-read',
  cwe: 'CWE-457',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: { c: '(identifier) @hit', cpp: '(identifier) @hit' },
  message: 'The local variable is read before it is given a value on this path, so it holds whatever was on the stack.',
  fix: 'Initialise the variable where it is declared (= 0, = NULL, = {0}) or assign it on every path before the read.',
  guardable: false,
  predicate: ({ hit }, ctx) => {
    if (!hit || hit.parent?.type === 'declaration' || hit.parent?.type === 'init_declarator') return false;
    let fn: SyntaxNode | null = hit.parent;
    while (fn && fn.type !== 'function_definition' && fn.type !== 'lambda_expression') fn = fn.parent;
    if (!fn || fn.type !== 'function_definition' || fn.hasError) return false;
    // Syntax-only path reasoning holds up in short functions; long ones hide writes in macros and loop invariants.
    if (fn.endPosition.row - fn.startPosition.row > MAX_FUNCTION_LINES) return false;
    const key = `${ctx.language}:${fn.startIndex}:${fn.text}`;
    if (cached?.key !== key) cached = { key, reads: uninitialisedReads(fn, ctx.language === 'cpp', ctx) };
    return cached.reads.has(hit.startIndex);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe908UninitializedResource: readonly Rule[] = [cUninitializedLocalRead];
