// CWE-470 unsafe reflection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isTainted } from '../ruleHelpers';

export const pyUnsafeReflection = callRule({
  id: 'py-unsafe-reflection',
  cwe: 'CWE-470',
  severity: 'error',
  languages: ['python'],
  message:
    'Outside input chooses which module to import or which attribute to call; an attacker can reach code that was never meant to be exposed.',
  fix: 'Map the accepted names to the modules or functions explicitly (a dict of allowed handlers) and reject others.',
  callee: { python: /^(importlib\.import_module|__import__|getattr)$/ },
  // getattr(obj, name): the name is the second argument; the imports take the module name first.
  when: (call, ctx) => {
    const name = call.name === 'getattr' ? call.args[1] : (call.args[0] ?? call.keywords.get('name'));
    return name !== undefined && name.type !== 'string' && isTainted(name, ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe470UnsafeReflection: readonly Rule[] = [pyUnsafeReflection];
