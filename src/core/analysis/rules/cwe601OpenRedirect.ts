// CWE-601 open redirect: the analyser rules for this weakness, in registry order.
import type { Rule, TaintRule } from '../Rule';
import { REQUEST_SOURCES } from '../sources';
import { callRule } from '../callRule';
import { csFromInput } from '../ruleParts/csharpShape';
import { scopeOf } from '../walk';
import { redirectStaysOnSite } from '../ruleParts/redirectTarget';

export const openRedirect: TaintRule = {
  id: 'open-redirect',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php'],
  message: 'The redirect target comes from the request, so a link on this site can send users to any other site.',
  fix: 'Redirect only to relative paths or to hosts on an allowlist (parse the URL and check its host).',
  kind: 'taint',
  taint: {
    sources: REQUEST_SOURCES,
    sinks: {
      python: [
        {
          callee: /^(redirect|flask\.redirect|HttpResponseRedirect|RedirectResponse|HttpResponsePermanentRedirect)$/,
          args: [0],
          // "/users/" + name or f"/search?q={q}": input picks a path or a query value here, not another site.
          when: (call, ctx) => !redirectStaysOnSite(call.args[0], ctx),
        },
      ],
      javascript: [{ callee: /^res\.redirect$|^(window\.)?location\.(assign|replace)$/ }],
      typescript: [{ callee: /^res\.redirect$|^(window\.)?location\.(assign|replace)$/ }],
      java: [{ callee: /\.sendRedirect$/ }],
      go: [{ callee: /^http\.Redirect$/, args: [2] }],
      php: [{ callee: /^header$/, args: [0], when: (c) => /location/i.test(c.args[0]?.text ?? '') }],
    },
    sanitizers: /(^|\.)(url_for|reverse|int|parseInt)$/,
    // Python's URL checks (`url_has_allowed_host_and_scheme`, a compared `urlparse(...).netloc`, helpers named
    // `is_safe_url`) are read by the guard pass on the value itself (guardShapes.ts); a `urlparse` call anywhere in
    // the function no longer silences the rule.
    guard: /ALLOWED_(HOSTS|DOMAINS)|allowlist|whitelist|new URL\(|\.host(name)?\s*[!=]==?|url\.Parse|parse_url/i,
  },
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

/** Every rule in this file, in the order the registry runs them. */
export const cwe601OpenRedirect: readonly Rule[] = [openRedirect, csOpenRedirect];
