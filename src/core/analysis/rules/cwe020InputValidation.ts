// CWE-20 improper input validation: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isTainted } from '../ruleHelpers';
import { comparesName } from '../pdgGuard';
import { scopeOf } from '../walk';
import { uncheckedNumericInput } from './cwe020UncheckedNumber';

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

/** Every rule in this file, in the order the registry runs them. */
export const cwe020InputValidation: readonly Rule[] = [atoiOnInput, uncheckedNumericInput];
