// CWE-601: redirects to a location taken from the request without checking where it points.
import type { TaintRule } from '../Rule';
import { REQUEST_SOURCES } from '../sources';

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
        },
      ],
      javascript: [{ callee: /^res\.redirect$|^(window\.)?location\.(assign|replace)$/ }],
      typescript: [{ callee: /^res\.redirect$|^(window\.)?location\.(assign|replace)$/ }],
      java: [{ callee: /\.sendRedirect$/ }],
      go: [{ callee: /^http\.Redirect$/, args: [2] }],
      php: [{ callee: /^header$/, args: [0], when: (c) => /location/i.test(c.args[0]?.text ?? '') }],
    },
    sanitizers: /(^|\.)(url_for|reverse|int|parseInt)$/,
    guard:
      /url_has_allowed_host_and_scheme|is_safe_url|is_safe_redirect|\.netloc|urlparse|urlsplit|ALLOWED_(HOSTS|DOMAINS)|allowlist|whitelist|new URL\(|\.host(name)?\s*[!=]==?|url\.Parse|parse_url/i,
  },
};
