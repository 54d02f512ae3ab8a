// CWE-476 NULL pointer dereference (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import type { RuleContext } from '../../RuleContext';
import { javaDeclaredType } from '../../ruleParts/javaDeclaredType';

/** Types whose `get(key)` answers null for a missing key: maps, property and header tables, caches. */
const KEYED_TYPE = /Map\b|Map<|Properties|Hashtable|Dictionary|Cache|Bindings|Table\b|Table</;

/**
 * `x.get(key)` can be a missing map entry: `Map.get` takes one argument (`buf.get()`, `fields.get(name, fallback)`
 * are other APIs), and a receiver declared in view as a buffer, a calendar or a list returns no null for absence.
 */
function mayBeMissingEntry(call: CallInfo, ctx: RuleContext): boolean {
  if (call.args.length !== 1) return false;
  const receiver = /^(.*)\.get$/.exec(call.name)?.[1] ?? '';
  if (!/^(this\.)?\w+$/.test(receiver)) return true;
  const type = javaDeclaredType(receiver, call.node, ctx);
  return type === undefined || type === 'var' || KEYED_TYPE.test(type);
}

/** `getProperty(key, fallback)` / `getOrDefault`-style calls answer the fallback, never null. */
function hasFallback(call: CallInfo): boolean {
  return call.last === 'getProperty' && call.args.length === 2;
}

export const javaNullLookup = callRule({
  id: 'java-null-lookup-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['java'],
  message:
    'A value that is null when absent (request parameter, header, map entry) is dereferenced or unboxed directly.',
  fix: 'Check for null (or use getOrDefault / Optional) before calling methods on the value or unboxing it.',
  callee: { java: /\.(getParameter|getHeader|getProperty|getenv|get)$/ },
  when: (call, ctx) => {
    const parent = call.node.parent;
    if (
      call.last !== 'get' &&
      !hasFallback(call) &&
      parent?.type === 'method_invocation' &&
      parent.childForFieldName('object')?.startIndex === call.node.startIndex
    )
      return true;
    const decl = parent?.parent;
    return (
      call.last === 'get' &&
      mayBeMissingEntry(call, ctx) &&
      parent?.type === 'variable_declarator' &&
      decl?.type === 'local_variable_declaration' &&
      /^(int|long|double|float|boolean|short|byte|char)$/.test(decl.childForFieldName('type')?.text ?? '')
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe476Web: readonly Rule[] = [javaNullLookup];
