// CWE-915 mass assignment of object attributes (Csharp rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { csParameters } from '../../ruleParts/csharpShape';

export const csMassAssignment = callRule({
  id: 'cs-mass-assignment',
  cwe: 'CWE-915',
  severity: 'warning',
  languages: ['csharp'],
  message:
    'Every bound property of the request model is copied onto the entity, including fields the user must not set.',
  fix: 'Copy the allowed fields one by one from a dedicated input model, or list them in TryUpdateModelAsync.',
  callee: { csharp: /\.SetValues$|^TryUpdateModel(Async)?$/ },
  when: (call) =>
    call.name.endsWith('SetValues') ? csParameters(call.node).has(call.args[0]?.text ?? '') : call.args.length === 1,
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe915Csharp: readonly Rule[] = [csMassAssignment];
