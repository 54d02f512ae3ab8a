// CWE-601 open redirect: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, TaintRule } from '../Rule';
import { isRequestTainted } from '../ruleHelpers';
import { REQUEST_SOURCES } from '../sources';
import { callRule } from '../callRule';
import { csFromInput } from '../ruleParts/csharpShape';
import { scopeOf } from '../walk';
import { redirectKeepsTarget, redirectStaysOnSite } from '../ruleParts/redirectTarget';
import { javaHandlerMethod } from '../ruleParts/javaHandler';

const JS_REDIRECT =
  /^(res|ctx|reply|response|c)\.redirect$|^(Next)?Response\.redirect$|^(window\.)?location\.(assign|replace)$/;

export const openRedirect: TaintRule = {
  id: 'open-redirect',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'rust'],
  message: 'The redirect target comes from the request, so a link on this site can send users to any other site.',
  fix: 'Redirect only to relative paths or to hosts on an allowlist (parse the URL and check its host).',
  kind: 'taint',
  taint: {
    sources: REQUEST_SOURCES,
    sinks: {
      python: [
        {
          // Flask/Django/Bottle `redirect`, Starlette `RedirectResponse`, aiohttp `web.HTTPFound(url)`, Tornado `self.redirect`.
          callee:
            /^(redirect|flask\.redirect|bottle\.redirect|self\.redirect|HttpResponseRedirect|RedirectResponse|HttpResponsePermanentRedirect|(web\.)?HTTP(Found|SeeOther|MovedPermanently|TemporaryRedirect|PermanentRedirect))$/,
          args: [0],
          // "/users/" + name or f"/search?q={q}": input picks a path or a query value here, not another site.
          when: (call, ctx) => !redirectStaysOnSite(call.args[0], ctx),
        },
      ],
      // Express `res.redirect`, Koa `ctx.redirect`, Fastify `reply.redirect`, Hono `c.redirect`, Next `NextResponse.redirect`.
      // The target is the last argument (`res.redirect(302, url)`); a constant path in front of the input keeps it here.
      javascript: [{ callee: JS_REDIRECT, when: (call, ctx) => !redirectKeepsTarget(call.args.at(-1), ctx) }],
      typescript: [{ callee: JS_REDIRECT, when: (call, ctx) => !redirectKeepsTarget(call.args.at(-1), ctx) }],
      // Servlets, Spring's `RedirectView` and a `ModelAndView("redirect:" + url)`.
      java: [
        { callee: /\.sendRedirect$|^new RedirectView$/, args: [0] },
        { callee: /^new ModelAndView$/, args: [0], when: (c) => /^"redirect:/.test(c.args[0]?.text ?? '') },
      ],
      // net/http, then gin and echo `c.Redirect(code, url)` and fiber `c.Redirect(url)`.
      go: [
        { callee: /^http\.Redirect$/, args: [2], when: (call, ctx) => !redirectKeepsTarget(call.args[2], ctx) },
        { callee: /^(c|ctx)\.Redirect$/, args: [0, 1] },
      ],
      php: [{ callee: /^header$/, args: [0], when: (c) => /location/i.test(c.args[0]?.text ?? '') }],
      // axum/rocket `Redirect::to(..)`, actix `.append_header((LOCATION, ..))`, hyper/http `.header(LOCATION, ..)`.
      rust: [
        { callee: /(^|::)Redirect::(to|temporary|permanent|see_other|found|moved)$/, args: [0] },
        { callee: /\.(append_header|insert_header)$/, args: [0], when: (c) => /location/i.test(c.args[0]?.text ?? '') },
        {
          callee: /\.header$/,
          args: [1],
          when: (c) => /^(header::)?LOCATION$|^"location"$/i.test(c.args[0]?.text ?? ''),
        },
      ],
    },
    sanitizers: /(^|\.)(url_for|reverse|int|parseInt)$/,
    // Python's URL checks (`url_has_allowed_host_and_scheme`, a compared `urlparse(...).netloc`, helpers named
    // `is_safe_url`) are read by the guard pass on the value itself (guardShapes.ts); a `urlparse` call anywhere in
    // the function no longer silences the rule.
    guard:
      /ALLOWED_(HOSTS|DOMAINS)|allowlist|whitelist|new URL\(|\.host(name)?\s*[!=]==?|url\.Parse|parse_url|host_str\(\)/i,
  },
};

/** A Spring `@Controller` method returning `"redirect:" + target` with the target from the request. */
export const javaRedirectViewName: QueryRule = {
  id: 'java-redirect-view-name',
  cwe: openRedirect.cwe,
  severity: openRedirect.severity,
  message: openRedirect.message,
  fix: openRedirect.fix,
  languages: ['java'],
  kind: 'query',
  query: { java: '(return_statement (binary_expression left: (string_literal) @prefix) @value) @hit' },
  predicate: ({ hit, prefix, value }, ctx) =>
    !!hit &&
    !!value &&
    /^"redirect:"$/.test(prefix?.text ?? '') &&
    javaHandlerMethod(hit) !== null &&
    isRequestTainted(value, ctx),
};

export const csOpenRedirect = callRule({
  id: 'cs-open-redirect',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['csharp'],
  message: 'The redirect target comes from the request and is not checked to be local.',
  fix: 'Use LocalRedirect(url) or check Url.IsLocalUrl(url) and fall back to a fixed page.',
  callee: {
    csharp: /^(Redirect|RedirectPermanent|RedirectPreserveMethod)$|(^|\.)Response\.Redirect$|^Results\.Redirect$/,
  },
  when: (call) => csFromInput(call.args[0]) && !/IsLocalUrl\(|\.StartsWith\(['"]\/['"]\)/.test(scopeOf(call.node).text),
});

const LOCATION_WRITE = '(assignment_expression left: (_) @target right: (_) @value) @hit';

/** Browser code that navigates to a URL taken from the page's own address (`?next=`, `#url`): DOM open redirect. */
export const jsLocationAssignment: QueryRule = {
  id: 'js-location-assignment',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: { javascript: LOCATION_WRITE, typescript: LOCATION_WRITE },
  message:
    'The page navigates to an address read from its own URL, so a crafted link sends users to any site (or runs a javascript: URL).',
  fix: 'Navigate only to relative paths or allow-listed hosts: parse with new URL(value, location.origin) and check its origin.',
  predicate: ({ target, value }, ctx) =>
    target !== undefined &&
    value !== undefined &&
    /^(window\.|document\.)?location(\.href)?$/.test(target.text) &&
    // An origin comparison, an allow-list or a relative-path prefix check before navigating is the usual fix.
    !/\.origin\b|allow|\.startsWith\(\s*['"`]\//i.test(scopeOf(target).text) &&
    isRequestTainted(value, ctx),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe601OpenRedirect: readonly Rule[] = [
  openRedirect,
  javaRedirectViewName,
  csOpenRedirect,
  jsLocationAssignment,
];
