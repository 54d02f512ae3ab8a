// Per-analysis context handed to rules: the tree, its calls and assignments, computed once and shared.
import type { Language } from '../task/Task';
import type { ParsedTree, QueryMatch, SyntaxNode } from '../languages/SyntaxTree';
import { callInfo, callQuery, type CallInfo } from './callInfo';
import { assignmentsIn, type Assignment } from './assignments';
import type { Pdg } from '../slicing/Pdg';
import { buildPdg } from '../slicing/buildPdg';
import { findLanguageSpec } from '../languages/registry';
import { FUNCTION_TYPES, scopeOf } from './walk';
import { pythonImportAliases, qualifyCallee } from './pythonImportAliases';

export interface RuleContext {
  language: Language;
  code: string;
  root: SyntaxNode;
  matches(query: string): QueryMatch[];
  calls(): CallInfo[];
  /** The calls whose nearest enclosing function (or the root) is `scope`, in file order; indexed once per analysis. */
  callsIn(scope: SyntaxNode): CallInfo[];
  /** The calls lying wholly in [start, end] (character offsets), in start order; a binary search, not a scan of every call. */
  callsWithin(start: number, end: number): CallInfo[];
  /** `callsIn(scope)` whose last name part `pattern` matches; one scan per scope and pattern object per analysis. */
  callsInMatching(scope: SyntaxNode, pattern: RegExp): CallInfo[];
  /** The calls whose name `pattern` matches, in file order; one scan per pattern object per analysis. */
  callsMatching(pattern: RegExp): CallInfo[];
  /** The calls whose callee name is exactly `name`, in file order; indexed once per analysis. */
  callsNamed(name: string): CallInfo[];
  /** The CallInfo of a call node, computed once per node however many rules ask. */
  callAt(node: SyntaxNode): CallInfo;
  /** The slicer's PDG of a function node, built once per analysis; null for non-functions or unsupported languages. */
  pdg(fn: SyntaxNode): Pdg | null;
  assignments(scope: SyntaxNode): Assignment[];
  /** The assignments of `scope` that write `name`, in file order; indexed once per scope (long scripts ask per sink). */
  assignmentsTo(scope: SyntaxNode, name: string): Assignment[];
  /** Memo shared by helpers (e.g. taint sets per scope and rule). */
  memo: Map<string, unknown>;
  /** True on the second run of a strong-sink rule: parameters of top-level functions are sources too. */
  parameterSources?: boolean;
}

/** The same tree and caches, with parameter sources on and a memo of its own (taint sets differ). */
export function withParameterSources(ctx: RuleContext): RuleContext {
  return { ...ctx, memo: new Map(), parameterSources: true };
}

/** Per language: local names of imported modules and functions, so callees read as their qualified names. */
const CALLEE_ALIASES: Partial<Record<Language, (root: SyntaxNode) => Map<string, string>>> = {
  python: pythonImportAliases,
};

/**
 * `queries`: the rule queries this analysis will ask for; run together in one pass over the tree on the first
 * `matches` call when the parser supports it (one pass per query made query time grow with the rule count).
 */
