// Shared rule helper: does a Python function answer a web request? Rules about what reaches the client (reflected
// markup, error details) apply only there; a library function returning a string hands it to its caller.
import type { SyntaxNode } from '../../languages/SyntaxTree';

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
