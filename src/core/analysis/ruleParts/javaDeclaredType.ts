// The declared type of a Java name where it is used: a local or parameter of the enclosing method (the last one
// declared before the use), else a field of the file. Rules ask it to tell a Map from a buffer or a calendar.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor, FUNCTION_TYPES, namedChildren, walk } from '../walk';

interface Declaration {
  name: string;
  type: string;
  start: number;
  field: boolean;
}

const DECLARING: ReadonlySet<string> = new Set([
  'local_variable_declaration',
  'field_declaration',
  'formal_parameter',
  'catch_formal_parameter',
  'resource',
]);

/** Every declaration of the file, read once per analysis. */
function declarations(ctx: RuleContext): readonly Declaration[] {
  const cached = ctx.memo.get('javaDeclarations') as Declaration[] | undefined;
  if (cached) return cached;
  const out: Declaration[] = [];
  for (const node of walk(ctx.root)) {
    if (!DECLARING.has(node.type)) continue;
    const type = node.childForFieldName('type')?.text ?? '';
    const field = node.type === 'field_declaration';
    const direct = node.childForFieldName('name');
    const names = direct
      ? [direct]
      : namedChildren(node)
          .filter((c) => c.type === 'variable_declarator')
          .map((c) => c.childForFieldName('name'));
    for (const name of names) if (name) out.push({ name: name.text, type, start: node.startIndex, field });
  }
  ctx.memo.set('javaDeclarations', out);
  return out;
}

/** The type text `name` is declared with as seen from `use` (`this.x` reads the field), or undefined when unseen. */
export function javaDeclaredType(name: string, use: SyntaxNode, ctx: RuleContext): string | undefined {
  const field = name.startsWith('this.');
  const bare = name.replace(/^this\./, '');
  const all = declarations(ctx).filter((d) => d.name === bare);
  const method = field ? null : ancestor(use, FUNCTION_TYPES);
  const local = method
    ? all.filter((d) => !d.field && d.start >= method.startIndex && d.start < use.startIndex).at(-1)
    : undefined;
  return (local ?? all.find((d) => d.field))?.type;
}
