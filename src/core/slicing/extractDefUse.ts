// Reads one statement (or a compound's header) for the variables it writes and reads and the
// functions it calls, guided by the language table. Nested functions are left to their own PDG.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { FieldRef, SlicingSpec } from '../languages/SlicingSpec';
import { callName, pathName } from './pathNames';
import { isOutArgument, writesHere } from './writeTriggers';
import { containsNode, fieldChild, fieldChildren, isComment, present, startLine } from './syntaxNodes';

export interface DefUse {
  defs: string[];
  uses: string[];
  calls: string[];
  /** First line of the first nested function body met, so the statement's own lines stop there. */
  nestedBodyLine: number | null;
}

const ELEMENT_WRITE = /subscript|index|array_access|element_access|pointer_expression|unary_expression/;
const COMPOUND_OPERATOR = /^(?:[-+*/%&|^.@]|<<|>>|>>>|\?\?|\*\*|\/\/|&&|\|\|)=$/;

/** Walks `node`, skipping the direct children listed in `exclude` (a compound's bodies). */
export function extractDefUse(node: SyntaxNode, spec: SlicingSpec, exclude: readonly SyntaxNode[] = []): DefUse {
  const defs = new Set<string>();
  const uses = new Set<string>();
  const calls: string[] = [];
  let nestedBodyLine: number | null = null;
  const idents = new Set(spec.identifiers);
  const functions = new Set(spec.functions);

  const pathOf = (n: SyntaxNode): string | null => pathName(n, spec);

  function readCall(n: SyntaxNode, ref: FieldRef | [FieldRef, FieldRef]): void {
    const name = callName(n, ref, spec);
    calls.push(name);
    const calleeParts = Array.isArray(ref) ? fieldChildren(n, ref[0]) : fieldChildren(n, ref);
    for (const part of calleeParts) {
      const fields = spec.paths[part.type];
      const object = fields ? fieldChild(part, fields[0]) : null;
      // `obj.method(...)` reads obj; a bare `f(...)` reads f (it may be a local function value).
      read(object && pathOf(part) !== null ? object : part);
    }
    const short = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('>'), name.lastIndexOf(':')) + 1);
    const writesFirst = spec.writesFirstArgument.includes(short);
    const args = fieldChild(n, 'arguments');
    for (const child of present(n.namedChildren)) {
      if (containsNode(calleeParts, child) || (Array.isArray(ref) && containsNode(fieldChildren(n, ref[1]), child)))
        continue;
      if (args && child.startIndex === args.startIndex && child.type === args.type) {
        present(args.namedChildren).forEach((arg, index) => {
          if (index === 0 && writesFirst) write(arg);
          if (spec.addressOf && arg.type === spec.addressOf && arg.text.startsWith('&')) {
            const target = fieldChild(arg, 'argument');
            if (target) write(target);
          }
          if (isOutArgument(arg, spec)) {
            const label = spec.labels[arg.type];
            const skip = label ? fieldChildren(arg, label) : [];
            for (const target of present(arg.namedChildren)) if (!containsNode(skip, target)) write(target);
          }
          read(arg);
        });
      } else {
        read(child);
      }
    }
  }

  function read(n: SyntaxNode): void {
    if (isComment(n)) return;
    if (functions.has(n.type)) {
      const body = fieldChild(n, 'body');
      const line = startLine(body ?? n);
      if (nestedBodyLine === null || line < nestedBodyLine) nestedBodyLine = line;
      return;
    }
    if (idents.has(n.type)) {
      uses.add(n.text);
      return;
    }
    if (spec.paths[n.type]) {
      const path = pathOf(n);
      if (path !== null) {
        uses.add(path);
        return;
      }
    }
    const call = spec.calls[n.type];
    if (call) return readCall(n, call);
    const defineFields = spec.defines[n.type];
    if (defineFields && writesHere(n, spec)) return readDefine(n, defineFields);
    const label = spec.labels[n.type];
    const skip = label ? fieldChildren(n, label) : [];
    for (const child of present(n.namedChildren)) if (!containsNode(skip, child)) read(child);
  }

  function readDefine(n: SyntaxNode, fields: FieldRef[], exclude: readonly SyntaxNode[] = []): void {
    const targets = fields.flatMap((field) => fieldChildren(n, field)).filter((t) => !containsNode(exclude, t));
    const update = spec.updates.includes(n.type) || hasCompoundOperator(n);
    for (const target of targets) {
      write(target);
      if (update) read(target);
    }
    for (const child of present(n.namedChildren)) {
      if (!containsNode(targets, child) && !containsNode(exclude, child)) read(child);
    }
  }

  function write(n: SyntaxNode): void {
    if (idents.has(n.type)) {
      defs.add(n.text);
      return;
    }
    if (spec.paths[n.type]) {
      const path = pathOf(n);
      if (path !== null) defs.add(path);
      else read(n);
      return;
    }
    const base = spec.writeBase[n.type];
    if (base) {
      const bases = fieldChildren(n, base);
      for (const b of bases) write(b);
      // Writing one element (`buf[i] = c`, `*p = c`) updates the object rather than replacing
      // it, so the base is read too: earlier writes still reach later reads.
      if (ELEMENT_WRITE.test(n.type)) for (const b of bases) read(b);
      for (const child of present(n.namedChildren)) if (!containsNode(bases, child)) read(child);
      return;
    }
    if (spec.calls[n.type] || functions.has(n.type)) return read(n);
    // A pattern's type (`Some(v)`, `out Foo x`) names no variable: only its bindings are written.
    const types = fieldChildren(n, 'type');
    for (const child of present(n.namedChildren)) if (!containsNode(types, child)) write(child);
  }

  // The top node may be a compound: its defining fields (a for-loop target) apply to the header,
  // while the excluded children (its bodies) are left for their own statements.
  const topFields = writesHere(node, spec) ? spec.defines[node.type] : undefined;
  if (topFields) readDefine(node, topFields, exclude);
  else if (exclude.length === 0) read(node);
  else for (const child of present(node.namedChildren)) if (!containsNode(exclude, child)) read(child);

  return { defs: [...defs], uses: [...uses], calls, nestedBodyLine };
}

function hasCompoundOperator(n: SyntaxNode): boolean {
  if (!n.type.includes('assignment')) return false;
  return present(n.children).some((child) => !child.isNamed && COMPOUND_OPERATOR.test(child.text));
}
