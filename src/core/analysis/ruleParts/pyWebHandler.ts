// Shared rule helper: does a Python function answer a web request? Rules about what reaches the client (reflected
// markup, error details) apply only there; a library function returning a string hands it to its caller.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';

/** Flask / FastAPI / Starlette route decorators. */
const ROUTE = /@\s*[\w.]+\.(route|get|post|put|patch|delete|api_route)\s*\(/;
/** Django views (and Twisted's `render(self, request)`): the request is the first parameter after `self`. */
const REQUEST_FIRST = /^\(\s*(self\s*,\s*)?request\b/;
/** The function reads the framework's request object (Flask's global `request`, `self.request`). */
const READS_REQUEST = /(^|[^\w.])(self\.)?request\.\w/;

export function isPyWebHandler(fn: SyntaxNode | null): boolean {
  if (!fn) return false;
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent.text : '';
  if (ROUTE.test(decorated)) return true;
  if (REQUEST_FIRST.test(fn.childForFieldName('parameters')?.text ?? '')) return true;
  return READS_REQUEST.test(fn.childForFieldName('body')?.text ?? '');
}

/** Response constructors of Flask, Django, Starlette/FastAPI and aiohttp whose first argument is the body. */
export const PY_RESPONSE =
  /^((flask|django\.http|web|starlette\.responses|fastapi\.responses)\.)?(make_response|Response|HttpResponse\w*|HTMLResponse|PlainTextResponse|JSONResponse|JsonResponse|jsonify|abort)$/;

/** An import of a web framework, or a CGI/WSGI entry point: the module's functions may answer requests. */
const WEB_MODULE =
  /^\s*(from|import)\s+(flask|django|fastapi|starlette|aiohttp|bottle|pyramid|tornado|werkzeug|cherrypy|falcon|sanic|quart|webob|web|cgi|wsgiref|twisted\.web)\b|\bstart_response\b/m;

const ANY_IMPORT = /^\s*(from|import)\s+\w/m;

/** The module belongs to a web application. A library module (a calendar formatter, a test fixture, an HTTP client
 * signing its own `request` object) has none of these, so its `request` parameters and returned text are no page. */
export function isPyWebModule(ctx: RuleContext): boolean {
  return codeMentions(ctx, WEB_MODULE);
}

/** Nothing in the module says it is not part of a web application: it imports a web framework, or nothing at all (a
 * snippet). A module whose imports are all other libraries shows that it is one. */
export function mayBePyWebModule(ctx: RuleContext): boolean {
  return isPyWebModule(ctx) || !codeMentions(ctx, ANY_IMPORT);
}
