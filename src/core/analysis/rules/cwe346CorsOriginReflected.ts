// CWE-346 origin validation error: a server that echoes the request's Origin back in Access-Control-Allow-Origin
// and allows credentials lets every site read its authenticated responses from the visitor's browser.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { checkedBeforeUse } from '../validationGuard';
import { codeMentions } from '../codeMentions';
import { scopeOf, walk } from '../walk';

const ALLOW_ORIGIN = /^["'`]access-control-allow-origin["'`]$/i;
/** The request's Origin header: Express/Node, Koa, fetch-style Request, Go net/http. */
const REQUEST_ORIGIN =
  /\b(req|request|ctx|c)\.(headers\.origin|headers\[["']origin["']\]|(get|header)\(\s*["']origin["']\s*\)|request\.header\.origin|headers\.get\(\s*["']origin["']\s*\))|\br\.Header\.Get\(\s*"Origin"\s*\)|\bc\.(GetHeader|Request\(\)\.Header\.Get)\(\s*"Origin"\s*\)/i;
/** The response allows credentials (cookies, HTTP auth) somewhere in the file. */
const ALLOWS_CREDENTIALS =
  /access-control-allow-credentials["'`]\s*,\s*["'`]?true|\bcredentials\s*:\s*true|AllowCredentials\s*:\s*true/i;

/** The value is the request's Origin, directly or through the locals it was assigned from (up to three hops). */
function requestOrigin(value: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  if (REQUEST_ORIGIN.test(value.text)) return true;
  if (value.type !== 'identifier' || depth >= 3) return false;
  return ctx
    .assignmentsTo(scopeOf(value), value.text)
    .some((a) => a.node.startIndex < value.startIndex && requestOrigin(a.value, ctx, depth + 1));
}

/** Tests of presence only (`origin`, `origin != ""`, `origin !== undefined`): no comparison with trusted origins. */
const presence = (name: string): RegExp =>
  new RegExp(
    `\\b${name}\\s*(!==?|==?)\\s*(""|''|null|undefined|nil)|(""|''|null|undefined|nil)\\s*(!==?|==?)\\s*${name}\\b`,
    'g',
  );

/** The condition tests the name in more than its presence: a look-up, a comparison, a membership. */
function comparesName(cond: SyntaxNode, name: string): boolean {
  const rest = cond.text.replace(presence(name), '');
  return new RegExp(`\\b${name}\\b`).test(rest.replace(new RegExp(`^[\\s(!]*${name}[\\s)]*$`), ''));
}

/**
 * An `if` around the header that compares the origin (`if allowed[origin]`, `ALLOWED.indexOf(origin) !== -1`), or
 * an earlier one that does and exits; an allow-list of any shape counts, presence tests do not.
 */
function originCompared(call: SyntaxNode, value: SyntaxNode): boolean {
  const names = [value.text];
  const scope = scopeOf(call);
  for (const n of walk(scope)) {
    if (n.type !== 'if_statement' || n.startIndex >= call.startIndex) continue;
    const cond = n.childForFieldName('condition');
    if (!cond || !names.some((name) => comparesName(cond, name))) continue;
    const then = n.childForFieldName('consequence');
    if (n.endIndex >= call.endIndex || (then && /\breturn\b|\bnext\s*\(/.test(then.text))) return true;
  }
  return false;
}

export const corsOriginReflected = callRule({
  id: 'cors-origin-reflected',
  cwe: 'CWE-346',
  severity: 'error',
  languages: ['javascript', 'typescript', 'go'],
  message:
    "The request's Origin is echoed in Access-Control-Allow-Origin while credentials are allowed, so any website can read this user's responses.",
  fix: 'Compare the Origin with a fixed allow-list of trusted origins and set the header only for those (and send Vary: Origin).',
  callee: {
    javascript: /\.(setHeader|set|header|append)$/,
    typescript: /\.(setHeader|set|header|append)$/,
    go: /\.(Set|Add)$/,
  },
  // The danger is the header's name with an unchecked value; the allow-list test is read below.
  guardable: false,
  when: (call, ctx) => {
    const [name, value] = call.args;
    if (!name || !value || !ALLOW_ORIGIN.test(name.text) || !requestOrigin(value, ctx)) return false;
    if (!codeMentions(ctx, ALLOWS_CREDENTIALS) || checkedBeforeUse(call.node, [value], ctx)) return false;
    return !(value.type === 'identifier' && originCompared(call.node, value));
  },
});

/** `cors({ origin: true, credentials: true })` or an origin callback that admits everything: the same reflection. */
export const corsMiddlewareAnyOrigin = callRule({
  id: 'cors-middleware-any-origin',
  cwe: 'CWE-346',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message:
    "The CORS middleware reflects every Origin while allowing credentials, so any website can read this user's responses.",
  fix: "Give `origin` a fixed list of trusted origins (origin: ['https://app.example.com']).",
  callee: { javascript: /^(cors|fastifyCors|\w+\.cors)$/, typescript: /^(cors|fastifyCors|\w+\.cors)$/ },
  guardable: false,
  when: (call) => {
    const options = call.args.find((a) => a.type === 'object')?.text ?? '';
    const reflects = /\borigin\s*:\s*(true|\/\.\*\/|\([^)]*\)\s*=>\s*\w+\(\s*null\s*,\s*true\s*\))/.test(options);
    return reflects && /\bcredentials\s*:\s*true/.test(options);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe346CorsOriginReflected: readonly Rule[] = [corsOriginReflected, corsMiddlewareAnyOrigin];
