// Code that runs on more than one thread in a C/C++ file: lambdas handed to std::thread / std::jthread / std::async
// (directly or through a threads vector's emplace_back), and named functions passed to std::thread or
// pthread_create. Read once per file; the race rules ask whether a write runs there and what it calls.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { walk } from '../walk';

export interface ThreadBodies {
  /** Lambda expressions and function definitions that run on a started thread. */
  bodies: SyntaxNode[];
  /** Names of functions those bodies call as members (`obj.record()`, `q->submit(x)`). */
  memberCalls: Set<string>;
}

const STARTS = /\b(std::)?(j?thread|async)\b|\bpthread_create\s*\(|\bemplace_back\s*\(/;
const FILE_STARTS = /std::(j?thread|async)\b|\bpthread_create\s*\(/;

/** The statement around `node` (its nearest expression statement or declaration). */
function statementOf(node: SyntaxNode): SyntaxNode {
  let up: SyntaxNode = node;
  while (up.parent && !/^(expression_statement|declaration|for_range_loop|return_statement)$/.test(up.type))
    up = up.parent;
  return up;
}

/** Function names handed to a thread starter: `pthread_create(&t, NULL, worker, arg)`, `std::thread t(worker, x)`. */
function startedFunctionNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bpthread_create\s*\([^,]*,[^,]*,\s*&?\s*(\w+)/g)) names.add(m[1] ?? '');
  for (const m of code.matchAll(/std::j?thread\s*(?:\w+\s*)?[({]\s*&?\s*(\w+)\s*[,)}]/g)) names.add(m[1] ?? '');
  names.delete('');
  return names;
}

export function threadBodies(ctx: RuleContext): ThreadBodies {
  const cached = ctx.memo.get('threadBodies') as ThreadBodies | undefined;
  if (cached) return cached;
  const found: ThreadBodies = { bodies: [], memberCalls: new Set() };
  ctx.memo.set('threadBodies', found);
  if (!FILE_STARTS.test(ctx.code)) return found;
  const started = startedFunctionNames(ctx.code);
  for (const n of walk(ctx.root)) {
    if (n.type === 'lambda_expression') {
      const statement = statementOf(n);
      const head = statement.text.slice(0, n.startIndex - statement.startIndex);
      if (STARTS.test(head)) found.bodies.push(n);
    } else if (n.type === 'function_definition') {
      const name = /(\w+)\s*\(/.exec(n.childForFieldName('declarator')?.text ?? '')?.[1];
      if (name && started.has(name)) found.bodies.push(n);
    }
  }
  for (const body of found.bodies)
    for (const m of body.text.matchAll(/(?:\.|->)\s*(\w+)\s*\(/g)) found.memberCalls.add(m[1] ?? '');
  return found;
}

/** `node` lies inside one of the thread bodies. */
export function runsOnThread(node: SyntaxNode, bodies: ThreadBodies): boolean {
  return bodies.bodies.some((b) => b.startIndex <= node.startIndex && node.endIndex <= b.endIndex);
}

const LOOP = /^(for_statement|while_statement|do_statement|for_range_loop)$/;

/** A lambda body started in a loop (one per iteration), or several bodies at once: more than one thread runs it. */
export function startedRepeatedly(bodies: readonly SyntaxNode[]): boolean {
  if (bodies.length > 1) return true;
  for (let up = bodies[0]?.parent ?? null; up && up.type !== 'function_definition'; up = up.parent)
    if (LOOP.test(up.type)) return true;
  return false;
}
