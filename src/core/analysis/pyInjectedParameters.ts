// FastAPI route parameters the server fills through dependency injection (`user = Depends(current_user)`,
// `session: SessionDep` with `SessionDep = Annotated[AsyncSession, Depends(get_session)]`): not request data.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';

const DEPENDS = /\b(Depends|Security)\s*\(/;

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
    const injected = DEPENDS.test(p.childForFieldName('value')?.text ?? '') || DEPENDS.test(type) || aliases.has(type);
    const name = p.childForFieldName('name') ?? p.namedChildren[0];
    if (injected && name) names.add(name.text);
  }
  return names;
}
