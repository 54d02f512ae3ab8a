// CWE-98 PHP remote/local file inclusion: include/require of a path taken from the request, which runs any PHP file
// the attacker names (or, with allow_url_include, a remote one).
import type { QueryRule, Rule, TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import { namedChildren, scopeOf } from '../walk';
import { guardedSink } from '../guardedSink';

const INCLUDE_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /^(intval|basename)$/ };

/** An allow-list test of the value before the include: in_array, array_key_exists, a match or switch over pages. */
const ALLOW_LIST =
  /\bin_array\s*\(|\barray_key_exists\s*\(|\bisset\s*\(\s*\$[A-Z_]*[A-Za-z_]*\[|\bpreg_match\s*\(|\bmatch\s*\(|\bswitch\s*\(/;

export const phpIncludeFromRequest: QueryRule = {
  id: 'php-include-from-request',
  cwe: 'CWE-98',
  severity: 'error',
  languages: ['php'],
  message:
    'include/require loads a file named by the request, so any PHP file on the server (or a remote URL) can be run.',
  fix: 'Map the request value to a fixed file with an allow-list (in_array against known page names, or a match) and include only that.',
  kind: 'query',
  query: {
    php: '[(include_expression) (include_once_expression) (require_expression) (require_once_expression)] @hit',
  },
  predicate: ({ hit }, ctx) =>
    !!hit &&
    exprTainted(hit, INCLUDE_TAINT, ctx, taintOf(hit, 'php-include-from-request', INCLUDE_TAINT, ctx)) &&
    !ALLOW_LIST.test(scopeOf(hit).text) &&
    // The path fixes (realpath then a prefix check, basename) guard an include like any path sink; it is no call,
    // so the guard step that runs on call findings is asked here.
    !['checked', 'sanitised'].includes(guardedSink(hit, namedChildren(hit), 'CWE-98', 'php', ctx) ?? ''),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe098FileInclusion: readonly Rule[] = [phpIncludeFromRequest];
