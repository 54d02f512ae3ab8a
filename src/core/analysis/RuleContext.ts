// Per-analysis context handed to rules: the tree, its calls and assignments, computed once and shared.
import type { Language } from '../task/Task';
import type { ParsedTree, QueryMatch, SyntaxNode } from '../languages/SyntaxTree';
import { callInfo, callQuery, type CallInfo } from './callInfo';
import { assignmentsIn, type Assignment } from './assignments';

export interface RuleContext {
  language: Language;
  code: string;
  root: SyntaxNode;
  matches(query: string): QueryMatch[];
  calls(): CallInfo[];
  assignments(scope: SyntaxNode): Assignment[];
  /** Memo shared by helpers (e.g. taint sets per scope and rule). */
  memo: Map<string, unknown>;
}

export function createRuleContext(tree: ParsedTree, code: string): RuleContext {
  const queryCache = new Map<string, QueryMatch[]>();
  const assignmentCache = new Map<number, Assignment[]>();
  let calls: CallInfo[] | null = null;
  const ctx: RuleContext = {
    language: tree.language,
    code,
    root: tree.root,
    memo: new Map(),
    matches(query) {
      let found = queryCache.get(query);
      if (!found) {
        found = tree.matches(query);
        queryCache.set(query, found);
      }
      return found;
    },
    calls() {
      calls ??= ctx.matches(callQuery(tree.language))
        .flatMap((m) => m.captures)
        .map((c) => callInfo(c.node));
      return calls;
    },
    assignments(scope) {
      let found = assignmentCache.get(scope.startIndex * 1e7 + scope.endIndex);
      if (!found) {
        found = assignmentsIn(scope);
        assignmentCache.set(scope.startIndex * 1e7 + scope.endIndex, found);
      }
      return found;
    },
  };
  return ctx;
}
