// Shared rule helpers: path traversal taint rules and their guards.
import type { TaintRule, TaintSpec } from '../Rule';
import { ANY_SOURCES } from '../sources';
import { pathComponent } from './pyPathComponent';
import { QUERY_RESULT } from './queryResult';

export const meta = {
  cwe: 'CWE-22',
  severity: 'error' as const,
  message:
    'A file path comes from untrusted input; "../" or an absolute path reaches files outside the intended folder.',
  fix: 'Resolve the path (realpath/resolve/getCanonicalPath) and check it stays under the base folder, or keep only the base name.',
};

export const GUARD =
  /(realpath|abspath|normpath|resolve|getCanonicalPath|getCanonicalFile|normalize|toRealPath|filepath\.(Clean|Abs|Rel|EvalSymlinks)|canonicalize)\s*\([\s\S]*(startswith|startsWith|commonpath|is_relative_to|relative_to|HasPrefix|strncmp|strpos|str_starts_with|starts_with)|safe_join|filepath\.IsLocal|os\.path\.basename|secure_filename/;

/** Name-keeping and numeric calls, and rows a database call returns (a stored name, not the request's text). */
export const SANITIZERS = new RegExp(
  `(^|\\.|::)(secure_filename|basename|Base|getName|getFileName|int|Number|parseInt|intval|Atoi|safe_join|file_name|hexdigest)$|${QUERY_RESULT.source}`,
);

export function pathRule(
  id: string,
  languages: TaintRule['languages'],
  sinks: TaintSpec['sinks'],
  sources = ANY_SOURCES,
): TaintRule {
  return {
    ...meta,
    id,
    kind: 'taint',
    languages,
    taint: { sources, sinks, sanitizers: SANITIZERS, guard: GUARD, cleanValue: pathComponent },
  };
}
