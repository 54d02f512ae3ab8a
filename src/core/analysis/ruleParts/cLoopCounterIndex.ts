// An index that a for loop restarts from a constant (`for (v = 0; opts[v].flag; v++)`): whatever the name held
// before (a parsed number, a read count) no longer indexes. The name is reused, not the value.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor, contains } from '../walk';
import { lastValueBefore } from './cLastValue';
import { escapeRegExp } from './textPatterns';

const FOR: ReadonlySet<string> = new Set(['for_statement']);

/**
 * The last value `name` got before `at` is a constant set by a for loop's initializer, and `at` runs inside that
 * loop, or after it when the loop's condition reads `base[name]` (a walk to a sentinel entry stops on an entry).
 */
export function restartedByLoop(name: string, base: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const value = lastValueBefore(name, at, ctx);

  if (value?.type !== 'number_literal') return false;
  const loop = ancestor(value, FOR);
  const init = loop?.childForFieldName('initializer') ?? null;
  if (!loop || !init || !contains(init, value)) return false;
  if (contains(loop, at)) return true;
  const condition = loop.childForFieldName('condition')?.text ?? '';
  return new RegExp(`\\b${escapeRegExp(base)}\\s*\\[\\s*${escapeRegExp(name)}\\s*\\]`).test(condition);
}