export function createRuleContext(tree: ParsedTree, code: string, queries: readonly string[] = []): RuleContext {
  const queryCache = new Map<string, QueryMatch[]>();
  let pending = tree.matchesEach && queries.length > 1 ? [...new Set(queries)] : [];
  const assignmentCache = new Map<number, Assignment[]>();
  const assignmentsByName = new Map<number, Map<string, Assignment[]>>();
  const callCache = new Map<string, CallInfo>();
  const callByObject = new WeakMap<SyntaxNode, CallInfo>();
  const pdgCache = new Map<string, Pdg | null>();
  let calls: CallInfo[] | null = null;
  const callsByPattern = new Map<RegExp, CallInfo[]>();
  const scopeCallsByPattern = new Map<RegExp, Map<string, CallInfo[]>>();
  // Calls grouped by scope: rules asked "which calls are in this function" per function and rule,
  // each time filtering every call in the file, which made analysis quadratic in file length.
  let callsByScope: Map<string, CallInfo[]> | null = null;
  let callsByName: Map<string, CallInfo[]> | null = null;
  let byStart: { start: number; end: number; call: CallInfo }[] | null = null;
  const spanKey = (n: SyntaxNode): string => `${n.startIndex}:${n.endIndex}:${n.type}`;
  let aliases: Map<string, string> | null = null;
  const qualify = (info: CallInfo): CallInfo => {
    const readAliases = CALLEE_ALIASES[tree.language];
    if (!readAliases) return info;
    aliases ??= readAliases(tree.root);
    const name = qualifyCallee(info.name, aliases);
    return name === info.name ? info : { ...info, name };
  };
  const ctx: RuleContext = {
    language: tree.language,
    code,
    root: tree.root,
    memo: new Map(),
    matches(query) {
      if (pending.length > 0 && tree.matchesEach) {
        const each = tree.matchesEach(pending);
        pending.forEach((q, i) => queryCache.set(q, each[i] ?? []));
        pending = [];
      }
      let found = queryCache.get(query);
      if (!found) {
        found = tree.matches(query);
        queryCache.set(query, found);
      }
      return found;
    },
    calls() {
      calls ??= ctx
        .matches(callQuery(tree.language))
        .flatMap((m) => m.captures)
        .map((c) => ctx.callAt(c.node));
      return calls;
    },
    callsMatching(pattern) {
      let found = callsByPattern.get(pattern);
      if (!found) {
        found = ctx.calls().filter((call) => pattern.test(call.name));
        callsByPattern.set(pattern, found);
      }
      return found;
    },
    callsNamed(name) {
      if (!callsByName) {
        callsByName = new Map();
        for (const call of ctx.calls()) {
          const list = callsByName.get(call.name);
          if (list) list.push(call);
          else callsByName.set(call.name, [call]);
        }
      }
      return callsByName.get(name) ?? [];
    },
    callsIn(scope) {
      if (!callsByScope) {
        callsByScope = new Map();
        for (const call of ctx.calls()) {
          const key = spanKey(scopeOf(call.node));
          const list = callsByScope.get(key);
          if (list) list.push(call);
          else callsByScope.set(key, [call]);
        }
      }
      return callsByScope.get(spanKey(scope)) ?? [];
    },
    callsInMatching(scope, pattern) {
      let byScope = scopeCallsByPattern.get(pattern);
      if (!byScope) scopeCallsByPattern.set(pattern, (byScope = new Map()));
      const key = spanKey(scope);
      let found = byScope.get(key);
      if (!found) {
        found = ctx.callsIn(scope).filter((call) => pattern.test(call.last));
        byScope.set(key, found);
      }
      return found;
    },
    callsWithin(start, end) {
      byStart ??= ctx
        .calls()
        .map((call) => ({ start: call.node.startIndex, end: call.node.endIndex, call }))
        .sort((a, b) => a.start - b.start);
      let lo = 0,
        hi = byStart.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((byStart[mid]?.start ?? Infinity) < start) lo = mid + 1;
        else hi = mid;
      }
      const found: CallInfo[] = [];
      for (let i = lo; i < byStart.length; i += 1) {
        const entry = byStart[i];
        if (!entry || entry.start > end) break;
        if (entry.end <= end) found.push(entry.call);
      }
      return found;
    },
    callAt(node) {
      // Rules sharing a query get the same node objects from the cached matches: looking those up by
      // identity first saves the three wasm calls a span key costs, once per call node per call rule.
      let found = callByObject.get(node);
      if (found) return found;
      const key = spanKey(node);
      found = callCache.get(key);
      if (!found) {
        found = qualify(callInfo(node));
        callCache.set(key, found);
      }
      callByObject.set(node, found);
      return found;
    },
    pdg(fn) {
      const spec = findLanguageSpec(tree.language)?.slicing;
      if (!spec || !FUNCTION_TYPES.has(fn.type)) return null;
      const key = spanKey(fn);
      if (!pdgCache.has(key)) pdgCache.set(key, buildPdg(fn, spec, false));
      return pdgCache.get(key) ?? null;
    },
    assignments(scope) {
      let found = assignmentCache.get(scope.startIndex * 1e7 + scope.endIndex);
      if (!found) {
        found = assignmentsIn(scope);
        assignmentCache.set(scope.startIndex * 1e7 + scope.endIndex, found);
      }
      return found;
    },
    assignmentsTo(scope, name) {
      const key = scope.startIndex * 1e7 + scope.endIndex;
      let byName = assignmentsByName.get(key);
      if (!byName) {
        byName = new Map();
        for (const a of ctx.assignments(scope))
          for (const n of new Set(a.names)) {
            const list = byName.get(n);
            if (list) list.push(a);
            else byName.set(n, [a]);
          }
        assignmentsByName.set(key, byName);
      }
      return byName.get(name) ?? [];
    },
  };
  return ctx;
}
