// Parameters that arrive from outside: web route handlers' path parameters, Django views' URL captures, command-line
// options of click/typer commands, and C's argv.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { IDENTIFIER_TYPES, walk } from './walk';
import { helperParameters } from './parameterSources';
import { functionParameters } from './functionParameters';
import { serverInjected } from './pyInjectedParameters';
import { isHookObjectParameter } from './pyHookParameters';

/** Flask/FastAPI/Starlette routes, and click/typer commands whose parameters are command-line options. */
const ROUTE_DECORATOR =
  /@\s*[\w.]+\.(route|get|post|put|patch|delete|api_route|websocket|command|option|argument)\s*\(/;
/** Receivers that come before a Django view's `request` (class-based views). */
const RECEIVER = /^(self|cls)$/;

export function taintedParameters(scope: SyntaxNode, ctx: RuleContext): string[] {
  if (ctx.parameterSources) return [...new Set([...routeOrArgv(scope, ctx), ...helperParameters(scope)])];
  return routeOrArgv(scope, ctx);
}

/** NestJS parameter decorators that hand a handler request data (`@Body() dto`, `@Query('q') q`, `@Param('id') id`). */
const NEST_INPUT = /^@(Body|Query|Param|Headers|Req|Request|Cookies|UploadedFiles?)\s*\(/;

function nestInputs(scope: SyntaxNode): string[] {
  const names: string[] = [];
  for (const p of scope.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p || !NEST_INPUT.test(p.text)) continue;
    const pattern = p.childForFieldName('pattern');
    if (pattern && IDENTIFIER_TYPES.has(pattern.type)) names.push(pattern.text);
  }
  return names;
}

function routeOrArgv(scope: SyntaxNode, ctx: RuleContext): string[] {
  if (ctx.language === 'python' && scope.type === 'function_definition') {
    const decorated = scope.parent?.type === 'decorated_definition' ? scope.parent.text : '';
    const names = functionParameters(scope).map((p) => p.name);
    if (ROUTE_DECORATOR.test(decorated)) {
      const injected = serverInjected(scope, ctx);
      return names.filter((n) => n !== 'self' && !injected.has(n));
    }
    // A Django view takes the request first; its other parameters are captures of the URL pattern.
    const rest = names.filter((n) => !RECEIVER.test(n));
    if (rest[0] === 'request' && !(scope.childForFieldName('name')?.text ?? '').startsWith('_'))
      return rest.slice(1).filter((n) => !isHookObjectParameter(n));
  }
  if (ctx.language === 'typescript' || ctx.language === 'javascript') return nestInputs(scope);
  if (ctx.language === 'rust' && scope.type === 'function_item') return rustHandlerInputs(scope, ctx);
  if (ctx.language === 'java' && scope.type === 'method_declaration') return javaRequestBound(scope);
  if ((ctx.language === 'c' || ctx.language === 'cpp') && scope.type === 'function_definition') {
    const name = scope.childForFieldName('declarator')?.childForFieldName('declarator')?.text;
    if (name === 'main')
      return functionParameters(scope)
        .map((p) => p.name)
        .filter((n) => n !== 'argc');
  }
  return [];
}

/** axum/actix extractors that carry request data (not `State`, `Data` or `Extension`, which the server fills). */
const RUST_EXTRACTOR = /^(\w+::)*(Query|Path|Form|Json|RawQuery|RawForm|Multipart|TypedHeader|HeaderMap|Bytes)\s*</;
/** Rocket and actix route attributes: every parameter of the handler comes from the request. */
const RUST_ROUTE = /^#\[(\w+::)*(get|post|put|patch|delete|head|route)\s*\(/;
const RUST_SERVER_STATE = /^&?\s*(\w+::)*(State|Data|Extension|Pool|PgPool|SqlitePool|MySqlPool|Connection)\b/;

/** Start offsets of the items under `parent` that carry a route attribute, read once per parent and analysis. */
function routedItems(parent: SyntaxNode, ctx: RuleContext): Set<number> {
  const key = `rust-routes:${parent.startIndex}`;
  const cached = ctx.memo.get(key);
  if (cached) return cached as Set<number>;
  const routed = new Set<number>();
  let pending = false;
  for (const child of parent.namedChildren) {
    if (!child || /comment/.test(child.type)) continue;
    if (child.type === 'attribute_item') pending ||= RUST_ROUTE.test(child.text);
    else {
      if (pending) routed.add(child.startIndex);
      pending = false;
    }
  }
  ctx.memo.set(key, routed);
  return routed;
}

/**
 * warp handlers: functions named in `.and_then(f)` / `.map(f)` / `.then(f)` of a file that builds warp filters. Their
 * parameters are what the filters extracted; only text, numbers and bodies count (state is injected the same way).
 */
const WARP_REQUEST_TYPE =
  /^(String|&\s*str|[ui](8|16|32|64|size)|f64|(bytes::)?Bytes|HashMap<String,\s*String>|FormData)$/;
function warpHandlers(ctx: RuleContext): Set<string> {
  const cached = ctx.memo.get('warp-handlers') as Set<string> | undefined;
  if (cached) return cached;
  const names = new Set<string>();
  if (/\bwarp::/.test(ctx.root.text))
    for (const call of ctx.calls())
      if (/\.(and_then|map|then)$/.test(call.name) && call.args.length === 1 && /^\w+$/.test(call.args[0]!.text))
        names.add(call.args[0]!.text);
  ctx.memo.set('warp-handlers', names);
  return names;
}

/** Names bound by the request-carrying parameters of a Rust web handler (`Query(q): Query<..>` binds q). */
function rustHandlerInputs(fn: SyntaxNode, ctx: RuleContext): string[] {
  const routed = fn.parent !== null && routedItems(fn.parent, ctx).has(fn.startIndex);
  const warp = warpHandlers(ctx).has(fn.childForFieldName('name')?.text ?? '');
  const names: string[] = [];
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const type = p?.childForFieldName('type')?.text ?? '';
    const pattern = p?.childForFieldName('pattern');
    const request = routed || RUST_EXTRACTOR.test(type) || (warp && WARP_REQUEST_TYPE.test(type.trim()));
    if (!pattern || RUST_SERVER_STATE.test(type) || !request) continue;
    // In `Query(q)` the first identifier is the extractor's name, not a binding.
    const skip = pattern.type === 'tuple_struct_pattern' ? pattern.childForFieldName('type')?.startIndex : undefined;
    for (const id of walk(pattern)) if (id.type === 'identifier' && id.startIndex !== skip) names.push(id.text);
  }
  return names;
}

