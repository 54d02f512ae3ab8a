// Runs one rule over a prepared context and returns its findings.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { Finding } from './Finding';
import type { Captures, QueryRule, Rule, TaintRule } from './Rule';
import type { RuleContext } from './RuleContext';
import { exprTainted, taintOf } from './taint';
import { scopeOf } from './walk';
import { relatedCwes } from '../cwe/cweHierarchy';
import { isCallNode } from './callInfo';
import { guardedSink } from './guardedSink';
import { callRuleCallee } from './callRule';

// The file's lines, split once per file rather than once per finding (that was quadratic in file length).
let splitCode = '';
let splitLines: string[] = [''];

function linesOf(code: string): string[] {
  if (code !== splitCode) {
    splitCode = code;
    splitLines = code.split('\n');
  }
  return splitLines;
}

export function findingAt(rule: Rule, node: SyntaxNode, code: string): Finding {
  const line = node.startPosition.row + 1;
  const snippet = linesOf(code)[node.startPosition.row]?.trim().slice(0, 200);
  return {
    rule: rule.id,
    cwe: rule.cwe,
    related: relatedCwes(rule.cwe),
    severity: rule.severity,
    message: rule.message,
    fix: rule.fix,
    line,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
    ...(snippet ? { snippet } : {}),
    tier: rule.tier ?? 'finding',
  };
}

/**
 * The values a sink that is no call hands on: the right side of a property write (`searcher.Filter = ...`,
 * `el.innerHTML = ...`) or what a handler returns (`return "redirect:" + next`). Other shapes are not guarded.
 */
function writtenValues(at: SyntaxNode): SyntaxNode[] | null {
  if (/^(assignment_expression|assignment)$/.test(at.type)) {
    const right = at.childForFieldName('right');
    return right ? [right] : null;
  }
  return at.type === 'return_statement' ? at.namedChildren.filter((c): c is SyntaxNode => c !== null) : null;
}

/**
 * A finding on a call whose arguments are validated or sanitised first (guardShapes.ts) is not reported ('drop');
 * when the only evidence is a helper's name (`validate_id(x)`), it stays as a note ('note').
 */
function guarded(
  rule: Rule,
  at: SyntaxNode,
  ctx: RuleContext,
  values?: SyntaxNode[],
  carries?: (variable: SyntaxNode) => boolean,
): 'drop' | 'note' | null {
  if (rule.guardable === false) return null;
  if (!isCallNode(at)) {
    const written = values ?? writtenValues(at);
    const how = written ? guardedSink(at, written, rule.cwe, ctx.language, ctx) : null;
    return how === null ? null : how === 'named-check' ? 'note' : 'drop';
  }
  const call = ctx.callAt(at);
  const how = guardedSink(
    at,
    values ?? rule.guardedArgs?.(call, ctx) ?? [...call.args, ...call.keywords.values()],
    rule.cwe,
    ctx.language,
    ctx,
    carries,
  );
  return how === null ? null : how === 'named-check' ? 'note' : 'drop';
}

const NAMED_CHECK_NOTE = ' A helper named as a check runs on this value first; if it validates it, this is safe.';

/** The finding, or its note when a named check guards it; null when a recognised guard makes it safe. */
function guardedFinding(
  rule: Rule,
  at: SyntaxNode,
  ctx: RuleContext,
  guards: boolean,
  values?: SyntaxNode[],
  carries?: (variable: SyntaxNode) => boolean,
): Finding | null {
  const finding = findingAt(rule, at, ctx.code);
  const how = guards ? guarded(rule, at, ctx, values, carries) : null;
  if (how === 'drop') return null;
  return how === 'note' ? { ...finding, tier: 'note', message: finding.message + NAMED_CHECK_NOTE } : finding;
}

