// Parameters of top-level (exported) functions as a lower-confidence taint source (issue 12): much real code is a
// library function whose parameter is the attacker's value, with no request in sight. Only rules of strong sinks
// (commands, SQL, eval, deserialisation, path opens) take it, only where no guard is recognised, and a rule can opt
// out with `parameterSources: false`. The rule runs a second time on a context whose taint also starts from these
// parameters; what that run adds is the parameter tier, marked `source: 'parameter'`.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { Finding } from './Finding';
import type { Rule } from './Rule';
import type { RuleContext } from './RuleContext';
import type { CallInfo } from './callInfo';
import { ancestor, FUNCTION_TYPES, scopeOf, walk } from './walk';
import { isCallNode } from './callInfo';
import { functionsByName } from './stringShape';
import { functionParameters } from './functionParameters';
import { baseOnlyPath, openedPath, type TaintTest } from './basePathJoin';
import { textValue } from './ruleParts/nativeSplicedValues';
import { exprTainted, taintOf } from './taint';

/** CWEs of the strong sinks: command, SQL/LDAP/XPath queries, code evaluation, deserialisation, path opens, server-side fetches. */
const STRONG_SINKS: ReadonlySet<string> = new Set(
  ['77', '78', '89', '90', '94', '95', '502', '643', '22', '23', '36', '73', '918'].map((n) => `CWE-${n}`),
);

export function takesParameterSources(rule: Rule): boolean {
  // `true` opts a rule of another CWE in (Python markup returned as HTML: the caller's text is the page).
  return rule.parameterSources === true || (rule.parameterSources !== false && STRONG_SINKS.has(rule.cwe));
}

