// CWE-352 in Ruby on Rails: `skip_before_action :verify_authenticity_token` (or `skip_forgery_protection`) turns
// the CSRF token check off for a controller whose actions a browser session reaches. Controllers that authenticate
// each request by a token header or verify a webhook signature carry no ambient cookie authority and are skipped, as
// are skips limited by `if:`/`unless:`, whose condition the rule cannot judge.
import type { QueryRule, Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';

/** Token or signature authentication in the class: the request proves itself without the session cookie. */
const SELF_AUTHENTICATED =
  /authenticate_(or_request_)?with_http_token|HttpAuthentication::Token|doorkeeper_authorize!|headers\[["']Authorization["']\]|authorization\b.*Bearer|Webhook|webhook|signature/;

/** The skip sits in a class that does not authenticate requests by token or signature (or in no class). */
function cookieController(node: SyntaxNode): boolean {
  for (let cur = node.parent; cur; cur = cur.parent)
    if (cur.type === 'class') return !SELF_AUTHENTICATED.test(cur.text);
  return true;
}

const meta = {
  cwe: 'CWE-352',
  severity: 'warning' as const,
  languages: ['ruby' as const],
  message:
    "The CSRF token check is switched off for this controller, so a page on another site can submit its forms with the user's session cookie.",
  fix: 'Keep protect_from_forgery on and send the token from scripts (X-CSRF-Token from csrf_meta_tags); skip it only in controllers that authenticate by token header, not by cookie.',
  guardable: false,
};

export const rubyCsrfSkipped = callRule({
  ...meta,
  id: 'ruby-csrf-check-skipped',
  callee: { ruby: /^(skip_before_action|skip_forgery_protection)$/ },
  when: (call) => {
    if (call.last === 'skip_before_action' && call.args[0]?.text !== ':verify_authenticity_token') return false;
    if (call.keywords.has('if') || call.keywords.has('unless')) return false;
    return cookieController(call.node);
  },
});

/** `skip_forgery_protection` without arguments parses as a bare identifier, not a call. */
export const rubyBareCsrfSkip: QueryRule = {
  ...meta,
  id: 'ruby-csrf-protection-skipped',
  kind: 'query',
  query: { ruby: '((identifier) @hit (#eq? @hit "skip_forgery_protection"))' },
  predicate: ({ hit }) => !!hit && hit.parent?.type !== 'call' && cookieController(hit),
};

export const rubyCsrf: readonly Rule[] = [rubyCsrfSkipped, rubyBareCsrfSkip];
