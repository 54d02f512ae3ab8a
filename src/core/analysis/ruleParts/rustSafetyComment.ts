// Rust's convention for `unsafe`: a `// SAFETY:` comment just above the block (or the statement holding it), or as
// the block's first line, states the invariant that makes it sound (clippy's `undocumented_unsafe_blocks`). A
// documented block is what our own advice asks for, so the low tier shows it as a note to read, not a finding.
import type { SyntaxNode } from '../../languages/SyntaxTree';

const SAFETY = /^\/[/*][/*!]?\s*SAFETY\b/i;
const COMMENT = /^(line_comment|block_comment)$/;

/** The statement or item that holds `node` directly inside a block, module or declaration list. */
function holdingStatement(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.parent && !/^(block|source_file|declaration_list)$/.test(cur.parent.type)) cur = cur.parent;
  return cur;
}

/** True when the comments right above the holding statement, or the block's first comment, say SAFETY. */
export function documentedUnsafe(block: SyntaxNode): boolean {
  const body = block.namedChildren.find((c) => c?.type === 'block') ?? block;
  const lead = body.namedChildren[0];
  if (lead && COMMENT.test(lead.type) && SAFETY.test(lead.text.trim())) return true;
  const statement = holdingStatement(block);
  const siblings = statement.parent?.namedChildren ?? [];
  for (let i = siblings.findIndex((s) => s?.startIndex === statement.startIndex) - 1; i >= 0; i -= 1) {
    const prev = siblings[i];
    if (!prev || !COMMENT.test(prev.type)) return false;
    if (SAFETY.test(prev.text.trim())) return true;
  }
  return false;
}
