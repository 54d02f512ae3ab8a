// CWE-390 in Go: `if err != nil { log.Println(err) }` with no return, and the function carries on with the zero
// value the failed call left behind. A finding when the function decides access or validity (its name says so, or the
// failing call is a security check); a note otherwise, since best-effort steps are sometimes logged and skipped.
import type { Captures, QueryRule } from '../../Rule';
import type { RuleContext } from '../../RuleContext';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { FindingTier } from '../../Finding';
import { namedChildren } from '../../walk';
import { isLogStatement } from './handlerShapes';
import { isSecurityCall } from './securityCalls';
import { VERDICT_NAME } from './exceptionFailsOpen';

function statementsOf(block: SyntaxNode): SyntaxNode[] {
  const list = namedChildren(block).find((c) => c.type === 'statement_list');
  return namedChildren(list ?? block).filter((s) => s.type !== 'comment');
}

function onlyLogs({ hit, err, block }: Captures): boolean {
  if (!hit || !err || !block || !/^err\w*$/.test(err.text)) return false;
  if (!/!=/.test(hit.childForFieldName('condition')?.text ?? '')) return false;
  if (hit.childForFieldName('alternative')) return false;
  const body = statementsOf(block);
  if (!body.length || !body.every(isLogStatement)) return false;
  // Something must run after the check for the zero value to be used.
  const parent = hit.parent;
  const siblings = parent ? namedChildren(parent) : [];
  return siblings.findIndex((s) => s.startIndex === hit.startIndex) < siblings.length - 1;
}

function tier({ hit }: Captures, ctx: RuleContext): FindingTier {
  let fn: SyntaxNode | null = hit?.parent ?? null;
  while (fn && fn.type !== 'function_declaration' && fn.type !== 'method_declaration') fn = fn.parent;
  if (VERDICT_NAME.test(fn?.childForFieldName('name')?.text ?? '')) return 'finding';
  const before = hit ? ctx.callsWithin(Math.max(0, hit.startIndex - 300), hit.startIndex) : [];
  return before.some((c) => isSecurityCall(c.name, c.last)) ? 'finding' : 'note';
}

export const goErrorLoggedOnly: QueryRule = {
  id: 'go-error-logged-only',
  cwe: 'CWE-390',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: {
    go: '(if_statement condition: (binary_expression left: (identifier) @err right: (nil)) consequence: (block) @block) @hit',
  },
  guardable: false,
  message:
    'The error is logged and the function carries on: the values the failed call should have produced are zero or stale, and the code below decides with them.',
  fix: 'Return (or otherwise stop) after handling the error: `if err != nil { return false, fmt.Errorf("...: %w", err) }`.',
  predicate: (captures) => onlyLogs(captures),
  tierOf: tier,
};
