// CWE-352 cross-site request forgery: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'session-samesite-none',
    'javascript',
    "app.use(session({ cookie: { sameSite: 'none' } }));\n",
    "app.use(session({ cookie: { sameSite: 'strict' } }));\n",
  ],
  [
    'cs-antiforgery-ignored',
    'csharp',
    'class C : Controller\n{\n    [HttpPost, IgnoreAntiforgeryToken]\n    public IActionResult Save(string s) => Ok();\n}\n',
    'class C : Controller\n{\n    [HttpPost, ValidateAntiForgeryToken]\n    public IActionResult Save(string s) => Ok();\n}\n',
    { requireCleanParse: true },
  ],
  [
    'cs-antiforgery-disabled',
    'csharp',
    m('return app.MapPost("/x", () => 1).DisableAntiforgery();'),
    m('return app.MapPost("/x", () => 1);'),
    { requireCleanParse: true },
  ],
  [
    'java-csrf-disabled',
    'java',
    '@Configuration\nclass Web {\n  @Bean\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    http.csrf(csrf -> csrf.disable()).formLogin(Customizer.withDefaults());\n    return http.build();\n  }\n}\n',
    '@Configuration\nclass Web {\n  @Bean\n  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n    http.csrf(Customizer.withDefaults()).formLogin(Customizer.withDefaults());\n    return http.build();\n  }\n}\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-352 cross-site request forgery', CASES);
