// Django model metadata spliced into SQL: `Order._meta.db_table`, `self.model._meta.pk.column`. These name the table
// and columns the program's own models declare (like Rails' `Model.table_name`), not text from a request, so raw SQL
// that splices them and binds its values is put together from constants.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';

/** A model's table, its primary key's column, or a named field's column, read from `_meta`. */
const MODEL_SCHEMA_NAME = /(^|\.)_meta\.(db_table|pk\.column|get_field\(\s*["'][\w]+["']\s*\)\.column)$/;

export function djangoSchemaName(node: SyntaxNode, ctx: RuleContext): boolean {
  return ctx.language === 'python' && node.type === 'attribute' && MODEL_SCHEMA_NAME.test(node.text);
}