function runQueryRule(rule: QueryRule, ctx: RuleContext, guards: boolean): Finding[] {
  const query = rule.query[ctx.language];
  if (!query) return [];
  const findings: Finding[] = [];
  const consider = (captures: Captures, at: SyntaxNode): void => {
    if (rule.predicate && !rule.predicate(captures, ctx)) return;
    const finding = guardedFinding(rule, at, ctx, guards);
    const tier = rule.tierOf?.(captures, ctx);
    if (finding) findings.push(tier && finding.tier === 'finding' ? { ...finding, tier } : finding);
  };
  // A call rule sees only the calls its callee pattern names, in the order the call query matched them.
  const callee = callRuleCallee(rule, ctx.language);
  if (callee) {
    for (const call of ctx.callsMatching(callee)) consider({ call: call.node }, call.node);
    return findings;
  }
  for (const { captures, at } of capturesOf(query, ctx)) consider(captures, at);
  return findings;
}

/** Each match of a query as named captures and the node to report, made once per analysis for every rule sharing it. */
function capturesOf(query: string, ctx: RuleContext): { captures: Captures; at: SyntaxNode }[] {
  const key = `runRule:captures:${query}`;
  let found = ctx.memo.get(key) as { captures: Captures; at: SyntaxNode }[] | undefined;
  if (!found) {
    found = [];
    for (const match of ctx.matches(query)) {
      const captures: Captures = {};
      for (const c of match.captures) captures[c.name] ??= c.node;
      const at = captures.hit ?? match.captures[0]?.node;
      if (at) found.push({ captures: Object.freeze(captures), at });
    }
    ctx.memo.set(key, found);
  }
  return found;
}

/** Whether a rule's guard pattern appears in the scope, tested once per scope and pattern (not per sink). */
function scopeGuarded(guard: RegExp, scope: SyntaxNode, ctx: RuleContext): boolean {
  const key = `scopeGuard:${guard.source}:${scope.startIndex}:${scope.endIndex}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = guard.test(scope.text);
    ctx.memo.set(key, found);
  }
  return found;
}

function runTaintRule(rule: TaintRule, ctx: RuleContext, guards: boolean): Finding[] {
  const sinks = rule.taint.sinks[ctx.language] ?? [];
  const findings: Finding[] = [];
  for (const call of ctx.calls()) {
    const sink = sinks.find((s) => s.callee.test(call.name));
    if (!sink || (sink.when && !sink.when(call, ctx))) continue;
    if (rule.taint.guard && scopeGuarded(rule.taint.guard, scopeOf(call.node), ctx)) continue;
    const state = taintOf(call.node, rule.id, rule.taint, ctx);
    const receiver = sink.receiver ? call.node.childForFieldName('function')?.childForFieldName('object') : null;
    const args = receiver
      ? [receiver]
      : sink.args
        ? [...sink.args.map((i) => call.args[i]), ...(sink.keywords ?? []).map((k) => call.keywords.get(k))].filter(
            (a) => a !== undefined,
          )
        : [...call.args, ...call.keywords.values()];
    if (sink.receiver && !receiver) continue;
    if (!args.some((a) => exprTainted(a, rule.taint, ctx, state))) continue;
    // A sink that names its dangerous arguments is guarded when those are checked (`http.Redirect(w, r, next, 302)`
    // needs `next` checked, not the writer and request).
    // Only the variables that carry the input need a check (not a configured base or a server-set value beside it).
    const carries = (variable: SyntaxNode): boolean => exprTainted(variable, rule.taint, ctx, state);
    const finding = guardedFinding(rule, call.node, ctx, guards, sink.args || receiver ? args : undefined, carries);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** `guards: false` turns the guard and sanitiser shapes off, to measure what they remove. */
export function runRule(rule: Rule, ctx: RuleContext, guards = true): Finding[] {
  if (!rule.languages.includes(ctx.language)) return [];
  return rule.kind === 'query' ? runQueryRule(rule, ctx, guards) : runTaintRule(rule, ctx, guards);
}
