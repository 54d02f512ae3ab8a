// CWE-863 incorrect authorisation: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { STRINGS, WEB, clientKey } from '../ruleParts/clientKey';
import type { SyntaxNode } from '../../languages/SyntaxTree';

const LANGS = ['javascript', 'typescript', 'python', 'java', 'go'] as const;

const IF = '(if_statement condition: (_) @cond) @hit';

/** The condition tests the request path against a literal prefix or equality. */
const RAW_PATH_TEST = new RegExp(
  [
    String.raw`\b(req|request)\.(path|url|originalUrl|baseUrl|path_info|full_path)\s*\.\s*(startsWith|startswith|endsWith|includes|indexOf|match)\s*\(`,
    String.raw`\b(req|request)\.(path|url|originalUrl|path_info)\s*(===?|!==?)\s*['"]/`,
    String.raw`\.(getRequestURI|getServletPath|getPathInfo)\(\)\s*\.\s*(startsWith|equals|contains|matches)\s*\(`,
    String.raw`strings\.(HasPrefix|Contains)\(\s*\w+\.URL\.Path\b`,
  ].join('|'),
);

/** A raw path test that is an inequality with a literal: `path != "/health"`. */
const PATH_INEQUALITY = /\b(req|request)\.(path|url|originalUrl|path_info)\s*!==?\s*['"]/g;
/** The branch refuses: raises, or answers 401/403. */
const REFUSES = /\braise\b|\bthrow\b|\b40[13]\b|Unauthori[sz]ed|Forbidden|FORBIDDEN|abort\s*\(/;

/**
 * `if not user and request.path != "/health": raise HTTPUnauthorized` exempts one exact path from a check that
 * refuses everything else: "/HEALTH" or "/health/" are refused too, so the test fails closed. Only inequalities count;
 * a prefix or an `==` test picks what gets checked, and its variants slip past.
 */
function failClosedExemption(cond: SyntaxNode, branch: SyntaxNode | null): boolean {
  const raw = cond.text.match(new RegExp(RAW_PATH_TEST.source, 'g')) ?? [];
  const exempt = cond.text.match(PATH_INEQUALITY) ?? [];
  return raw.length > 0 && raw.length === exempt.length && REFUSES.test(branch?.text.slice(0, 400) ?? '');
}

/** Normalising first (lower-casing, canonical paths) makes a prefix test meaningful. */
const NORMALISED = /toLowerCase|lower\(\)|equalsIgnoreCase|EqualFold|ToLower|normalize|path\.Clean|posix\.normpath/;

/** The guarded branch is an authorisation decision: a role test or a 401/403 answer. */
const DECISION =
  /\brole\b|\broles\b|is_?admin|isAdmin|is_staff|permission|authori[sz]|\b40[13]\b|forbidden|Forbidden|FORBIDDEN|Unauthorized/;

const ROLE_KEY = /^(x-)?(role|roles|admin|is_?admin|permissions?|privileges?|group|level)$/i;

export const roleFromClient: QueryRule = {
  id: 'role-from-client',
  cwe: 'CWE-863',
  severity: 'error',
  languages: [...WEB],
  kind: 'query',
  query: STRINGS,
  message: 'An authorisation decision uses a role or admin flag taken from a cookie or header the client controls.',
  fix: 'Look the role up server-side from the authenticated user (session or database), never from the request.',
  predicate: ({ hit }) => hit !== undefined && clientKey(hit, ROLE_KEY),
};

export const pathPrefixAuthorization: QueryRule = {
  id: 'path-prefix-authorization',
  cwe: 'CWE-863',
  severity: 'error',
  languages: [...LANGS],
  kind: 'query',
  query: { javascript: IF, typescript: IF, python: IF, java: IF, go: IF },
  message:
    'Access is decided by matching the raw request path; "/ADMIN", "/admin/" or encoded variants reach the route without the check.',
  fix: 'Attach the authorisation check to the routes themselves (router-level middleware or a decorator), not to a string test of the path.',
  predicate: ({ hit, cond }: Record<string, SyntaxNode | undefined>) => {
    if (!hit || !cond || !RAW_PATH_TEST.test(cond.text) || NORMALISED.test(cond.text)) return false;
    const branch = hit.childForFieldName('consequence') ?? hit.childForFieldName('body');
    if (failClosedExemption(cond, branch)) return false;
    return DECISION.test(cond.text) || DECISION.test(branch?.text.slice(0, 400) ?? '');
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe863Authorization: readonly Rule[] = [roleFromClient, pathPrefixAuthorization];
