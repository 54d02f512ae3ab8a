// CWE-88/20/79: run-time values passed as arguments to option-parsing tools without `--`, atoi on input
// (no error or range detection), and Go's text/template used to write HTML responses.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { constantLike } from '../stringShape';
import type { RuleContext } from '../RuleContext';
import { isTainted } from '../ruleHelpers';
import { namedChildren, scopeOf } from '../walk';
import { comparesName } from '../pdgGuard';

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
  const writes = ctx.assignments(scopeOf(node)).filter((a) => a.names.includes(node.text));
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

export const atoiOnInput = callRule({
  id: 'c-atoi-on-input',
  cwe: 'CWE-20',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message: 'atoi/atol cannot report malformed or out-of-range input, so bad values silently become 0 or wrap.',
  fix: 'Parse with strtol/strtoul, check errno, the end pointer and the allowed range.',
  callee: { c: /^(atoi|atol|atoll)$/, cpp: /^(std::)?(atoi|atol|atoll)$/ },
  // Narrowed by a cast at once, or stored and never range-checked: a garbage or wrapped value silently changes meaning.
  when: (call, ctx) => {
    if (call.args[0] === undefined || !isTainted(call.args[0], ctx)) return false;
    if (call.node.parent?.type === 'cast_expression') return true;
    const target =
      call.node.parent?.type === 'init_declarator' ? call.node.parent.childForFieldName('declarator')?.text : undefined;
    if (target === undefined || !/^\w+$/.test(target) || comparesName(scopeOf(call.node), [target])) return false;
    // Handed to a function of this file, which may range-check it itself: only flag values used unchecked here.
    const local = new Set(
      ctx.root.descendantsOfType('function_declarator').map((d) => d?.childForFieldName('declarator')?.text),
    );
    return !ctx.calls().some((c) => local.has(c.name) && c.args.some((a) => a.text === target));
  },
});

export const goTextTemplateHtml: QueryRule = {
  id: 'go-text-template-html',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: { go: '(import_spec path: (interpreted_string_literal) @hit)' },
  message: 'text/template does no HTML escaping, yet it renders an HTTP response here.',
  fix: 'Import html/template, which escapes values by context.',
  predicate: ({ hit }, ctx) =>
    hit !== undefined && hit.text === '"text/template"' && /http\.ResponseWriter/.test(ctx.code),
};
