// Shared rule helpers: taint rules for the secondary injections (LDAP, XPath, NoSQL, logs, headers, regex).
import type { RuleMeta, TaintRule, TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';

/** A taint rule from request data (or `sources`) into `sinks`; message and fix come in with the rule's metadata. */
export function injection(
  meta: Omit<RuleMeta, 'severity'>,
  sinks: TaintSpec['sinks'],
  sanitizers: RegExp,
  sources = REQUEST_SOURCES,
  cleanPaths?: RegExp,
): TaintRule {
  return { ...meta, severity: 'warning', kind: 'taint', taint: { sources, sinks, sanitizers, cleanPaths } };
}
