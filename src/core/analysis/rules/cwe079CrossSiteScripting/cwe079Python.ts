// CWE-79 cross-site scripting (Python rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { meta, xssTainted } from '../../ruleParts/reflectedXss';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { FUNCTION_TYPES, ancestor } from '../../walk';
import { isBuiltString } from '../../stringShape';
import { callRule } from '../../callRule';
import { nonConstant } from '../../ruleHelpers';
import { guardedSink } from '../../guardedSink';
import type { FindingTier } from '../../Finding';
import { codeMentions } from '../../codeMentions';
import { mayBePyWebModule } from '../../ruleParts/pyWebHandler';

/** Response constructors of Flask, Django, Starlette/FastAPI and aiohttp whose first argument is the body. */
const RESPONSE =
  /^((flask|django\.http|web|starlette\.responses|fastapi\.responses)\.)?(make_response|Response|HttpResponse|HTMLResponse)$/;
/** Responses that are not an HTML body built by the caller. */
const OTHER_RESPONSE =
  /(^|\.)(HttpResponse(Redirect|PermanentRedirect|NotModified)|JsonResponse|RedirectResponse|JSONResponse|FileResponse|StreamingHttpResponse|redirect|jsonify|render|render_template|send_file|send_from_directory)$/;
const ROUTE = /@\s*[\w.]+\.(route|get|post)\s*\(/;
/** A Django view: its first parameter (after `self`) is the request. */
const DJANGO_VIEW = /^\(\s*(self\s*,\s*)?request\b/;
/** Twisted's resource methods, whose returned bytes are the page. */
const TWISTED_RENDER = /^render(_[A-Z]+)?$/;
/** Markup in the literal parts of the value: the string is HTML whoever sends it. */
const HTML_TAG = /<\/?[a-zA-Z][\w-]*[\s>/]/;

/** The function answers a web request with this value as HTML, as far as the syntax shows. */
function servesValue(fn: SyntaxNode | null, value: SyntaxNode, wrapped: boolean, ctx: RuleContext): boolean {
  const decorated = fn?.parent?.type === 'decorated_definition' ? fn.parent.text : '';
  if (ROUTE.test(decorated) || wrapped) return true;
  // A `request` first parameter makes a view only in a web module (pytest fixtures and HTTP clients take one too).
  // A Django, Pyramid or aiohttp view answers with a response object, so a value it returns bare is a page only when
  // it holds markup, or as the body of Twisted's `render_GET(self, request)`. Middleware, permission, filter and
  // authentication hooks and helpers (`get_cache_key(request)`) take the request first too and return the response,
  // queryset, user or key they were handed or built.
  if (
    DJANGO_VIEW.test(fn?.childForFieldName('parameters')?.text ?? '') &&
    mayBePyWebModule(ctx) &&
    TWISTED_RENDER.test(fn?.childForFieldName('name')?.text ?? '')
  )
    return true;
  return HTML_TAG.test(value.text);
}

/** The value last bound to a returned name before the return, or the name itself. `response["X"] = v` and
 * `response.x = v` write into the object the name holds; they do not rebind it. */
function lastValue(name: SyntaxNode, fn: SyntaxNode, ctx: RuleContext): SyntaxNode {
  const before = ctx
    .assignmentsTo(fn, name.text)
    .filter(
      (a) =>
        a.names.length === 1 &&
        a.node.endIndex <= name.startIndex &&
        a.node.childForFieldName('left')?.type === 'identifier',
    );
  return before[before.length - 1]?.value ?? name;
}

/** The body a response is built with: its first positional argument, or `content=`/`body=`/`response=` (FastAPI,
 * Starlette and Flask take it by keyword too) or aiohttp's `text=`. */
function responseBody(call: SyntaxNode): SyntaxNode | undefined {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is SyntaxNode => a !== null) ?? [];
  const positional = args.find((a) => a.type !== 'keyword_argument');
  if (positional) return positional;
  const keyword = args.find((a) => /^(content|body|response|text)$/.test(a.childForFieldName('name')?.text ?? ''));
  return keyword?.childForFieldName('value') ?? undefined;
}

/**
 * FastAPI serialises whatever a route returns as JSON unless the route declares an HTML response class: a returned
 * string or object there is a JSON value, not markup.
 */
function fastApiJsonRoute(fn: SyntaxNode | null, ctx: RuleContext): boolean {
  if (fn?.parent?.type !== 'decorated_definition' || !codeMentions(ctx, FASTAPI_IMPORT)) return false;
  const decorators = fn.parent.text.slice(0, fn.startIndex - fn.parent.startIndex);
  return ROUTE.test(decorators) && !/response_class\s*=\s*(\w+\.)*(HTMLResponse|PlainTextResponse)\b/.test(decorators);
}
/** REST framework's `Response(data)` serialises the data through the view's renderers (JSON, or the browsable
 * API's escaped page); it is no HTML body the caller wrote. */
const DRF_RESPONSE_IMPORT = /^\s*from\s+rest_framework(\.response)?\s+import\s+[^\n]*\bResponse\b/m;
/** `__repr__` and `__str__` describe an object for logs and templates (which escape it), not a page. */
const REPRESENTATION = /^__(repr|str)__$/;
const FASTAPI_IMPORT = /^\s*(from\s+fastapi\b|import\s+fastapi\b)/m;

/** `HttpResponse(content_type="text/csv")`, `Response(body, mimetype="application/json")`: a response whose declared
 * type is a literal other than HTML (or XML, which a browser may render as XHTML) is no page. */
function declaredNotHtml(call: SyntaxNode): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const type = args.find((a) => /^(content_type|mimetype|media_type)$/.test(a?.childForFieldName('name')?.text ?? ''));
  const value = type?.childForFieldName('value');
  return value?.type === 'string' && !/html|xml|svg/i.test(value.text);
}

