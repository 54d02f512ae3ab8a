// CWE-185 incorrect regular expression: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { asciiGapRange, patternText, unescapedHostDot } from './cwe185IncorrectRegex';

const CASES: RuleCase[] = [
  [
    'js-incorrect-regex',
    'javascript',
    'const ok = (u) => /^https:\\/\\/api.example.com\\//.test(u);\n',
    'const ok = (u) => /^https:\\/\\/api\\.example\\.com\\//.test(u);\n',
  ],
  ['js-incorrect-regex', 'typescript', 'const NAME = /^[A-z]+$/;\n', 'const NAME = /^[A-Za-z]+$/;\n'],
  [
    'incorrect-regex',
    'python',
    'import re\ndef ok(host):\n    return re.fullmatch(r"(www.)?shop.example.com", host)\n',
    'import re\ndef ok(host):\n    return re.fullmatch(r"(www\\.)?shop\\.example\\.com", host)\n',
  ],
  [
    'incorrect-regex',
    'java',
    'class A { boolean ok(String h) { return java.util.regex.Pattern.matches("^([a-z]+[.])?example.com$", h); } }\n',
    'class A { boolean ok(String h) { return java.util.regex.Pattern.matches("^([a-z]+[.])?example\\\\.com$", h); } }\n',
  ],
  [
    'incorrect-regex',
    'go',
    'package a\n\nimport "regexp"\n\nvar host = regexp.MustCompile(`^cdn.example.net$`)\n',
    'package a\n\nimport "regexp"\n\nvar host = regexp.MustCompile(`^cdn\\.example\\.net$`)\n',
  ],
];

describeRuleCases('CWE-185 incorrect regular expression', CASES);

describe('CWE-185 pattern checks', () => {
  it('reads patterns out of literals', () => {
    expect(patternText('/a.b/i')).toBe('a.b');
    expect(patternText('r"a\\.b"')).toBe('a\\.b');
    expect(patternText('"a\\\\.b"')).toBe('a\\.b');
  });
  it('finds unescaped host dots but not escaped ones, class members or wildcards', () => {
    expect(unescapedHostDot('^https://example.com/')).toBe(true);
    expect(unescapedHostDot('^https://example\\.com/')).toBe(false);
    expect(unescapedHostDot('[.]com')).toBe(false);
    expect(unescapedHostDot('^.*$')).toBe(false);
    expect(unescapedHostDot('^\\w+.community$')).toBe(false);
  });
  it('finds the A-z range only', () => {
    expect(asciiGapRange('[A-z0-9]')).toBe(true);
    expect(asciiGapRange('[A-Za-z]')).toBe(false);
  });
});
