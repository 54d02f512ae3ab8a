// Go request bodies arrive through decoders and framework binders that fill a `&target` argument instead of
// returning the data (`json.NewDecoder(r.Body).Decode(&req)`, gin `c.ShouldBindJSON(&req)`, fiber
// `c.BodyParser(&req)`); the taint engine marks those targets as carrying request data.
import type { CallInfo } from './callInfo';
import type { RuleContext } from './RuleContext';
import type { SyntaxNode } from '../languages/SyntaxTree';

/** Framework binders on a request context: whatever they fill comes from the request. */
const BINDERS = /^(c|ctx|context)\.(ShouldBind\w*|Bind\w*|BodyParser|QueryParser|ParamsParser|ReqHeaderParser)$/;
/** Decoders: they fill the target with whatever their input carries. */
const DECODERS = /\.Decode$|^(json|xml|yaml|toml)\.Unmarshal$/;
/** A request body read directly (net/http, gin `c.Request.Body`). */
const REQUEST_BODY = /\b(r|req|request)\.Body\b|\.Request\.Body\b/;

/** The name filled by a Go call's `&target` argument when the call decodes input, or null. */
export function decodedTarget(
  call: CallInfo,
  ctx: RuleContext,
  inputTainted: (node: SyntaxNode) => boolean,
): string | null {
  if (ctx.language !== 'go') return null;
  const binder = BINDERS.test(call.name);
  if (!binder && !DECODERS.test(call.name)) return null;
  const target = call.args.at(-1);
  if (!target || target.type !== 'unary_expression' || !target.text.startsWith('&')) return null;
  const name = target.text.slice(1).trim();
  if (!/^\w+$/.test(name)) return null;
  if (binder) return name;
  // A decoder's input is its receiver chain (`json.NewDecoder(r.Body)`) or, for Unmarshal, its first argument.
  const receiver = call.node.childForFieldName('function');
  const input = call.args.length > 1 ? call.args[0] : receiver;
  if (!input) return null;
  return REQUEST_BODY.test(input.text) || inputTainted(input) ? name : null;
}
