// CWE-89 SQL injection (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-sql-formatted',
    'rust',
    rust('fn f(c: &Connection, n: &str) { c.execute(&format!("DELETE FROM t WHERE n = \'{}\'", n), []).ok(); }'),
    rust('fn f(c: &Connection, n: &str) { c.execute("DELETE FROM t WHERE n = ?1", [n]).ok(); }'),
    { cwe: 'CWE-89' },
  ],
];

describeRuleCases('CWE-89 SQL injection (Native rules)', CASES);
