// CWE-789 memory allocated with an excessive size: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';
import { inputDerived } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';

const meta = { cwe: 'CWE-400', severity: 'warning' as const };

export const peerSizedAllocation = callRule({
  ...meta,
  id: 'c-peer-sized-allocation',
  cwe: 'CWE-789',
  languages: ['c', 'cpp'],
  message: 'An allocation is sized by a length received from the peer with no upper limit.',
  fix: 'Reject lengths above a protocol maximum before allocating.',
  callee: { c: /^(malloc|calloc|realloc)$/, cpp: /^(std::)?(malloc|calloc|realloc)$/ },
  when: (call, ctx) => {
    const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
    if (size?.type !== 'identifier') return false;
    const fromWire = new RegExp(`\\b${size.text}\\s*=\\s*(ntohl|ntohs|be32toh|be64toh|le32toh)\\s*\\(`).test(
      scopeOf(call.node).text,
    );
    return (fromWire || inputDerived(size.text, call.node, ctx)) && !guardedByComparison(call.node, [size.text], ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe789AllocationSize: readonly Rule[] = [peerSizedAllocation];
