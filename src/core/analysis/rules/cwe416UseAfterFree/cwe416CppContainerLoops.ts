// CWE-416 in C++ containers changed while something still points into them: a loop over a container that inserts
// into or erases from it (the range-for's hidden iterators, or the loop's own iterator, go stale), and an iterator
// used after `c.erase(it)` outside a loop. cpp-erase-invalidates-iterator keeps the erase-in-iterator-loop shape.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { laterStatements } from '../../ruleParts/laterStatements';
import { escapeRegExp } from '../../ruleParts/textPatterns';
import { walk } from '../../walk';

const INSERTS = 'push_back|emplace_back|push_front|emplace_front|insert|emplace|resize|reserve|append|assign';
/** Node-based containers keep their iterators valid across insertion. */
const NODE_CONTAINER = /std::(list|forward_list|map|multimap|set|multiset)\s*</;

/** The container a loop walks: `for (x : c)` or `for (auto it = c.begin(); ...)`. */
function walkedContainer(loop: SyntaxNode): { name: string; rangeFor: boolean } | null {
  if (loop.type === 'for_range_loop') {
    const right = loop.childForFieldName('right')?.text.trim() ?? '';
    return /^\w+$/.test(right) ? { name: right, rangeFor: true } : null;
  }
  const init = loop.childForFieldName('initializer')?.text ?? '';
  const m = /=\s*(\w+)\s*\.\s*c?begin\s*\(\s*\)/.exec(init);
  return m?.[1] ? { name: m[1], rangeFor: false } : null;
}

/** The statement after `call`'s statement in its block leaves the loop (`break`, `return`, `throw`). */
function leavesRightAfter(call: SyntaxNode): boolean {
  const next = laterStatements(call)[0];
  return /^(break_statement|return_statement|throw_statement|goto_statement)$/.test(next?.type ?? '');
}

export const cppContainerChangedInLoop: QueryRule = {
  id: 'cpp-container-changed-in-loop',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '[(for_range_loop) (for_statement)] @hit' },
  message:
    'The loop inserts into or erases from the container it is walking, which invalidates the iterators the loop still uses.',
  fix: 'Collect the changes and apply them after the loop, loop by index over a saved size, or use the erase-remove idiom.',
  predicate: ({ hit }, ctx) => {
    const walked = hit && walkedContainer(hit);
    const body = hit?.childForFieldName('body');
    if (!hit || !walked || !body) return false;
    const c = escapeRegExp(walked.name);
    const node = new RegExp(`${NODE_CONTAINER.source}[^;()]*>\\s*&?\\s*${c}\\b`).test(ctx.code);
    // Erasing inside an iterator loop is cpp-erase-invalidates-iterator's; insertion keeps node containers valid.
    const methods = walked.rangeFor ? (node ? 'erase|clear' : `${INSERTS}|erase|clear`) : node ? '' : INSERTS;
    if (!methods) return false;
    const change = new RegExp(`^${c}\\s*(\\.|->)\\s*(${methods})$`);
    return [...walk(body)].some(
      (n) =>
        n.type === 'call_expression' &&
        change.test(n.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '') &&
        !leavesRightAfter(n),
    );
  },
};

export const cppIteratorUsedAfterErase: QueryRule = {
  id: 'cpp-iterator-used-after-erase',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(expression_statement (call_expression function: (field_expression field: (field_identifier) @method) arguments: (argument_list . (identifier) @it .))) @hit',
  },
  message: 'The iterator is used after erase() removed the element it points to.',
  fix: 'Read what you need through the iterator before erasing, or continue with the iterator erase() returns.',
  predicate: ({ method, it, hit }) => {
    if (!method || !it || !hit || method.text !== 'erase') return false;
    const i = escapeRegExp(it.text);
    for (const s of laterStatements(hit)) {
      if (new RegExp(`^\\s*(auto\\s+)?${i}\\s*=(?!=)`).test(s.text)) return false;
      if (new RegExp(`\\b${i}\\s*->|\\*\\s*${i}\\b|\\b${i}\\s*\\.\\s*(first|second)\\b`).test(s.text)) return true;
    }
    return false;
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe416CppContainerLoops: readonly Rule[] = [cppContainerChangedInLoop, cppIteratorUsedAfterErase];
