// What a code prefix is about to do, read from its names rather than its comments: the route it serves, the
// class and function being written, and the variable its unfinished last line assigns. A prefix without
// comments ("$token = " inside PasswordResetService::start, "router.post('/login', ...)") says its purpose only
// there, and among the dozens of names in the whole prefix these few are the ones that point at the next line.

/** Route strings: '/login', "/reset/confirm", '/account/orders/{id}' in a route call, decorator or attribute. */
const ROUTE =
  /(?:route|get|post|put|patch|delete|mapping|Http(?:Get|Post|Put|Delete|Patch)|handle(?:Func)?)\s*\(\s*(?:path\s*[:=]\s*)?['"`](\/[\w/{}:<>.-]*)['"`]/gi;

/** The class being written. */
const CLASS = /\bclass\s+([A-Za-z_]\w*)/g;

/** Functions and methods, in the languages the playground reads. */
const FUNCTIONS: readonly RegExp[] = [
  /\b(?:function|def|fn)\s+&?([A-Za-z_]\w*)\s*[(<]/g,
  /\bfunc\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(/g,
  // Java, C#, TypeScript methods: a modifier, an optional return type, the name, a parameter list, a body.
  /\b(?:public|private|protected|internal|static|async|override)\s+(?:[\w<>[\],.?]+\s+)*?([A-Za-z_]\w*)\s*\([^)]*\)\s*(?::\s*[\w<>[\]|. ]+)?\s*(?:throws\s+[\w., ]+)?\{/g,
  /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>)/g,
];

/** The name an unfinished last line assigns: "$token =", "const hash =", "token :=", "let out = await". */
const CUT_ASSIGNMENT = /(\$?[A-Za-z_][\w$]*)\s*:?=\s*(?:await)?$/;

/** Names that say nothing about the purpose: entry points and framework plumbing. */
const PLUMBING = new Set([
  'index',
  'main',
  'handle',
  'handler',
  'invoke',
  'run',
  'execute',
  'constructor',
  '__construct',
  '__init__',
]);

function lastOf(code: string, pattern: RegExp): { name: string; at: number } | undefined {
  let last: { name: string; at: number } | undefined;
  for (const m of code.matchAll(pattern)) last = { name: m[1]!, at: m.index ?? 0 };
  return last;
}

/**
 * The names that state a prefix's purpose, in order: the words of the last route string, the last class, the
 * last function or method, and the variable the prefix is cut in assigning. Empty when it names none of them.
 */
export function prefixIntentNames(code: string): string[] {
  const names: string[] = [];
  const route = lastOf(code, ROUTE)?.name;
  if (route) names.push(...route.split(/[/{}:<>.-]+/).filter((w) => /^[A-Za-z_]\w*$/.test(w) && w !== 'id'));
  const cls = lastOf(code, CLASS)?.name;
  const fn = FUNCTIONS.map((p) => lastOf(code, p))
    .filter((d): d is { name: string; at: number } => !!d)
    .sort((a, b) => b.at - a.at)[0]?.name;
  for (const name of [cls, fn]) if (name && !PLUMBING.has(name.toLowerCase())) names.push(name);
  const lastLine = code.trimEnd().split('\n').pop() ?? '';
  const cut = CUT_ASSIGNMENT.exec(lastLine);
  if (cut) names.push(cut[1]!.replace(/^\$/, ''));
  return [...new Set(names)];
}
