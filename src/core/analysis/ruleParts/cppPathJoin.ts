// C++ overloads `/` on std::filesystem paths to join them (`root / name`): rules that read `/` as a division (a
// divisor that may be zero) must leave those joins alone.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { squash } from './cIndexAccess';

/** Declared types that `/` joins rather than divides: std::filesystem paths and the strings joined onto them. */
export const PATH_OR_TEXT_TYPE = /\b(path|string|wstring|string_view)\b|\bchar\s*\*/;

/**
 * `root / name` of std::filesystem joins paths: the left side is declared as a path or made by a path call
 * (`fs::path(dir)`, `fs::canonical(...)`, `std::filesystem::current_path()`), or the right side is a string literal.
 */
export function pathJoin(hit: SyntaxNode, ctx: RuleContext): boolean {
  const left = hit.childForFieldName('left');
  const right = hit.childForFieldName('right');
  if (!left || !right) return false;
  if (/string_literal|raw_string_literal/.test(right.type)) return true;
  const l = left.type === 'parenthesized_expression' ? (left.namedChildren[0] ?? left) : left;
  if (l.type === 'call_expression')
    return /(^|::)(path|canonical|weakly_canonical|absolute|current_path|temp_directory_path|parent_path)$/.test(
      squash(l.childForFieldName('function')?.text ?? '').replace(/^.*(\.|->)/, ''),
    );
  if (l.type === 'binary_expression') return pathJoin(l, ctx);
  if (l.type !== 'identifier') return false;
  const decl = declarationsOf(hit, ctx).find((x) => x.name === l.text);
  return decl !== undefined && /\bpath\b/.test(decl.type);
}