/** `Markup("<td>{}</td>").format(name)` escapes every argument it fills in (markupsafe's formatter). */
function markupFormat(value: SyntaxNode): boolean {
  const fn = value.type === 'call' ? value.childForFieldName('function') : null;
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return false;
  const receiver = fn.childForFieldName('object');
  return (
    receiver?.type === 'call' &&
    /^(markupsafe\.)?Markup$/.test(receiver.childForFieldName('function')?.text ?? '') &&
    !nonConstant(receiver.childForFieldName('arguments')?.namedChildren[0] ?? undefined)
  );
}

export const pyReflectedXss = {
  ...meta,
  id: 'py-reflected-xss',
  // A helper that returns markup around its parameter (`def comment_html(author): return "<b>" + author + "</b>"`)
  // hands the caller's text to the page; escapes and checks are read by the guard pass as for request data.
  parameterSources: true,
  kind: 'query' as const,
  languages: ['python' as const],
  query: { python: '(return_statement (_) @value) @hit' },
  predicate: ({ value }: Record<string, SyntaxNode>, ctx: RuleContext): boolean => {
    if (!value) return false;
    const fn = ancestor(value, FUNCTION_TYPES);
    // `return await handler(request)` (an aiohttp middleware) returns what the call returns, as a plain call does.
    const awaited = value.type === 'await' ? (value.namedChildren[0] ?? value) : value;
    if (awaited !== value && awaited.type === 'call' && !isBuiltString(awaited, ctx)) return false;
    const last = value.type === 'identifier' && fn ? lastValue(value, fn, ctx) : value;
    // `response = await call_next(request)` (a middleware): the name holds what the call returned.
    const built = last !== value && last.type === 'await' ? (last.namedChildren[0] ?? last) : last;
    if (built !== last && built.type === 'call' && !isBuiltString(built, ctx)) return false;
    // A name holding a response of another kind (a redirect, JSON, a rendered template) is no HTML string; a request
    // read, a `.format` or a response with a body still count.
    if (
      value !== built &&
      built.type === 'call' &&
      OTHER_RESPONSE.test(built.childForFieldName('function')?.text ?? '')
    )
      return false;
    const callee = built.type === 'call' ? (built.childForFieldName('function')?.text ?? '') : '';
    if (callee === 'Response' && codeMentions(ctx, DRF_RESPONSE_IMPORT)) return false;
    if (RESPONSE.test(callee) && declaredNotHtml(built)) return false;
    const wrapped = RESPONSE.test(callee);
    const target = wrapped ? (responseBody(built) ?? value) : value;
    // Dictionaries and lists are serialised as JSON; a comparison or a `not` is a boolean, no text at all; a splat
    // (`Response(*parts)`) shows no body.
    if (/^(dictionary|list|comparison_operator|not_operator|true|false|list_splat)$/.test(target.type)) return false;
    if (REPRESENTATION.test(fn?.childForFieldName('name')?.text ?? '')) return false;
    if (!wrapped && fastApiJsonRoute(fn, ctx)) return false;
    if (markupFormat(target)) return false;
    if (!servesValue(fn, target, wrapped, ctx)) return false;
    // A helper's parameter is the page's text only where the module may serve pages (see mayBePyWebModule).
    if (ctx.parameterSources && !mayBePyWebModule(ctx)) return false;
    if (!xssTainted(target, ctx) || !(isBuiltString(target, ctx) || target.type !== 'call')) return false;
    // A return is no call, so the shared guard pass does not see it: `name = html.escape(name)` before the return,
    // or a check that exits, makes it safe here too (only a helper named as a check leaves a note, in tierOf).
    const how = guardedSink(value, [target], meta.cwe, 'python', ctx);
    return how === null || how === 'named-check';
  },
  tierOf: ({ value }: Record<string, SyntaxNode>, ctx: RuleContext): FindingTier =>
    value && guardedSink(value, [value], meta.cwe, 'python', ctx) === 'named-check' ? 'note' : 'finding',
};

export const pyUnsafeMarkup = callRule({
  ...meta,
  id: 'py-unsafe-markup',
  languages: ['python'],
  callee: {
    python: /^(Markup|markupsafe\.Markup|mark_safe|SafeString|render_template_string|flask\.render_template_string)$/,
  },
  when: (call, ctx) =>
    nonConstant(call.args[0]) && (xssTainted(call.args[0]!, ctx) || isBuiltString(call.args[0]!, ctx)),
});

export const pyJinjaNoAutoescape = callRule({
  ...meta,
  id: 'py-jinja-autoescape-off',
  // The danger is not in the call's arguments, so a check of them is no guard (guardedSink.ts).
  guardable: false,
  languages: ['python'],
  callee: { python: /^(jinja2\.)?Environment$/ },
  when: (call) =>
    !call.keywords.has('autoescape') || /^(False|None)$/.test(call.keywords.get('autoescape')?.text ?? ''),
});

export const templateSafeFilter: QueryRule = {
  id: 'template-safe-filter',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['python'],
  kind: 'query',
  query: { python: '(string) @hit' },
  message: 'The template marks a value |safe, turning off auto-escaping for it.',
  fix: 'Drop |safe and let the template escape the value; sanitise with an HTML allow-list if markup is really needed.',
  predicate: ({ hit }) =>
    hit !== undefined && /\{\{[^}]*\|\s*safe\b[^}]*\}\}|\{%\s*autoescape\s+(false|off)/.test(hit.text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Python: readonly Rule[] = [pyReflectedXss, pyUnsafeMarkup, pyJinjaNoAutoescape, templateSafeFilter];
