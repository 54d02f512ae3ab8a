// CWE-918 server-side request forgery (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
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
    'rust-request-to-input-url',
    'rust',
    'async fn item(client: &Client, host: &str, id: &str) -> reqwest::Result<String> {\n    client.get(format!("https://{}/v2/items/{}", host, id)).send().await?.text().await\n}\n',
    'async fn item(client: &Client, id: &str) -> reqwest::Result<String> {\n    let url = format!("https://api.example.com/v2/items/{}", urlencoding::encode(id));\n    client.get(&url).send().await?.text().await\n}\n',
    {
      name: 'the host spliced in; only a path segment after our literal host',
      cwe: 'CWE-918',
      requireCleanParse: true,
    },
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

describeRuleCases('CWE-918 server-side request forgery (Native rules)', CASES);
