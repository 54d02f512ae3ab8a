// `time.sleep(random.uniform(1, 3))`, `await asyncio.sleep(random.random())`: a jittered pause between requests or
// retries is a delay, never a secret (py-insecure-random and the low tier's predictable-random read it).
import type { SyntaxNode } from '../../languages/SyntaxTree';

/** The node is (part of) the argument of a call named `sleep`, within a few levels. */
export function sleepArgument(node: SyntaxNode): boolean {
  for (let cur = node.parent, hops = 0; cur && hops < 4; cur = cur.parent, hops += 1)
    if (cur.type === 'call' && /(^|\.)sleep$/.test(cur.childForFieldName('function')?.text ?? '')) return true;
  return false;
}
