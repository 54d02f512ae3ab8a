// Shared rule helpers for C pointer lifetimes (statements after a free and the uses that follow it).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { afterLabel } from './cGotoPaths';
import { alwaysTakenBranch } from './cConstantCondition';

export const C = ['c', 'cpp'] as const;

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The statements that follow `node`'s statement in the same block. */
export function laterSiblings(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  return block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
}

const BLOCKS: ReadonlySet<string> = new Set(['compound_statement', 'case_statement']);
const JUMP = /^(break|return|goto|continue)_statement$/;

/**
 * The statements that run after `node`'s statement in its block: inside a `case`, those of the case, and the later
 * cases only when it can fall through into them (no break, return, goto or continue).
 */
function laterOnPath(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && !BLOCKS.has(stmt.parent.type)) stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  const later = block.namedChildren.filter(
    (c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex && c.type !== 'comment',
  );
  if (block.type !== 'case_statement' || later.some((c) => JUMP.test(c.type))) return later;
  return [...later, ...laterOnPath(block)];
}

/** A `for` loop counted from 0 to a constant of at least 1: its body runs, whole, at least once. */
function runsAtLeastOnce(loop: SyntaxNode): boolean {
  const init = /^(?:\w+\s+)?(\w+)\s*=\s*0\s*;?$/.exec(loop.childForFieldName('initializer')?.text.trim() ?? '');
  const cond = /^(\w+)\s*<\s*(\d+)$/.exec(loop.childForFieldName('condition')?.text.trim() ?? '');
  return !!init && !!cond && init[1] === cond[1] && Number(cond[2]) >= 1;
}

/**
 * When `node`'s statement sits directly in a block that certainly runs and then falls out (the body of a loop that
 * runs at least once, the branch of a constant-true `if`), the statements after that loop or `if`: a free there is
 * still in force afterwards.
 */
function pastCertainBlocks(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const owner = stmt.parent?.parent;
  if (!owner || !stmt.parent) return [];
  const certain =
    (owner.type === 'for_statement' && runsAtLeastOnce(owner)) ||
    (owner.type === 'if_statement' && alwaysTakenBranch(owner, stmt.parent));
  return certain ? [...laterSiblings(owner), ...pastCertainBlocks(owner)] : [];
}

/**
 * What happens to `name` first after `free`: used, freed again, or neither (reassigned, or the path leaves). A
 * forward `goto` (an error path's jump to its cleanup label) is followed once to the statements from its label on.
 */
export function useAfter(free: SyntaxNode, name: string): 'use' | 'free' | null {
  const p = escapeRe(name);
  const queue = [...laterOnPath(free), ...pastCertainBlocks(free)];
  let jumped = false;
  for (let stmt = queue.shift(); stmt; stmt = queue.shift()) {
    const text = stmt.text;
    if (!jumped && stmt.type === 'goto_statement') {
      const next = afterLabel(stmt);
      if (next[0] && next[0].startIndex > stmt.startIndex) {
        jumped = true;
        queue.splice(0, queue.length, ...next);
        continue;
      }
    }
    // `n = n->next` after free(n) reads the freed node while reassigning it.
    if (new RegExp(`^\\s*${p}\\s*=[^=].*\\b${p}\\s*->`).test(text)) return 'use';
    if (
      new RegExp(`^\\s*${p}\\s*=[^=]`).test(text) ||
      (/^(return|goto|break|continue)\b/.test(text.trim()) && !new RegExp(`\\b${p}\\b`).test(text))
    )
      return null;
    // A second free past a goto is c-double-free-path's finding (it walks cleanup labels itself).
    if (new RegExp(`\\bfree\\s*\\(\\s*${p}\\s*\\)`).test(text)) return jumped ? null : 'free';
    // `&p` handed to a call (`parse(s, &p)`) gives the pointer a new value without touching the freed block.
    if (new RegExp(`\\b${p}\\s*=[^=]|[(,]\\s*&\\s*${p}\\s*[,)]`).test(text)) return null;
    if (new RegExp(`\\b${p}\\b`).test(withoutValueTests(text, p))) return 'use';
  }
  return null;
}

/**
 * The statement's code without what mentions a freed pointer's name without touching its memory: text in string
 * literals (`"similar to hostname"`) and comments, and tests of the pointer's value (`failed = (image == NULL)`).
 */
function withoutValueTests(text: string, p: string): string {
  return text
    .replace(/"(\\.|[^"\\\n])*"/g, '""')
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .replace(new RegExp(`\\b${p}\\s*[!=]=\\s*(NULL|nullptr|0)\\b|\\b(NULL|nullptr)\\s*[!=]=\\s*${p}\\b`, 'g'), '');
}
