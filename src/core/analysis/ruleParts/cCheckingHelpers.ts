// A C/C++ file's own checking helpers: `if (!fillBuf(pos, 4)) return false;` before `buf[pos - start]`, where
// `fillBuf` is defined in the same file and compares its `pos` parameter with a bound. The helper, not an inline
// comparison, is the check; only a value handed over by value counts (a reference or pointer argument may be an
// out-parameter the call fills, which is the opposite of a check).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { comparesName } from '../pdgGuard';
import { namedChildren, walk } from '../walk';
import { cFunctionName, functionDeclarator } from '../cFunctionDeclarator';

interface Helper {
  /** Parameter names in order; '' for one taken by pointer or reference (or unnamed). */
  params: string[];
  /** The conditions of its `if` statements and its returned values: where a check decides (a loop's bound does not). */
  decisions: SyntaxNode[];
}

function decisionsOf(body: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const n of walk(body)) {
    if (n.type === 'if_statement') out.push(n.childForFieldName('condition') ?? n);
    else if (n.type === 'return_statement') out.push(n);
  }
  return out;
}

/** Functions defined in the file by their unqualified name (`Reader::fill` is `fill`). */
function helpersOf(ctx: RuleContext): Map<string, Helper[]> {
  let helpers = ctx.memo.get('cCheckingHelpers') as Map<string, Helper[]> | undefined;
  if (helpers) return helpers;
  helpers = new Map();
  ctx.memo.set('cCheckingHelpers', helpers);
  for (const fn of walk(ctx.root)) {
    if (fn.type !== 'function_definition') continue;
    const body = fn.childForFieldName('body');
    const decl = functionDeclarator(fn);
    const name = cFunctionName(fn);
    if (!decl || !body || !name) continue;
    const params = namedChildren(decl.childForFieldName('parameters')).map((p) => {
      const d = p.childForFieldName('declarator');
      return d?.type === 'identifier' ? d.text : '';
    });
    helpers.set(name, [...(helpers.get(name) ?? []), { params, decisions: decisionsOf(body) }]);
  }
  return helpers;
}

/** `cond` calls a helper of this file that is handed one of `names` by value and bounds that parameter. */
export function checkedByFileHelper(cond: SyntaxNode, names: readonly string[], ctx: RuleContext): boolean {
  if (ctx.language !== 'c' && ctx.language !== 'cpp') return false;
  const mentions = names.map((n) => new RegExp(`(^|[^\\w&*.>])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  for (const call of walk(cond)) {
    if (call.type !== 'call_expression') continue;
    const callee =
      call
        .childForFieldName('function')
        ?.text.split(/::|\.|->/)
        .pop()
        ?.trim() ?? '';
    const args = namedChildren(call.childForFieldName('arguments'));
    for (const helper of helpersOf(ctx).get(callee) ?? []) {
      if (helper.params.length !== args.length) continue;
      const checked = args.some((arg, i) => {
        const param = helper.params[i];
        return (
          !!param &&
          mentions.some((m) => m.test(arg.text)) &&
          helper.decisions.some((d) => comparesName(d, [param], { bound: true }))
        );
      });
      if (checked) return true;
    }
  }
  return false;
}
