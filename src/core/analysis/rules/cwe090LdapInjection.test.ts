// CWE-90 LDAP injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'ldap-filter-unescaped',
    'java',
    'class G { String f(String uid) { String filter = "(uid=" + uid + ")"; return filter; } }',
    'class G { String f(String uid) { String filter = "(uid=" + escapeLdap(uid) + ")"; return filter; } }',
    { requireCleanParse: true },
  ],
  [
    'ldap-filter-unescaped',
    'javascript',
    'client.search(base, { filter: `(&(objectClass=user)(mail=${mail}))` }, done);\n',
    'client.search(base, { filter: `(&(objectClass=user)(mail=${escapeFilter(mail)}))` }, done);\n',
    { requireCleanParse: true },
  ],
  [
    'ldap-filter-unescaped',
    'go',
    'package a\nfunc f(cn string) string { return fmt.Sprintf("(&(objectClass=group)(cn=%s))", cn) }\n',
    'package a\nfunc f(cn string) string { return fmt.Sprintf("(&(objectClass=group)(cn=%s))", ldap.EscapeFilter(cn)) }\n',
    { requireCleanParse: true },
  ],
  [
    'cs-ldap-filter-built',
    'csharp',
    m('searcher.Filter = "(uid=" + s + ")"; return searcher;'),
    m('searcher.Filter = "(uid=" + LdapFilter.Escape(s) + ")"; return searcher;'),
    { requireCleanParse: true },
  ],
  [
    'cs-ldap-searcher-built',
    'csharp',
    m('return new DirectorySearcher(root, $"(cn={s})");'),
    m('return new DirectorySearcher(root, "(objectClass=group)");'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-90 LDAP injection', CASES);
