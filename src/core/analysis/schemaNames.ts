// Names of the program's own schema spliced into SQL: a PHP class constant (`static::TABLE`, `self::COLUMNS`), the
// object's table, prefix or column property (`{$this->table}`, `$this->tablePrefix`, `$this->idCol`), and a table-name helper asked for a
// fixed table (`$this->db->table_name('users')`, `$this->getTable()`). Code or configuration chose each of them.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';

/** An own-object property named for a table, a prefix, a schema or a column (`$this->idCol`, `$this->column`). */
const TABLE_PROPERTY = /^\$this->(\w*([tT]able|[pP]refix|[sS]chema|tbl)\w*|\w*Col(umn)?s?|col(umn)?s?(_\w+)?)$/;
/** Helpers that map a table's key to its configured (prefixed, quoted) name. */
const TABLE_HELPER = /^(get_?)?[tT]able(_?[nN]ame)?$|^prefix_?[tT]able$|^[tT]able[nN]ame$/;

/** `node` is a name of the program's own schema (PHP). `constant` judges the helper's arguments. */
export function schemaName(node: SyntaxNode, ctx: RuleContext, constant: (n: SyntaxNode) => boolean): boolean {
  if (ctx.language !== 'php') return false;
  if (node.type === 'class_constant_access_expression') return true;
  if (node.type === 'member_access_expression') return TABLE_PROPERTY.test(node.text.replace(/\s+/g, ''));
  if (!isCallNode(node)) return false;
  const call = ctx.callAt(node);
  const value = (a: SyntaxNode): SyntaxNode => (a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a);
  return TABLE_HELPER.test(call.last) && call.args.every((a) => constant(value(a)));
}
