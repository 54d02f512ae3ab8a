// C++ object lifetime (CWE-416/415): use after delete, erase without taking the next iterator, c_str() of a
// temporary, raw pointers from .get() kept across reset, double delete, two owners built from one raw pointer.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Statements that run after `node`'s statement: later siblings, then later siblings of each enclosing block. */
function statementsAfter(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let stmt = node;
  const fn = scopeOf(node);
  while (stmt.parent && stmt.parent !== null && stmt.startIndex >= fn.startIndex) {
    const block = stmt.parent;
    if (block.type === 'compound_statement') {
      const later = block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
      for (const s of later) {
        out.push(s);
        // An unconditional exit in the same block ends the path.
        if (/^(return|throw|break|continue|goto)\b/.test(s.text.trim())) return out;
      }
      // Leaving a loop body loops back; do not follow into the statements after the loop.
      if (/^(for|while|do)_statement$|for_range_loop/.test(block.parent?.type ?? '')) return out;
      if (block.parent?.type === 'function_definition') return out;
    }
    stmt = block;
  }
  return out;
}

/** What happens to `name` after `node`: a dereference, another delete, or nothing (reassigned / unused). */
function fateAfter(node: SyntaxNode, name: string): 'use' | 'delete' | null {
  const p = esc(name);
  for (const s of statementsAfter(node)) {
    if (new RegExp(`\\bdelete\\s*(\\[\\s*\\]\\s*)?${p}\\s*;`).test(s.text)) return 'delete';
    if (new RegExp(`\\b${p}\\s*=[^=]`).test(s.text)) return null;
    if (new RegExp(`\\b${p}\\s*(->|\\[)|\\*\\s*${p}\\b`).test(s.text)) return 'use';
  }
  return null;
}

const deleteQuery = '(expression_statement (delete_expression (identifier) @name) @hit)';

export const cppUseAfterDelete: QueryRule = {
  id: 'cpp-use-after-delete',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: deleteQuery },
  message: 'The object is used after it was deleted.',
  fix: 'Finish every use before delete (or hold the object in a std::unique_ptr) and set the pointer to nullptr after deleting it.',
  predicate: ({ name, hit }) => !!name && !!hit && fateAfter(hit, name.text) === 'use',
};

export const cppDoubleDelete: QueryRule = {
  id: 'cpp-double-delete',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: deleteQuery },
  message: 'The same pointer can be deleted twice on one path.',
  fix: 'Delete each object once: return after the cleanup, set the pointer to nullptr, or let a std::unique_ptr own it.',
  predicate: ({ name, hit }) => !!name && !!hit && fateAfter(hit, name.text) === 'delete',
};

export const cppEraseInLoop: QueryRule = {
  id: 'cpp-erase-invalidates-iterator',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  // The erase result is discarded: the loop keeps using the iterator that erase just invalidated.
  query: {
    cpp: '(expression_statement (call_expression function: (field_expression field: (field_identifier) @method) arguments: (argument_list . (identifier) @it .)) @hit)',
  },
  message: 'erase() invalidates the iterator, but the loop keeps incrementing or dereferencing it.',
  fix: 'Continue with the iterator erase() returns (it = c.erase(it)), or use std::erase_if / the erase-remove idiom.',
  predicate: ({ method, it, hit }) => {
    if (!method || !it || !hit || method.text !== 'erase') return false;
    let loop: SyntaxNode | null = hit.parent;
    while (loop && !/^(for_statement|while_statement|do_statement)$/.test(loop.type)) loop = loop.parent;
    return (
      !!loop &&
      new RegExp(`(\\+\\+\\s*${esc(it.text)}\\b|\\b${esc(it.text)}\\s*(\\+\\+|->)|\\*\\s*${esc(it.text)}\\b)`).test(
        loop.text,
      )
    );
  },
};

export const cppTemporaryCStr: QueryRule = {
  id: 'cpp-temporary-c-str',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (pointer_declarator) value: (call_expression function: (field_expression argument: (_) @object field: (field_identifier) @method)) @hit)',
  },
  message: 'The pointer comes from c_str()/data() of a temporary string that is destroyed at the end of the statement.',
  fix: 'Store the string in a named variable that outlives the pointer, and take c_str() from it where it is used.',
  predicate: ({ object, method }) =>
    !!object &&
    !!method &&
    /^(c_str|data)$/.test(method.text) &&
    (object.type === 'parenthesized_expression' || /^(std::)?(to_string|string)\b/.test(object.text)),
};

export const cppStaleSmartGet: QueryRule = {
  id: 'cpp-stale-smart-pointer-get',
  cwe: 'CWE-416',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp: '(init_declarator declarator: (pointer_declarator (identifier) @raw) value: (call_expression function: (field_expression argument: (_) @owner field: (field_identifier) @method)) @hit)',
  },
  message:
    "A raw pointer from a smart pointer's get() is used after the owner was reset or moved, which destroys the object.",
  fix: 'Do not keep get() results across reset()/move/reassignment of the owner; read the owner again afterwards.',
  predicate: ({ raw, owner, method, hit }) => {
    if (!raw || !owner || !method || !hit || method.text !== 'get') return false;
    const fn = scopeOf(hit);
    const after = fn.text.slice(hit.endIndex - fn.startIndex);
    const o = esc(owner.text);
    const release = new RegExp(`\\b${o}\\s*\\.\\s*reset\\s*\\(|\\b${o}\\s*=[^=]|std::move\\s*\\(\\s*${o}\\s*\\)`).exec(
      after,
    );
    if (!release) return false;
    const rest = after.slice(release.index);
    const r = esc(raw.text);
    const use = new RegExp(`\\b${r}\\s*->|\\*\\s*${r}\\b`).exec(rest);
    return !!use && !new RegExp(`\\b${r}\\s*=[^=]`).test(rest.slice(0, use.index));
  },
};

const SMART_FROM_RAW = /(shared_ptr|unique_ptr)\s*<[^;]*?>\s*(\w+\s*)?[({]\s*(\w+)\s*[)}]/;

export const cppTwoOwnersOneRaw: QueryRule = {
  id: 'cpp-two-owners-one-pointer',
  cwe: 'CWE-415',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(declaration) @hit' },
  message: 'Two smart pointers are built from the same raw pointer; each deletes it, so it is freed twice.',
  fix: 'Create one owner (std::make_shared / std::make_unique) and copy or share that owner instead of the raw pointer.',
  predicate: ({ hit }) => {
    if (!hit) return false;
    const raw = SMART_FROM_RAW.exec(hit.text)?.[3];
    if (!raw || /^(new|nullptr)$/.test(raw)) return false;
    const fn = scopeOf(hit);
    const before = fn.text.slice(0, hit.startIndex - fn.startIndex);
    return before.split(';').some((s) => SMART_FROM_RAW.exec(s)?.[3] === raw);
  },
};
