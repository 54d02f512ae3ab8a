// CWE-1333 inefficient regular expressions (ReDoS): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { describe, expect, it } from 'vitest';
import { nestedQuantifier } from './cwe1333Redos';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'regex-injection',
    'python',
    'import re\nfrom flask import request\ndef f():\n    return re.search(request.args["p"], "x")\n',
    'import re\nfrom flask import request\ndef f():\n    return re.search(re.escape(request.args["p"]), "x")\n',
  ],
  [
    'regex-injection',
    'java',
    'class C {\n  boolean ok(javax.servlet.http.HttpServletRequest req, String name) {\n    return name.matches(req.getParameter("p"));\n  }\n}\n',
    'class C {\n  boolean ok(javax.servlet.http.HttpServletRequest req, String hash) {\n    return encoder.matches(req.getParameter("p"), hash);\n  }\n}\n',
    { name: 'String.matches takes one argument; PasswordEncoder.matches(raw, hash) is no regex' },
  ],
  ['redos-nested-quantifier', 'javascript', 'const RE = /^(\\w+\\s?)*$/;\n', 'const RE = /^\\w+(?: \\w+)*$/;\n'],
  [
    'redos-nested-quantifier',
    'java',
    'import java.util.regex.Pattern;\nclass H { static final Pattern P = Pattern.compile("^([a-z0-9]+\\\\.?)+$"); }\n',
    'import java.util.regex.Pattern;\nclass H { static final Pattern P = Pattern.compile("^(?:[a-z0-9]{1,63}\\\\.){1,10}$"); }\n',
    { name: 'escaped dot in a Java string' },
  ],
  [
    'cpp-regex-nested-quantifier',
    'cpp',
    '#include <regex>\nbool ok(const std::string &s) { return std::regex_match(s, std::regex("^(\\\\w+\\\\s?)+$")); }\n',
    '#include <regex>\nbool ok(const std::string &s) { return std::regex_match(s, std::regex("^\\\\w+(\\\\s\\\\w+)*$")); }\n',
    { requireCleanParse: true },
  ],
  [
    'cpp-regex-nested-quantifier',
    'cpp',
    '#include <regex>\nstatic const std::regex r(R"(^(a|b+)*(x+)+$)");\n',
    '#include <regex>\nstatic const std::string label("(x+)+ is a bad pattern");\n',
    { requireCleanParse: true },
  ],
  [
    'cs-regex-no-timeout',
    'csharp',
    m('return Regex.IsMatch(s, @"^(\\w+\\s?)+$");'),
    m('return Regex.IsMatch(s, @"^(\\w+\\s?)+$", RegexOptions.None, TimeSpan.FromMilliseconds(100));'),
    { requireCleanParse: true },
  ],
  [
    'cpp-regex-from-input',
    'cpp',
    'bool found(const std::string &pattern, const std::string &text) {\n  std::regex re(pattern);\n  return std::regex_search(text, re);\n}\n',
    'bool found(const std::string &pattern, const std::string &text) {\n  return text.find(pattern) != std::string::npos;\n}\n',
    { name: 'a declaration from a parameter' },
  ],
  [
    'cpp-regex-from-input',
    'cpp',
    'int main() {\n  std::string p;\n  std::getline(std::cin, p);\n  return std::regex_match("abc", std::regex(p)) ? 0 : 1;\n}\n',
    'int main() {\n  std::string p;\n  std::getline(std::cin, p);\n  return std::regex_match(p, std::regex("[a-z]+")) ? 0 : 1;\n}\n',
    { name: 'a temporary regex from stdin vs a literal pattern' },
  ],
  [
    'cpp-regex-from-input',
    'cpp',
    'bool found(const std::string &word, const std::string &text) {\n  std::string p = "\\\\b" + word + "\\\\b";\n  std::regex re(p);\n  return std::regex_search(text, re);\n}\n',
    'bool found(const std::string &word, const std::string &text) {\n  std::string p = escape_regex(word);\n  std::regex re(p);\n  return std::regex_search(text, re);\n}\n',
    { name: 'a pattern built from a parameter vs escaped first' },
  ],
  [
    'rust-backtracking-regex-from-input',
    'rust',
    'async fn grep(Query(q): Query<Grep>) -> String {\n    let re = fancy_regex::Regex::new(&q.pattern).unwrap();\n    re.is_match(&q.text).unwrap().to_string()\n}\n',
    'async fn grep(Query(q): Query<Grep>) -> String {\n    let re = regex::Regex::new(&q.pattern).unwrap();\n    re.is_match(&q.text).to_string()\n}\n',
    { name: 'fancy_regex backtracks; the regex crate is linear-time', requireCleanParse: true },
  ],
  [
    'regex-injection',
    'php',
    '<?php\n$word = $_GET["word"];\nif (preg_match("/" . $word . "/i", $text)) {\n    echo "found";\n}\n',
    '<?php\n$word = $_GET["word"];\nif (preg_match("/" . preg_quote($word, "/") . "/i", $text)) {\n    echo "found";\n}\n',
    { name: 'PHP preg_match over a request pattern; preg_quote' },
  ],
];

describeRuleCases('CWE-1333 inefficient regular expressions (ReDoS)', CASES);

describe('nestedQuantifier', () => {
  it('tells nested quantifiers from repeated groups with a mandatory separator', () => {
    expect(nestedQuantifier('(a+)+$')).toBe(true);
    expect(nestedQuantifier('^\\w+(?:,\\w+)*$')).toBe(false);
  });
});
