// Splits a compound statement (if, loop, switch, try, clause, class, function) into its header
// parts and the bodies it governs, and finds the lines the header occupies.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { containsNode, endLine, isComment, present, startLine } from './syntaxNodes';

const BODY_FIELDS = ['body', 'consequence', 'alternative', 'handler', 'finalizer'];
/** Statement-shaped children of a header (a for-loop's `int i = 0`) that are not bodies. */
const HEADER_FIELDS = ['initializer', 'init', 'initialize', 'condition', 'update', 'increment'];
const STATEMENT_LIKE = /(statement|declaration|definition)$/;

export interface CompoundParts {
  header: SyntaxNode[];
  bodies: SyntaxNode[];
  /** 1-based lines of the header: from the compound's start to the end of the header parts before the first body. */
  headerStart: number;
  headerEnd: number;
}

export function splitCompound(node: SyntaxNode, spec: SlicingSpec): CompoundParts {
  const inFields = BODY_FIELDS.flatMap((field) => present(node.childrenForFieldName(field)));
  const headerFielded = HEADER_FIELDS.flatMap((field) => present(node.childrenForFieldName(field)));
  const header: SyntaxNode[] = [];
  const bodies: SyntaxNode[] = [];
  for (const child of present(node.namedChildren)) {
    if (isComment(child)) continue;
    const type = child.type;
    const isBody =
      containsNode(inFields, child) ||
      (!containsNode(headerFielded, child) &&
        (spec.blocks.includes(type) ||
          spec.compounds.includes(type) ||
          spec.functions.includes(type) ||
          STATEMENT_LIKE.test(type)));
    (isBody ? bodies : header).push(child);
  }
  const headerStart = startLine(node);
  const firstBody = bodies[0]?.startIndex ?? Infinity;
  let headerEnd = headerStart;
  for (const part of header) {
    if (part.startIndex < firstBody) headerEnd = Math.max(headerEnd, endLine(part));
  }
  return { header, bodies, headerStart, headerEnd };
}
