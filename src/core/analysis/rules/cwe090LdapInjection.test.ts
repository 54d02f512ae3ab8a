// CWE-90 LDAP injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'ldap-injection',
    'java',
    '@RestController\nclass People {\n  @GetMapping("/p")\n  Object find(@RequestParam String name) throws Exception {\n    return ctx.search("ou=people", "(cn=" + name + ")", controls);\n  }\n}\n',
    '@RestController\nclass Items {\n  @GetMapping("/i")\n  Object find(@RequestParam String name) {\n    return items.search(name, PageRequest.of(0, 25));\n  }\n}\n',
    { name: "a directory context's search; a repository's own search method is none" },
  ],
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
  [
    'c-ldap-filter-built',
    'c',
    'int lookup(LDAP *ld, const char *user, LDAPMessage **res) {\n  char filter[256];\n  snprintf(filter, sizeof filter, "(&(objectClass=person)(uid=%s))", user);\n  return ldap_search_ext_s(ld, "dc=example,dc=com", LDAP_SCOPE_SUBTREE, filter, NULL, 0, NULL, NULL, NULL, 0, res);\n}\n',
    'int lookup(LDAP *ld, const char *user, LDAPMessage **res) {\n  char filter[256], safe[128];\n  escape_filter_value(user, safe, sizeof safe);\n  snprintf(filter, sizeof filter, "(&(objectClass=person)(uid=%s))", safe);\n  return ldap_search_ext_s(ld, "dc=example,dc=com", LDAP_SCOPE_SUBTREE, filter, NULL, 0, NULL, NULL, NULL, 0, res);\n}\n',
    { name: 'escaped into an out-buffer first', requireCleanParse: true },
  ],
  [
    'c-ldap-filter-built',
    'cpp',
    'int lookup(LDAP *ld, const std::string &dept, LDAPMessage **res) {\n  std::string base = "ou=" + dept + ",dc=example,dc=com";\n  return ldap_search_s(ld, base.c_str(), LDAP_SCOPE_SUBTREE, "(objectClass=person)", nullptr, 0, res);\n}\n',
    'int lookup(LDAP *ld, LDAPMessage **res) {\n  return ldap_search_s(ld, "ou=staff,dc=example,dc=com", LDAP_SCOPE_SUBTREE, "(objectClass=person)", nullptr, 0, res);\n}\n',
    { name: 'base DN from a parameter' },
  ],
];

describeRuleCases('CWE-90 LDAP injection', CASES);
