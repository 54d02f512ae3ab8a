// CWE-761 free of a pointer not at the start of its buffer: the pointer handed to free was advanced since it was
// allocated (`data++` while scanning, `p += n`), or was last set to a position inside another block (`strchr(buf,
// '=')`, `buf + n`, `&buf[n]`).
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { lastValueBefore } from '../ruleParts/cLastValue';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

const ALLOCATION = /\b(malloc|calloc|realloc|strdup|strndup)\s*\(/;
const INSIDE_ANOTHER = /^(strchr|strrchr|strstr|strpbrk|memchr|wcschr|wcsrchr|wcsstr)$/;

/** `name` is stepped (`p++`, `++p`, `p += n`, `p = p + n`) after `from` and before `at`. */
function steppedBetween(name: string, from: number, at: SyntaxNode): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  for (const n of walk(fn)) {
    if (n.startIndex < from || n.startIndex >= at.startIndex) continue;
    if (n.type === 'update_expression' && n.childForFieldName('argument')?.text === name) return true;
    if (n.type === 'assignment_expression' && n.childForFieldName('left')?.text === name) {
      const op = n.childForFieldName('operator')?.text;
      const right = n.childForFieldName('right')?.text ?? '';
      if (op === '+=' || op === '-=' || new RegExp(`^${name}\\s*[-+]`).test(right)) return true;
    }
  }
  return false;
}

function freesInsideBlock(arg: SyntaxNode | undefined, at: SyntaxNode, ctx: RuleContext): boolean {
  if (arg?.type !== 'identifier') return false;
  const value = lastValueBefore(arg.text, at, ctx);
  if (!value) return false;
  if (ALLOCATION.test(value.text)) return steppedBetween(arg.text, value.endIndex, at);
  let v = value;
  while (v.type === 'cast_expression' || v.type === 'parenthesized_expression')
    v = v.childForFieldName('value') ?? v.namedChildren.at(-1) ?? v;
  if (v.type === 'call_expression') return INSIDE_ANOTHER.test(v.childForFieldName('function')?.text ?? '');
  const base =
    v.type === 'binary_expression' && v.childForFieldName('operator')?.text === '+'
      ? v.childForFieldName('left')
      : null;
  return !!base && base.type === 'identifier' && ALLOCATION.test(lastValueBefore(base.text, at, ctx)?.text ?? '');
}

export const cFreeNotAtStart = callRule({
  id: 'c-free-not-at-start',
  cwe: 'CWE-761',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The pointer handed to free no longer points at the start of the allocated block (it was advanced, or points inside another block).',
  fix: 'Keep the pointer malloc returned and free that one; scan with an index or a second cursor pointer.',
  callee: { c: /^free$/, cpp: /^(std::|::)?free$/ },
  when: (call, ctx) => freesInsideBlock(call.args[0], call.node, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe761FreeNotAtStart: readonly Rule[] = [cFreeNotAtStart];
