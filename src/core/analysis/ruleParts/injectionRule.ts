// Shared rule helpers: taint rules for the secondary injections (LDAP, XPath, NoSQL, logs, headers, regex).
import type { Language } from '../../task/Task';
import type { TaintRule, TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';

export function injection(
  id: string,
  cwe: string,
  message: string,
  fix: string,
  languages: Language[],
  sinks: TaintSpec['sinks'],
  sanitizers: RegExp,
  sources = REQUEST_SOURCES,
): TaintRule {
  return {
    id,
    cwe,
    severity: 'warning',
    message,
    fix,
    languages,
    kind: 'taint',
    taint: { sources, sinks, sanitizers },
  };
}
