import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const ADMIN = (attribute: string): string =>
  '[ApiController]\n[Route("admin/users")]\n[Authorize(Roles = "Admin")]\npublic class UsersController : ControllerBase\n{\n' +
  `    [HttpDelete("{id:int}")]\n${attribute}    public IActionResult Delete(int id) => _users.Delete(id) ? NoContent() : NotFound();\n}\n`;

const ACCOUNT = (roles: string): string =>
  `[Authorize${roles}]\npublic class AccountController : Controller\n{\n    [HttpPost]\n    [AllowAnonymous]\n` +
  '    public IActionResult Login(string user, string password) => View();\n}\n';

const CASES: RuleCase[] = [
  [
    'cs-anonymous-admin-action',
    'csharp',
    ADMIN('    [AllowAnonymous]\n'),
    ADMIN(''),
    { name: 'a delete action of an admin controller opened to anyone', cwe: 'CWE-306', requireCleanParse: true },
  ],
  [
    'cs-anonymous-admin-action',
    'csharp',
    ACCOUNT('(Policy = "Staff")'),
    ACCOUNT(''),
    { name: 'a post opened in a policy-protected controller; a login in a plain [Authorize] one', cwe: 'CWE-306' },
  ],
];

describeRuleCases('CWE-306 missing authentication for a critical function', CASES);