/** Spring MVC and JAX-RS annotations that bind a handler parameter to the request. */
const JAVA_REQUEST_BINDING =
  /^@(RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|ModelAttribute|RequestPart|MatrixVariable|QueryParam|PathParam|FormParam|HeaderParam|CookieParam)\b/;

/** Parameters of a Java handler bound to the request by an annotation (`@RequestParam String name`). */
function javaRequestBound(method: SyntaxNode): string[] {
  const names: string[] = [];
  for (const p of method.childForFieldName('parameters')?.namedChildren ?? []) {
    if (p?.type !== 'formal_parameter') continue;
    const modifiers = p.namedChildren.find((c) => c?.type === 'modifiers');
    const bound = (modifiers?.namedChildren ?? []).some((a) => a !== null && JAVA_REQUEST_BINDING.test(a.text));
    const name = p.childForFieldName('name')?.text;
    if (bound && name) names.push(name);
  }
  return names;
}

/** Nest pipes that convert the value or refuse the request (`@Param('id', ParseIntPipe) id`). */
const NEST_PARSE_PIPE = /\bParse(Int|Float|Bool|UUID|Enum)Pipe\b/;
/** FastAPI, Typer and click parse a parameter annotated with these types, or refuse the request or command line
 * (`Optional[...]`, `Annotated[T, ...]` and `T | None` wrap the same types). */
const PY_CONVERTED_TYPE =
  /^((Annotated|Optional|typing\.Optional|typing\.Annotated)\[\s*)*(int|float|bool|(uuid\.)?UUID|(datetime\.|dt\.)?(date|datetime|time)|(decimal\.)?Decimal)\s*(\]|,|\|\s*None\b|$)/;

function pythonRoute(fn: SyntaxNode): boolean {
  return (
    fn.type === 'function_definition' &&
    fn.parent?.type === 'decorated_definition' &&
    ROUTE_DECORATOR.test(fn.parent.text)
  );
}

/** Spring converts a bound value to these types or refuses the request with a 400. */
const JAVA_CONVERTED_TYPE = /^(int|long|short|byte|double|float|boolean|Integer|Long|Short|Double|Float|Boolean|UUID)$/;

/**
 * Request-bound parameters the framework converts to a number, boolean or UUID before the handler runs: no text
 * gets through, so rules that take a numeric conversion as a sanitiser leave them out (taint.ts); a size or count
 * rule (CWE-770) still sees them.
 */
export function convertedParameters(scope: SyntaxNode, ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const p of scope.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    if ((ctx.language === 'typescript' || ctx.language === 'javascript') && NEST_INPUT.test(p.text)) {
      const pattern = p.childForFieldName('pattern');
      if (pattern && NEST_PARSE_PIPE.test(p.text)) names.add(pattern.text);
    }
    if (ctx.language === 'python' && /^typed(_default)?_parameter$/.test(p.type) && pythonRoute(scope)) {
      const name = functionParameters(scope).find((q) => q.node.startIndex === p.startIndex)?.name;
      if (name && PY_CONVERTED_TYPE.test(p.childForFieldName('type')?.text ?? '')) names.add(name);
    }
    if (ctx.language === 'java' && p.type === 'formal_parameter') {
      const name = p.childForFieldName('name')?.text;
      if (name && JAVA_CONVERTED_TYPE.test(p.childForFieldName('type')?.text ?? '')) names.add(name);
    }
  }
  return names;
}
