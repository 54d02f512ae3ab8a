// CWE-806 buffer access sized by the source buffer: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { declarationsOf } from '../cDeclarations';
import { capacityParameter, usesCapacity } from '../ruleParts/cDestinationCapacity';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';
import type { CallInfo } from '../callInfo';
import { allocatedWithLength, atomsOf } from '../cBoundsFacts';
import { callRule } from '../callRule';

const squash = (t: string): string => t.replace(/\s+/g, '');

/** Where each callee keeps its destination, source and bound. */
const SHAPE: Record<string, { bound: number; sources: number[] }> = {
  memcpy: { bound: 2, sources: [1] },
  strncpy: { bound: 2, sources: [1] },
  strlcpy: { bound: 2, sources: [1] },
  wcsncpy: { bound: 2, sources: [1] },
  snprintf: { bound: 1, sources: [3, 4, 5, 6, 7] },
  vsnprintf: { bound: 1, sources: [] },
};

/** Callees whose bound is meant to be the destination's capacity (memcpy's is the data length). */
const CAPACITY_BOUND = /^(strncpy|strlcpy|wcsncpy|snprintf|vsnprintf)$/;

/** `strlen(s)` (± a constant) where `s` is one of the call's sources: the measuring call's text, or null. */
function measuredSource(bound: SyntaxNode, sources: SyntaxNode[]): string | null {
  const m = /^\(?((?:strlen|wcslen)\((.+?)\))\)?(?:[+-]\d+)?$/.exec(squash(bound.text));
  return m?.[1] !== undefined && sources.some((s) => squash(s.text) === m[2]) ? m[1] : null;
}

function boundFromSource(call: CallInfo, ctx: RuleContext): boolean {
  const name = call.name.replace(/^(::|std::)/, '');
  const shape = SHAPE[name];
  const dst = call.args[0];
  const bound = shape ? call.args[shape.bound] : undefined;
  if (!shape || !dst || !bound || /sizeof/.test(bound.text)) return false;
  const sources = shape.sources.map((i) => call.args[i]).filter((a): a is SyntaxNode => a !== undefined);
  const measured = measuredSource(bound, sources);
  if (measured !== null) {
    // Measured anywhere else (an allocation, a check, a saved length) the source length is probably accounted
    // for; the bug is the copy bound being the only place the source is measured.
    const uses = squash(scopeOf(call.node).text).split(measured).length - 1;
    return uses === 1 && !allocatedWithLength(dst, atomsOf(bound), ctx);
  }
  if (!CAPACITY_BOUND.test(name) || dst.type !== 'identifier') return false;
  const params = declarationsOf(call.node, ctx).filter((d) => d.parameter);
  if (!params.some((p) => p.name === dst.text && p.indirect)) return false;
  const capacity = capacityParameter(dst.text, params);
  return capacity !== undefined && !usesCapacity(bound, capacity, ctx);
}

export const cBoundFromSource = callRule({
  id: 'c-bound-from-source',
  cwe: 'CWE-806',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The copy bound is taken from the source (or ignores the destination size the caller passed), so a long source overruns the destination.',
  fix: 'Bound the copy by the destination: sizeof a local array, or the size parameter that comes with the buffer.',
  callee: {
    c: /^(memcpy|strncpy|strlcpy|wcsncpy|snprintf|vsnprintf)$/,
    cpp: /^(::|std::)?(memcpy|strncpy|strlcpy|wcsncpy|snprintf|vsnprintf)$/,
  },
  when: boundFromSource,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe806SourceSizedAccess: readonly Rule[] = [cBoundFromSource];
