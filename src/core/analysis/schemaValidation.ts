// Schema validation before the sink (zod, yup): `const { dir } = Request.parse(req.body)` where the schema gives
// `dir` a pattern, an enumeration or a number type. The parse throws unless the field conforms, so the field is as
// safe as its constraint; a field declared only as `z.string()` is not constrained and stays tainted.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from './walk';

/** Methods that return the parsed value or throw: zod `parse`/`parseAsync`, yup `validateSync`/`cast`. */
const PARSE = /^(parse|parseAsync|validateSync|cast)$/;
/** Constraints that leave no room for markup, quotes, separators or shell syntax. */
const CONSTRAINED =
  /\.(regex|matches|uuid|cuid|cuid2|ulid|int|integer|positive|nonnegative|oneOf)\(|\b(z|yup)\.(enum|nativeEnum|literal|number|boolean|bigint|date)\(|\bz\.coerce\.(number|boolean|bigint|date)\(/;

/** The expression bound to `name` in the function or at file level (`const Request = z.object({...})`). */
function boundValue(name: string, at: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const fn = ancestor(at, FUNCTION_TYPES);
  const scopes = fn ? [fn, ctx.root] : [ctx.root];
  for (const scope of scopes) {
    const found = ctx.assignmentsTo(scope, name);
    if (found.length === 1) return found[0]?.value ?? null;
    if (found.length > 1) return null;
  }
  return null;
}

/** The definition of `field` in an object schema: the value of its `field: ...` pair. */
function fieldDefinition(schema: SyntaxNode, field: string): SyntaxNode | null {
  for (const n of walk(schema))
    if (n.type === 'pair' && n.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '') === field)
      return n.childForFieldName('value');
  return null;
}

/** `value` parses through a schema of the file that constrains `field`. */
export function schemaValidatedField(value: SyntaxNode, field: string, ctx: RuleContext): boolean {
  const call = value.type === 'await_expression' ? namedChildren(value)[0] : value;
  if (!call || !isCallNode(call)) return false;
  const info = ctx.callAt(call);
  const receiver = call.childForFieldName('function')?.childForFieldName('object');
  if (!PARSE.test(info.last) || receiver?.type !== 'identifier') return false;
  const schema = boundValue(receiver.text, call, ctx);
  const definition = schema && fieldDefinition(schema, field);
  return definition !== null && definition !== undefined && CONSTRAINED.test(definition.text);
}