/** Numbers and booleans cannot carry an injection; a parameter declared as one is no source. */
const SCALAR_TYPE =
  /(^|[\s:(])(int|long|short|unsigned|signed|size_t|ssize_t|off_t|bool|boolean|_Bool|float|double|number|u?int\d*|i\d+|u\d+|f\d+|usize|isize|byte|char)\b/;
const RECEIVERS = /^(self|cls|this|ctx|argc)$/;

/** The function is not nested in another function, and its name is not private (`_helper`, C `static`). */
function topLevel(fn: SyntaxNode): boolean {
  if (ancestor(fn, FUNCTION_TYPES)) return false;
  const name = fn.childForFieldName('name')?.text ?? '';
  if (name.startsWith('_')) return false;
  return !/^\s*static\b/.test(fn.text) && !/\bprivate\b/.test(fn.text.slice(0, fn.text.indexOf('(') + 1));
}

/**
 * `def snapshot(job: Job)` where the module defines `class Job`: a record of the module's own making, whose fields
 * were filled where the file builds it (from its config, its index, its parser), so the flow is read there.
 */
function ownRecordType(typeText: string, scope: SyntaxNode): boolean {
  const type = /^\s*:\s*([A-Z]\w*)\s*(=.*)?$/.exec(typeText)?.[1];
  let root = scope;
  while (root.parent) root = root.parent;
  return type !== undefined && new RegExp(`^class\\s+${type}\\b`, 'm').test(root.text);
}

/** The names of a top-level function's parameters that could carry text, or [] for other scopes. */
export function helperParameters(scope: SyntaxNode): string[] {
  if (!FUNCTION_TYPES.has(scope.type) || !topLevel(scope)) return [];
  const names: string[] = [];
  for (const { name, node } of functionParameters(scope)) {
    if (RECEIVERS.test(name)) continue;
    const typeText = node.text.replace(name, ' ');
    if (SCALAR_TYPE.test(typeText) && !/\*|\[|string|str\b|String/.test(typeText)) continue;
    if (ownRecordType(typeText, scope)) continue;
    names.push(name);
  }
  return names;
}

/** Sinks that need the parameter put together with other parts: a path under a base, a URL around a host. */
const JOINED_SINKS: ReadonlySet<string> = new Set(['CWE-22', 'CWE-23', 'CWE-36', 'CWE-73', 'CWE-918']);
/** Path sinks: a parameter that is only the base folder of a path with fixed parts below it picks no file (basePathJoin.ts). */
const PATH_SINKS: ReadonlySet<string> = new Set(['CWE-22', 'CWE-23', 'CWE-36', 'CWE-73']);
/** A path put together from parts: a join, a concatenation, a format. */
const JOINED = /\b(join|Join|Combine|resolve|joinpath)\s*\(|\+|\bformat\b|Sprintf|\$\{|\s\.\s|\s\/\s|^f["']/;

/**
 * `text` puts a path together. `++`/`--` step a cursor (`name = *argv++`), and in C a `+` is pointer arithmetic
 * (`s + 1` is a suffix of one string), never a concatenation.
 */
function joins(text: string, language: string): boolean {
  const stepped = text.replace(/\+\+|--/g, '');
  return JOINED.test(language === 'c' ? stepped.replace(/\+/g, ' ') : stepped);
}

/** `snprintf(p, sizeof p, "%s", path)`: a bounded copy of one value with no text around it, not a join. */
function copiesWhole(call: CallInfo): boolean {
  const format = call.args[/snprintf$/.test(call.name) ? 2 : 1];
  return /printf$/.test(call.name) && format?.text === '"%s"';
}

/**
 * A function that opens the path (or fetches the URL) its caller hands it (`open(path)`, `requests.get(url)`) does
 * what it says; traversal needs the parameter joined under a base directory, and a forged request needs it spliced
 * into a URL (`f"https://{sub}.example.com/"`). So these sinks count only when the value, or the local it reads, is
 * put together.
 */
/** `_report_path(name)`: a helper of the same file whose every return joins its parts (`os.path.join(BASE, name)`). */
function helperJoins(node: SyntaxNode, ctx: RuleContext): boolean {
  if (!isCallNode(node)) return false;
  const name = /^(?:self\.|cls\.)?(\w+)$/.exec(ctx.callAt(node).name)?.[1];
  const fns = name ? (functionsByName(ctx).get(name) ?? []) : [];
  if (fns.length !== 1) return false;
  const fn = fns[0]!;
  const returns = [...walk(fn, (n) => n !== fn && FUNCTION_TYPES.has(n.type))]
    .filter((n) => n.type === 'return_statement')
    .map((r) => r.namedChildren[0]?.text ?? '');
  return returns.length > 0 && returns.every((v) => JOINED.test(v));
}

export function joinedPath(sink: SyntaxNode, ctx: RuleContext): boolean {
  const scope = scopeOf(sink);
  // A method on a path object (`(BASE / name).read_text()`, `dst.write_bytes(data)`): the object is the path.
  const opened = openedPath(sink, ctx);
  // C++ hands a std::string's text over as `full.c_str()`: the string itself is the path that was put together.
  return (opened ? [ctx.language === 'cpp' ? textValue(opened) : opened] : []).some((arg) => {
    if (joins(arg.text, ctx.language) || helperJoins(arg, ctx)) return true;
    // C: a buffer filled by snprintf/sprintf/strcat before the sink (`snprintf(p, n, "%s/%s", dir, name)`).
    const filled = ctx
      .callsIn(scope)
      .some(
        (c) =>
          /^(std::)?(sn?printf|strn?cat|strlcat)$/.test(c.name) &&
          c.args[0]?.text === arg.text &&
          c.node.endIndex <= sink.startIndex &&
          !copiesWhole(c),
      );
    return (
      filled ||
      ctx
        .assignmentsTo(scope, arg.text)
        .some((a) => a.node.endIndex <= sink.startIndex && joins(a.value.text, ctx.language))
    );
  });
}

/** The rule's own taint test on the parameter context, for a taint rule. */
function ruleTaint(rule: Rule, ctx: RuleContext): TaintTest | undefined {
  if (rule.kind !== 'taint') return undefined;
  return (n) => exprTainted(n, rule.taint, ctx, taintOf(n, rule.id, rule.taint, ctx));
}

const PARAMETER_NOTE =
  ' The value is a parameter of this function: if callers can pass outside input, validate it here.';

/** Applies a test to the calls a finding sits on (a chain `open(p).read()` starts where `open` does). */
function sinkAt(f: Finding, ctx: RuleContext, test: (sink: SyntaxNode, ctx: RuleContext) => boolean): boolean {
  const calls = ctx
    .calls()
    .filter((c) => c.node.startPosition.row === f.line - 1 && c.node.startPosition.column === f.column - 1);
  return calls.length === 0 || calls.some((c) => test(c.node, ctx));
}

/**
 * The rule's findings when parameters of top-level functions also count as sources, minus those the ordinary run
 * already made; guarded sinks, even by a helper's name only, are left out (`run` applies the guards).
 */
export function parameterFindings(
  rule: Rule,
  ordinary: readonly Finding[],
  paramCtx: RuleContext,
  run: (rule: Rule, ctx: RuleContext) => Finding[],
): Finding[] {
  if (!takesParameterSources(rule)) return [];
  // An ordinary note (no input in sight) gives way to a parameter finding at the same place (analyzeCode keeps it).
  const at = new Set(ordinary.filter((f) => f.tier !== 'note').map((f) => `${f.line}:${f.column}`));
  return run(rule, paramCtx)
    .filter((f) => !at.has(`${f.line}:${f.column}`) && f.tier !== 'note')
    .filter((f) => !JOINED_SINKS.has(f.cwe) || sinkAt(f, paramCtx, joinedPath))
    .filter((f) => !PATH_SINKS.has(f.cwe) || sinkAt(f, paramCtx, (s, c) => !baseOnlyPath(s, c, ruleTaint(rule, c))))
    .map((f) => ({ ...f, source: 'parameter' as const, message: f.message + PARAMETER_NOTE }));
}
