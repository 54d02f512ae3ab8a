// FastAPI route parameters the server fills through dependency injection (`user = Depends(current_user)`,
// `session: SessionDep` with `SessionDep = Annotated[AsyncSession, Depends(get_session)]`): not request data.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';

const DEPENDS = /\b(Depends|Security)\s*\(/;

/**
 * Objects the framework hands a route rather than values the client sent: the outgoing response, background tasks,
 * security scopes, a database session, and the request object itself when it is named `request` (its data-bearing
 * parts, `request.query_params`, `request.headers`, `await request.json()`, are sources in their own right, while
 * `request.session` is server-signed state and `request.client.host` the peer's address).
 */
const FRAMEWORK_OBJECT =
  /^(Response|BackgroundTasks|SecurityScopes|(Async)?Session|(fastapi\.|starlette\.requests\.)?Request)$/;

/** Module-level aliases whose value mentions Depends(...): read once per analysis. */
function dependencyAliases(ctx: RuleContext): Set<string> {
  const key = 'pyInjectedParameters:aliases';
  let aliases = ctx.memo.get(key) as Set<string> | undefined;
  if (!aliases) {
    aliases = new Set(
      ctx
        .assignments(ctx.root)
        .filter((a) => a.names.length === 1 && DEPENDS.test(a.value.text))
        .map((a) => a.names[0]!),
    );
    ctx.memo.set(key, aliases);
  }
  return aliases;
}

/** Names of the parameters of `fn` whose default or annotation asks the framework for a dependency. */
export function serverInjected(fn: SyntaxNode, ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  const aliases = dependencyAliases(ctx);
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p || !/typed_parameter|default_parameter|typed_default_parameter/.test(p.type)) continue;
    const type = p.childForFieldName('type')?.text ?? '';
    const name = p.childForFieldName('name') ?? p.namedChildren[0];
    const frameworkObject = FRAMEWORK_OBJECT.test(type) && (!/Request$/.test(type) || name?.text === 'request');
    const injected =
      DEPENDS.test(p.childForFieldName('value')?.text ?? '') ||
      DEPENDS.test(type) ||
      aliases.has(type) ||
      frameworkObject;
    if (injected && name) names.add(name.text);
  }
  return names;
}
