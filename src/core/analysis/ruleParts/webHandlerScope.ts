// The web handler around a node, in every web-service language, with the text in which an authentication check
// would be visible: the handler itself, its decorators, annotations or attributes, the middleware handed to its route,
// the controller class's attributes, and file-level wiring (`router.use(requireAuth)`, `@app.before_request`,
// Go `HandleFunc("/x", withAuth(h))`). The missing-check rules (306, 862) read it; file facts are computed once per
// analysis, so each match costs the length of its own handler only.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { ancestor } from '../walk';
import { isPyWebHandler } from './pyWebHandler';
import { javaRequestMethod, modifiers } from './javaHandler';

export interface HandlerScope {
  /** The node whose text is the handler (function, method, route call, or a PHP script's program). */
  node: SyntaxNode;
  /** Handler, decorators/annotations/middleware and the class's attributes: where an auth check would be written. */
  sightText: string;
  /** True when the file wires authentication for every route (a router-wide middleware, a before-request hook). */
  fileAuth: boolean;
  /** Route path, HTTP verbs and the handler's name, for reading what the handler is for. */
  routeText: string;
}

const PY_FUNCTION = new Set(['function_definition']);
const JS_CALL = new Set(['call_expression']);
const GO_FUNCTION = new Set(['function_declaration', 'method_declaration']);
const METHOD = new Set(['method_declaration']);
const CLASS = new Set(['class_declaration']);
const PHP_FUNCTION = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);

