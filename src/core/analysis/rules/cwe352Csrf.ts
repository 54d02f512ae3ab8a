// CWE-352 cross-site request forgery: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, RuleMeta } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { csAttributeRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import { MUTATING_VERB, actionOf, attributeNames } from '../ruleParts/csController';

const meta: Pick<RuleMeta, 'severity' | 'languages'> = { severity: 'warning', languages: ['csharp'] };

export const pyCsrfExempt: QueryRule = {
  id: 'py-csrf-disabled',
  cwe: 'CWE-352',
  severity: 'warning',
  languages: ['python'],
  message: 'CSRF protection is switched off for a state-changing endpoint or the whole app.',
  fix: 'Keep CSRF protection on (CSRFProtect, Django middleware) and send the token with forms and fetches.',
  kind: 'query',
  query: { python: '[(decorator) @hit (assignment left: (_) @name right: (false)) @hit]' },
  predicate: ({ hit, name }) =>
    name
      ? /CSRF_ENABLED|WTF_CSRF_ENABLED|CSRF_CHECK/.test(name.text)
      : /csrf_exempt|csrf\.exempt/.test(hit?.text ?? ''),
};

export const sameSiteNone: QueryRule = {
  id: 'session-samesite-none',
  cwe: 'CWE-352',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'python', 'go'],
  kind: 'query',
  query: {
    javascript: '(pair key: (_) @k value: (string) @v) @hit',
    typescript: '(pair key: (_) @k value: (string) @v) @hit',
    python:
      '[(keyword_argument name: (identifier) @k value: (string) @v) (assignment left: (_) @k right: (string) @v)] @hit',
    go: '(selector_expression field: (field_identifier) @v) @hit',
  },
  message:
    'The session cookie is sent on cross-site requests (SameSite=None), so other sites can submit forms as the user.',
  fix: "Use SameSite 'strict' or 'lax' for session cookies and check a CSRF token or the Origin on state-changing routes.",
  predicate: ({ k, v }) =>
    v !== undefined &&
    (k === undefined ? v.text === 'SameSiteNoneMode' : /same_?site/i.test(k.text) && /^['"]none['"]$/i.test(v.text)),
};

export const csAntiforgeryIgnored: QueryRule = csAttributeRule(
  {
    ...meta,
    id: 'cs-antiforgery-ignored',
    cwe: 'CWE-352',
    message:
      'The antiforgery check is switched off for this endpoint, so another site can submit the form for the user.',
    fix: 'Remove [IgnoreAntiforgeryToken] and keep [ValidateAntiForgeryToken] (or AutoValidateAntiforgeryToken) on state-changing actions.',
  },
  /^IgnoreAntiforgeryToken$/,
);

export const csAntiforgeryDisabled = callRule({
  ...meta,
  id: 'cs-antiforgery-disabled',
  cwe: 'CWE-352',
  message: 'The endpoint opts out of antiforgery validation while accepting form posts.',
  fix: 'Keep antiforgery validation on form endpoints; remove DisableAntiforgery().',
  callee: { csharp: /\.DisableAntiforgery$/ },
});

const ANTIFORGERY = /^(ValidateAntiForgeryToken|AutoValidateAntiforgeryToken|IgnoreAntiforgeryToken)$/;

/**
 * A state-changing action of an MVC `Controller` (views and form posts, so cookie sessions) with no antiforgery
 * attribute on it or its class. MVC does not check tokens by default; a global AutoValidateAntiforgeryToken filter
 * named anywhere in the file counts. `[ApiController]`s (token-authenticated JSON APIs) are left out. A finding when
 * the controller or action requires a signed-in user ([Authorize]); a note otherwise.
 */
/** A global AutoValidateAntiforgeryToken filter named in the file, read once per analysis. */
function globalAntiforgery(ctx: RuleContext): boolean {
  const cached = ctx.memo.get('cs-global-antiforgery') as boolean | undefined;
  if (cached !== undefined) return cached;
  const found = /AutoValidateAntiforgery/.test(ctx.root.text);
  ctx.memo.set('cs-global-antiforgery', found);
  return found;
}

export const csFormPostWithoutAntiforgery: QueryRule = {
  ...meta,
  id: 'cs-form-post-without-antiforgery',
  cwe: 'CWE-352',
  message:
    'This form action changes state without an antiforgery check, so another site can submit it for a signed-in user.',
  fix: 'Add [ValidateAntiForgeryToken] to the action (or [AutoValidateAntiforgeryToken] to the controller or as a global filter).',
  kind: 'query',
  query: { csharp: '(attribute) @hit' },
  predicate: ({ hit }, ctx) => {
    const name = (hit?.childForFieldName('name') ?? hit?.namedChildren[0])?.text ?? '';
    const action = hit && MUTATING_VERB.test(name) ? actionOf(hit) : null;
    if (!action || !action.bases.includes('Controller')) return false;
    const own = [...attributeNames(action.method), ...attributeNames(action.controller)];
    return !own.some((a) => ANTIFORGERY.test(a) || a === 'ApiController') && !globalAntiforgery(ctx);
  },
  tierOf: ({ hit }) => {
    const action = hit ? actionOf(hit) : null;
    const own = action ? [...attributeNames(action.method), ...attributeNames(action.controller)] : [];
    return own.includes('Authorize') ? 'finding' : 'note';
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const javaCsrfDisabled = callRule({
  id: 'java-csrf-disabled',
  cwe: 'CWE-352',
  severity: 'warning',
  languages: ['java'],
  message: "Spring Security's CSRF protection is switched off, so other sites can submit forms as a signed-in user.",
  fix: 'Keep csrf() on for browser sessions; disable it only for stateless token-authenticated APIs (and say so).',
  // http.csrf().disable(), csrf(c -> c.disable()), csrf(AbstractHttpConfigurer::disable)
  callee: { java: /\.csrf\(\)\.disable$|\.csrf$/ },
  when: (call) =>
    call.name.endsWith('.disable') ||
    call.args.some((a) => /::disable$|->\s*\w+\.disable\(\)$/.test(a.text.replace(/\s+/g, ' ').trim())),
});

export const cwe352Csrf: readonly Rule[] = [
  pyCsrfExempt,
  sameSiteNone,
  csAntiforgeryIgnored,
  csAntiforgeryDisabled,
  csFormPostWithoutAntiforgery,
  javaCsrfDisabled,
];
