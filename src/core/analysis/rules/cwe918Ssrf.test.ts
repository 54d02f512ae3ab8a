// CWE-918 server-side request forgery: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'ssrf-request-url',
    'python',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get(request.args["url"]).text\n',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get("https://api.example.com/users/" + request.args["id"]).text\n',
  ],
  [
    'cs-ssrf',
    'csharp',
    m('return http.GetStringAsync(s);'),
    m('var u = new Uri(s); if (u.Host != "api.example.com") return null; return http.GetStringAsync(u);'),
    { requireCleanParse: true },
  ],
  [
    'rust-request-to-input-url',
    'rust',
    rust('async fn f(url: &str) { reqwest::get(url).await.ok(); }'),
    rust(
      'async fn f(url: &str) { let u = Url::parse(url).unwrap(); if u.host_str() == Some("a.example") { reqwest::get(u).await.ok(); } }',
    ),
    { cwe: 'CWE-918' },
  ],
  [
    'c-url-host-from-input',
    'c',
    'const char *target(char *url, size_t n, const char *tenant) {\n  snprintf(url, n, "https://%s.internal.example/api/status", tenant);\n  return url;\n}\n',
    'const char *target(char *url, size_t n, const char *tenant) {\n  snprintf(url, n, "https://api.example.com/tenants/%s/status", tenant);\n  return url;\n}\n',
    { name: 'host from a parameter vs a path segment', requireCleanParse: true },
  ],
  [
    'c-url-host-from-input',
    'c',
    'void target(char *url, size_t n, const char *host) {\n  snprintf(url, n, "http://%s.example.com/metrics", host);\n}\n',
    'void target(char *url, size_t n, const char *host) {\n  regex_t re;\n  regcomp(&re, "^[a-z0-9-]+$", REG_EXTENDED);\n  if (regexec(&re, host, 0, NULL, 0) != 0) return;\n  snprintf(url, n, "http://%s.example.com/metrics", host);\n}\n',
    { name: 'checked with regexec first' },
  ],
  [
    'c-url-host-from-input',
    'c',
    'int main(void) {\n  char url[256];\n  snprintf(url, sizeof url, "http://%s.svc.local/metrics", getenv("TARGET"));\n  return fetch(url);\n}\n',
    'void target(char *url, size_t n, const char *host) {\n  snprintf(url, n, "http://%s/metrics", host);\n}\n',
    { name: 'part of a host from the environment vs a whole host from the caller' },
  ],
  [
    'cpp-url-host-concat',
    'cpp',
    'std::string endpoint(const std::string &region) {\n  return "https://" + region + ".storage.example.com/v1";\n}\n',
    'std::string endpoint(const std::string &bucket) {\n  return "https://storage.example.com/v1/" + bucket;\n}\n',
  ],
];

describeRuleCases('CWE-918 server-side request forgery', CASES);