/** Express/Koa/Fastify-style route registration: `router.delete('/x', mw, handler)`. */
const JS_ROUTE = /^(app|router|\w*[Rr]outer|api|server|fastify|routes)\.(get|post|put|patch|delete|del|all)$/;
const GO_HANDLER_PARAMS = /http\.ResponseWriter|\*gin\.Context|echo\.Context|\*fiber\.Ctx/;
const CS_ACTION = /\[\s*(Http(Get|Post|Put|Delete|Patch)|Route)\b/;
const PHP_REQUEST = /\$_(GET|POST|REQUEST|COOKIE)\b|php:\/\/input/;

/** File-level wiring that authenticates every route of the file. */
const FILE_AUTH =
  /\.use\(\s*[\w.]*(auth|Auth|jwt|Jwt|passport|session|protect|requireLogin|ensureLogged)|@\w+\.before_(app_)?request|\bbefore_request\(|\.Use\(\s*[\w.]*(Auth|auth|JWT|Jwt|Session|Require)|->middleware\(\s*['"]auth|LoginRequiredMixin|permission_classes\s*=\s*\[\s*IsAuthenticated/;

interface FileFacts {
  auth: boolean;
  /** Go: the text of every route registration, to find the one that names a handler. */
  goRoutes: string[];
}

const FACTS = new WeakMap<RuleContext, FileFacts>();

function fileFacts(ctx: RuleContext): FileFacts {
  let facts = FACTS.get(ctx);
  if (!facts) {
    const goRoutes =
      ctx.language === 'go'
        ? ctx
            .calls()
            .filter((c) => /(Handle|HandleFunc|GET|POST|PUT|PATCH|DELETE|Any|Get|Post|Put|Patch|Delete)$/.test(c.name))
            .map((c) => c.node.text)
        : [];
    facts = { auth: FILE_AUTH.test(ctx.root.text), goRoutes };
    FACTS.set(ctx, facts);
  }
  return facts;
}

function attributeLists(node: SyntaxNode | null): string {
  return (node?.namedChildren ?? [])
    .filter((c) => c?.type === 'attribute_list')
    .map((c) => c?.text ?? '')
    .join(' ');
}

function pyScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  const fn = ancestor(node, PY_FUNCTION);
  if (!fn || !isPyWebHandler(fn)) return null;
  const unit = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const decorators = unit === fn ? '' : unit.text.slice(0, fn.startIndex - unit.startIndex);
  const cls = ancestor(fn, new Set(['class_definition']));
  const classHead = cls
    ? cls.text.slice(0, (cls.childForFieldName('body')?.startIndex ?? cls.endIndex) - cls.startIndex)
    : '';
  const name = fn.childForFieldName('name')?.text ?? '';
  return {
    node: fn,
    sightText: `${classHead}\n${unit.text}`,
    fileAuth: fileFacts(ctx).auth,
    routeText: `${decorators} ${name}`,
  };
}

function jsScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  for (let cur = ancestor(node, JS_CALL); cur; cur = ancestor(cur, JS_CALL)) {
    const callee = cur.childForFieldName('function')?.text ?? '';
    if (!JS_ROUTE.test(callee)) continue;
    const args = cur.childForFieldName('arguments');
    const path = args?.namedChildren[0]?.text ?? '';
    return { node: cur, sightText: cur.text, fileAuth: fileFacts(ctx).auth, routeText: `${callee} ${path}` };
  }
  return null;
}

function goScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  const fn = ancestor(node, GO_FUNCTION);
  if (!fn || !GO_HANDLER_PARAMS.test(fn.childForFieldName('parameters')?.text ?? '')) return null;
  const name = fn.childForFieldName('name')?.text ?? '';
  const named = new RegExp(`\\b${name}\\b`);
  const routes = fileFacts(ctx).goRoutes.filter((r) => named.test(r));
  return {
    node: fn,
    sightText: `${routes.join('\n')}\n${fn.text}`,
    fileAuth: fileFacts(ctx).auth,
    routeText: `${routes.join(' ')} ${name}`,
  };
}

function javaScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  const method = javaRequestMethod(node);
  if (!method) return null;
  const name = method.childForFieldName('name')?.text ?? '';
  const own = modifiers(method);
  const cls = modifiers(ancestor(method, CLASS));
  return {
    node: method,
    sightText: `${cls}\n${method.text}`,
    fileAuth: fileFacts(ctx).auth,
    routeText: `${cls} ${own} ${name}`,
  };
}

function csScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  const method = ancestor(node, METHOD);
  if (!method) return null;
  const cls = ancestor(method, CLASS);
  const own = attributeLists(method);
  const clsAttributes = attributeLists(cls);
  const controller = /Controller\b/.test(cls?.text.slice(0, 300) ?? '');
  if (!CS_ACTION.test(own) && !controller) return null;
  const name = method.childForFieldName('name')?.text ?? '';
  return {
    node: method,
    sightText: `${clsAttributes}\n${method.text}`,
    fileAuth: fileFacts(ctx).auth,
    routeText: `${clsAttributes} ${own} ${name}`,
  };
}

function phpScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  const fn = ancestor(node, PHP_FUNCTION);
  if (fn) {
    const cls = ancestor(fn, new Set(['class_declaration']));
    const controller = /Controller\b/.test(cls?.childForFieldName('name')?.text ?? '');
    if (!controller && !PHP_REQUEST.test(fn.text)) return null;
    const name = fn.childForFieldName('name')?.text ?? '';
    // A controller's constructor may declare `$this->middleware('auth')` for all its actions.
    const ctor = cls?.text.match(/function\s+__construct[\s\S]{0,400}?\}/)?.[0] ?? '';
    return { node: fn, sightText: `${ctor}\n${fn.text}`, fileAuth: fileFacts(ctx).auth, routeText: name };
  }
  // A script answering a request at top level: the whole file is the handler.
  if (!PHP_REQUEST.test(ctx.root.text)) return null;
  return { node: ctx.root, sightText: ctx.root.text, fileAuth: fileFacts(ctx).auth, routeText: '' };
}

/** The web handler around `node` with its sight text, or null when `node` is not inside one. */
export function webHandlerScope(node: SyntaxNode, ctx: RuleContext): HandlerScope | null {
  switch (ctx.language) {
    case 'python':
      return pyScope(node, ctx);
    case 'javascript':
    case 'typescript':
      return jsScope(node, ctx);
    case 'go':
      return goScope(node, ctx);
    case 'java':
      return javaScope(node, ctx);
    case 'csharp':
      return csScope(node, ctx);
    case 'php':
      return phpScope(node, ctx);
    default:
      return null;
  }
}
