// Parameters that arrive from outside: web route handlers' path parameters, Django views' URL captures, command-line
// options of click/typer commands, and C's argv.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { IDENTIFIER_TYPES, walk } from './walk';
import { helperParameters } from './parameterSources';

/** Flask/FastAPI/Starlette routes, and click/typer commands whose parameters are command-line options. */
const ROUTE_DECORATOR =
  /@\s*[\w.]+\.(route|get|post|put|patch|delete|api_route|websocket|command|option|argument)\s*\(/;
/** Receivers that come before a Django view's `request` (class-based views). */
const RECEIVER = /^(self|cls)$/;

function parameterNames(fn: SyntaxNode): string[] {
  const params =
    fn.childForFieldName('parameters') ?? fn.childForFieldName('declarator')?.childForFieldName('parameters');
  if (!params) return [];
  const names: string[] = [];
  for (const p of params.namedChildren) {
    if (!p) continue;
    // The first identifier of a parameter is its name in Python; C declarators nest it deeper.
    const declarator = p.childForFieldName('declarator') ?? p.childForFieldName('name') ?? p;
    for (const id of walk(declarator)) {
      if (IDENTIFIER_TYPES.has(id.type)) {
        names.push(id.text);
        break;
      }
    }
  }
  return names;
}

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
    const names = parameterNames(scope);
    if (ROUTE_DECORATOR.test(decorated)) return names.filter((n) => n !== 'self');
    // A Django view takes the request first; its other parameters are captures of the URL pattern.
    const rest = names.filter((n) => !RECEIVER.test(n));
    if (rest[0] === 'request' && !(scope.childForFieldName('name')?.text ?? '').startsWith('_')) return rest.slice(1);
  }
  if (ctx.language === 'typescript' || ctx.language === 'javascript') return nestInputs(scope);
  if ((ctx.language === 'c' || ctx.language === 'cpp') && scope.type === 'function_definition') {
    const name = scope.childForFieldName('declarator')?.childForFieldName('declarator')?.text;
    if (name === 'main') return parameterNames(scope).filter((n) => n !== 'argc');
  }
  return [];
}
