// CWE-476 NULL pointer dereference (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';

export const javaNullLookup = callRule({
  id: 'java-null-lookup-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['java'],
  message:
    'A value that is null when absent (request parameter, header, map entry) is dereferenced or unboxed directly.',
  fix: 'Check for null (or use getOrDefault / Optional) before calling methods on the value or unboxing it.',
  callee: { java: /\.(getParameter|getHeader|getProperty|getenv|get)$/ },
  when: (call) => {
    const parent = call.node.parent;
    if (
      call.last !== 'get' &&
      parent?.type === 'method_invocation' &&
      parent.childForFieldName('object')?.startIndex === call.node.startIndex
    )
      return true;
    const decl = parent?.parent;
    return (
      call.last === 'get' &&
      parent?.type === 'variable_declarator' &&
      decl?.type === 'local_variable_declaration' &&
      /^(int|long|double|float|boolean|short|byte|char)$/.test(decl.childForFieldName('type')?.text ?? '')
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe476Web: readonly Rule[] = [javaNullLookup];
