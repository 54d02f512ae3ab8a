// A property of the database handle a query runs on (`{$wpdb->posts}`, `$this->db->prefix`): table names and
// prefixes the application configured when it opened the connection, not text from a request.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';

/** Calls that run or prepare a query on a handle, by the callee's last part. */
const QUERY_METHODS = /->(query|prepare|exec|get_results|get_row|get_var|get_col|multi_query|real_query)$/;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `node` reads a property of an object that some query call of the file is made on, or calls one of its methods with
 * constant arguments only (`$this->db->now()`, `$db->concat_operator()`): SQL the driver writes, not the request.
 */
export function connectionProperty(node: SyntaxNode, ctx: RuleContext, constant: (n: SyntaxNode) => boolean): boolean {
  if (ctx.language !== 'php') return false;
  if (node.type === 'member_call_expression') {
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const value = (a: SyntaxNode | null): SyntaxNode | null | undefined =>
      a?.type === 'argument' ? a.namedChildren.at(-1) : a;
    if (
      !args.every((a) => {
        const v = value(a);
        return v !== null && v !== undefined && constant(v);
      })
    )
      return false;
  } else if (node.type !== 'member_access_expression') return false;
  const handle = node.childForFieldName('object')?.text;
  if (!handle || !/^\$[\w>-]+$/.test(handle)) return false;
  const key = `connectionProperty:${handle}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    const onHandle = new RegExp(`^${escaped(handle)}${QUERY_METHODS.source}`);
    found = ctx.callsMatching(QUERY_METHODS).some((c) => onHandle.test(c.name));
    ctx.memo.set(key, found);
  }
  return found;
}
