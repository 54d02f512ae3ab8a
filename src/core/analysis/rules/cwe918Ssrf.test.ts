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
];

describeRuleCases('CWE-918 server-side request forgery', CASES);
