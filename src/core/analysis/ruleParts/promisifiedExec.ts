// `const run = promisify(exec)` / `util.promisify(child_process.exec)`: names the file binds to a promise form of
// child_process.exec, which runs its string through a shell as exec does. Read once per analysis.
import type { RuleContext } from '../RuleContext';

const BINDING = /\b(?:const|let|var)\s+(\w+)\s*=\s*(?:util\.)?promisify\(\s*(?:\w+\.)?exec\s*\)/g;

export function promisifiedExec(ctx: RuleContext): ReadonlySet<string> {
  const cached = ctx.memo.get('promisifiedExec') as Set<string> | undefined;
  if (cached) return cached;
  const names = new Set([...ctx.code.matchAll(BINDING)].map((m) => m[1]!));
  ctx.memo.set('promisifiedExec', names);
  return names;
}
