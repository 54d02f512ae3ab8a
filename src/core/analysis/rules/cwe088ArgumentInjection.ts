// CWE-88 argument injection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../walk';
import type { RuleContext } from '../RuleContext';
import { constantLike } from '../stringShape';
import { callRule } from '../callRule';

const OPTION_TOOLS = /^['"](git|rsync|scp|ssh|curl|wget|tar|zip|unzip|find|hg|svn|sendmail)['"]$/;

/** Elements of the argument vector: a Python/JS list literal, or Go's variadic arguments after the program. */
function argv(call: { name: string; args: SyntaxNode[] }, language: string): SyntaxNode[] {
  if (language === 'go') return call.name.endsWith('Context') ? call.args.slice(1) : call.args;
  const list = call.args.find((a) => a.type === 'list' || a.type === 'array');
  if (language === 'python') return namedChildren(list ?? null);
  return [call.args[0], ...namedChildren(list ?? null)].filter((a): a is SyntaxNode => a !== undefined);
}

/** Literals, ALL_CAPS constants, and locals only assigned from calls on constants (filepath.Join("/a", "b")). */
function fixedValue(node: SyntaxNode, ctx: RuleContext): boolean {
  if (constantLike(node, ctx)) return true;
  if (node.type !== 'identifier') return false;
  const writes = ctx.assignmentsTo(scopeOf(node), node.text);
  const allConstantCall = (v: SyntaxNode): boolean => {
    const value = v.type === 'expression_list' && v.namedChildCount === 1 ? (v.namedChildren[0] ?? v) : v;
    return (
      /call/.test(value.type) && namedChildren(value.childForFieldName('arguments')).every((a) => constantLike(a, ctx))
    );
  };
  return writes.length > 0 && writes.every((a) => allConstantCall(a.value));
}

export const optionInjection = callRule({
  id: 'argument-option-injection',
  // A note: whether the value can start with '-' (input, or a name the program made) is not visible here.
  tier: 'note',
  cwe: 'CWE-88',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'go'],
  message:
    'A run-time value is passed to a tool that parses options, with no `--` before it, so a value starting with - becomes an option.',
  fix: 'Reject values starting with "-" and put "--" (or --end-of-options) before user-supplied arguments.',
  callee: {
    python: /^subprocess\.(run|call|check_call|check_output|Popen)$/,
    javascript: /^(child_process\.)?(execFile|execFileSync|spawn|spawnSync)$/,
    typescript: /^(child_process\.)?(execFile|execFileSync|spawn|spawnSync)$/,
    go: /^exec\.(Command|CommandContext)$/,
  },
  when: (call, ctx) => {
    const items = argv(call, ctx.language);
    const program = items[0];
    if (!program || !OPTION_TOOLS.test(program.text)) return false;
    // A leading-dash check on the value in the function rules the option reading out.
    if (
      /startsWith\(\s*['"]-['"]\s*\)|HasPrefix\([^,]+,\s*"-"\)|startswith\(\s*['"]-['"]\s*\)/.test(
        scopeOf(call.node).text,
      )
    )
      return false;
    const end = items.findIndex((a) => /^['"]--(end-of-options)?['"]$/.test(a.text));
    return items.slice(1).some((a, i) => (end < 0 || i + 1 < end) && !fixedValue(a, ctx) && a.type !== 'list');
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe088ArgumentInjection: readonly Rule[] = [optionInjection];
