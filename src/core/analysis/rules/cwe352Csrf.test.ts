// CWE-352 cross-site request forgery: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
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
  [
    'cs-form-post-without-antiforgery',
    'csharp',
    '[Authorize]\npublic class ProfileController : Controller\n{\n    [HttpPost]\n    public IActionResult Email(string newEmail)\n    {\n        _profiles.SetEmail(User.Identity!.Name!, newEmail);\n        return RedirectToAction("Index");\n    }\n}\n',
    '[Authorize]\n[AutoValidateAntiforgeryToken]\npublic class ProfileController : Controller\n{\n    [HttpPost]\n    public IActionResult Email(string newEmail)\n    {\n        _profiles.SetEmail(User.Identity!.Name!, newEmail);\n        return RedirectToAction("Index");\n    }\n}\n',
    { name: 'a signed-in form post; the controller validates tokens', requireCleanParse: true },
  ],
  [
    'cs-form-post-without-antiforgery',
    'csharp',
    '[Authorize]\npublic class CartController : Controller\n{\n    [HttpDelete("{id}")]\n    public IActionResult Remove(int id) => Ok(_cart.Remove(id));\n}\n',
    '[ApiController]\n[Authorize]\npublic class CartController : ControllerBase\n{\n    [HttpDelete("{id}")]\n    public IActionResult Remove(int id) => Ok(_cart.Remove(id));\n}\n',
    { name: 'an MVC delete; an API controller', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-352 cross-site request forgery', CASES);

describe('cs-form-post-without-antiforgery tiers', () => {
  it('is a note when nothing shows a signed-in session, and silent with a global filter', async () => {
    const action =
      'public class ContactController : Controller\n{\n    [HttpPost]\n    public IActionResult Send(string text) => View();\n}\n';
    const tiers = async (code: string): Promise<string[]> =>
      (await analyzeCode(code, 'csharp', nodeParser())).findings
        .filter((f) => f.rule === 'cs-form-post-without-antiforgery')
        .map((f) => f.tier ?? 'finding');
    expect(await tiers(action)).toEqual(['note']);
    const global =
      '// services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));\n';
    expect(await tiers(global + action)).toEqual([]);
  });
});
