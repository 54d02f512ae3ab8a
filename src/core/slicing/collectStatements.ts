// First pass of the PDG builder: the statements of one function in source order, their
// def-use facts, control-dependence edges, and the nesting the data-flow pass walks.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { PdgEdge, PdgStatement } from './Pdg';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { extractDefUse } from './extractDefUse';
import { functionParameters } from './functionParameters';
import { splitCompound } from './splitCompound';
import { endLine, isComment, present, startLine } from './syntaxNodes';

/** A statement and, for compounds, the statement sequences (bodies) it governs. */
export interface FlowNode {
  id: number;
  loop: boolean;
  parts: FlowNode[][];
}

export interface CollectedStatements {
  statements: PdgStatement[];
  control: PdgEdge[];
  sequence: FlowNode[];
}

/** `root` is a function node, or the tree root for module-level code (functions skipped). */
export function collectStatements(root: SyntaxNode, spec: SlicingSpec, isModule: boolean): CollectedStatements {
  const statements: PdgStatement[] = [];
  const control: PdgEdge[] = [];

  function add(
    node: SyntaxNode,
    start: number,
    end: number,
    facts: Omit<PdgStatement, 'id' | 'node' | 'startLine' | 'endLine' | 'kind'>,
    controller: number | null,
  ): number {
    const id = statements.length;
    statements.push({ id, startLine: start, endLine: Math.max(start, end), kind: node.type, node, ...facts });
    if (controller !== null) control.push({ from: controller, to: id, kind: 'control' });
    return id;
  }

  function statementsOf(node: SyntaxNode, controller: number | null): FlowNode[] {
    if (isComment(node) || spec.functions.includes(node.type)) return [];
    if (spec.blocks.includes(node.type)) {
      return present(node.namedChildren).flatMap((child) => statementsOf(child, controller));
    }
    if (spec.compounds.includes(node.type)) return [compound(node, controller)];
    const facts = extractDefUse(node, spec);
    const end = facts.nestedBodyLine === null ? endLine(node) : facts.nestedBodyLine;
    const id = add(node, startLine(node), end, { defs: facts.defs, uses: facts.uses, calls: facts.calls }, controller);
    return [{ id, loop: false, parts: [] }];
  }

  function compound(node: SyntaxNode, controller: number | null): FlowNode {
    const parts = splitCompound(node, spec);
    const facts = extractDefUse(node, spec, parts.bodies);
    const id = add(
      node,
      parts.headerStart,
      parts.headerEnd,
      { defs: facts.defs, uses: facts.uses, calls: facts.calls },
      controller,
    );
    return { id, loop: spec.loops.includes(node.type), parts: groupBodies(parts.bodies, id) };
  }

  /** Consecutive plain statements (a case's body) run in sequence; blocks and clauses are alternatives. */
  function groupBodies(bodies: SyntaxNode[], controller: number): FlowNode[][] {
    const groups: FlowNode[][] = [];
    let run: FlowNode[] | null = null;
    for (const body of bodies) {
      const plain = !spec.blocks.includes(body.type) && !spec.compounds.includes(body.type);
      const flow = statementsOf(body, controller);
      if (plain) {
        if (!run) groups.push((run = []));
        run.push(...flow);
      } else {
        run = null;
        groups.push(flow);
      }
    }
    return groups;
  }

  if (isModule) return { statements, control, sequence: statementsOf(root, null) };
  const parts = splitCompound(root, spec);
  const headerId = add(
    root,
    parts.headerStart,
    parts.headerEnd,
    {
      defs: functionParameters(root, spec),
      uses: [],
      calls: [],
    },
    null,
  );
  // The body's statements are not made control-dependent on the entry: that would put every
  // top-level statement two hops from any other and defeat the hop limit.
  const sequence: FlowNode[] = [{ id: headerId, loop: false, parts: [] }];
  for (const body of parts.bodies) sequence.push(...statementsOf(body, null));
  return { statements, control, sequence };
}
