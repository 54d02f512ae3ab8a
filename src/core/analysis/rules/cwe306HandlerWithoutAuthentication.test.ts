// CWE-306 handler-without-authentication: a web handler doing a privileged operation with no authentication in
// sight is flagged; its twin with a check in sight (decorator, middleware, attribute, annotation, session test, a
// file-wide hook) is not; plain record deletions are notes, credential changes findings (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'handler-without-authentication';
const CASES: RuleCase[] = [
  [
    R,
    'python',
    '@app.route("/admin/users/<int:uid>", methods=["POST"])\ndef drop_user(uid):\n    db.session.delete(User.query.get(uid))\n    db.session.commit()\n    return "ok"\n',
    '@app.route("/admin/users/<int:uid>", methods=["POST"])\n@login_required\ndef drop_user(uid):\n    db.session.delete(User.query.get(uid))\n    db.session.commit()\n    return "ok"\n',
    { name: 'Flask admin delete; behind login_required', requireCleanParse: true },
  ],
  [
    R,
    'python',
    'def remove_member(request, pk):\n    Member.objects.filter(pk=pk).delete()\n    return JsonResponse({})\n',
    '@login_required\ndef remove_member(request, pk):\n    Member.objects.filter(pk=pk).delete()\n    return JsonResponse({})\n',
    { name: 'Django view with a queryset delete', requireCleanParse: true },
  ],
  [
    R,
    'javascript',
    "router.post('/users/:id/role', async (req, res) => {\n  const u = await User.findById(req.params.id);\n  await u.setRole(req.body.role);\n  res.end();\n});\n",
    "router.post('/users/:id/role', requireAdmin, async (req, res) => {\n  const u = await User.findById(req.params.id);\n  await u.setRole(req.body.role);\n  res.end();\n});\n",
    { name: 'role change; behind a role middleware', requireCleanParse: true },
  ],
  [
    R,
    'go',
    'package main\n\nfunc wipe(w http.ResponseWriter, r *http.Request) {\n\tdb.Exec("DELETE FROM accounts WHERE id = $1", r.FormValue("id"))\n}\n',
    'package main\n\nfunc wipe(w http.ResponseWriter, r *http.Request) {\n\tif _, ok := sessionUser(r); !ok {\n\t\treturn\n\t}\n\tdb.Exec("DELETE FROM accounts WHERE id = $1", r.FormValue("id"))\n}\n',
    { name: 'SQL delete in a net/http handler; a session check first', requireCleanParse: true },
  ],
  [
    R,
    'java',
    'class A {\n  @PostMapping("/admin/users/{id}/promote")\n  public void promote(@PathVariable long id) { userService.grantAdmin(id); }\n}\n',
    'class A {\n  @Secured("ROLE_ADMIN")\n  @PostMapping("/admin/users/{id}/promote")\n  public void promote(@PathVariable long id) { userService.grantAdmin(id); }\n}\n',
    { name: 'Spring promotion; @Secured', requireCleanParse: true },
  ],
  [
    R,
    'csharp',
    'public class UsersController : ControllerBase\n{\n    [HttpDelete("{id}")]\n    public IActionResult Delete(int id) { _db.Users.Remove(_db.Users.Find(id)); return NoContent(); }\n}\n',
    '[Authorize(Roles = "Admin")]\npublic class UsersController : ControllerBase\n{\n    [HttpDelete("{id}")]\n    public IActionResult Delete(int id) { _db.Users.Remove(_db.Users.Find(id)); return NoContent(); }\n}\n',
    { name: 'ASP.NET delete; [Authorize] controller', requireCleanParse: true },
  ],
  [
    R,
    'php',
    "<?php\n$pdo->prepare('UPDATE users SET role = ? WHERE id = ?')->execute([$_POST['role'], $_POST['id']]);\n",
    "<?php\nsession_start();\nif (($_SESSION['role'] ?? '') !== 'admin') { exit; }\n$pdo->prepare('UPDATE users SET role = ? WHERE id = ?')->execute([$_POST['role'], $_POST['id']]);\n",
    { name: 'PHP script rewriting a role; a session role test', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-306 handlers without authentication', CASES);

const tiers = async (code: string, language: Language): Promise<string[]> =>
  (await analyzeCode(code, language, nodeParser())).findings.filter((f) => f.rule === R).map((f) => f.tier ?? '');

describe('handler-without-authentication tiers', () => {
  it('is a note for the deletion of an ordinary record, a finding for a password change', async () => {
    const remove =
      '@app.route("/notes/<int:nid>", methods=["DELETE"])\ndef remove_note(nid):\n    db.session.delete(Note.query.get(nid))\n    return ""\n';
    expect(await tiers(remove, 'python')).toEqual(['note']);
    const password =
      '@app.route("/password", methods=["POST"])\ndef change():\n    u = User.query.filter_by(email=request.form["email"]).first()\n    u.set_password(request.form["pw"])\n    return ""\n';
    expect(await tiers(password, 'python')).toEqual(['finding']);
  });

  it('leaves sign-up routes that set a first password alone', async () => {
    const signup =
      '@app.route("/signup", methods=["POST"])\ndef signup():\n    u = User(email=request.form["email"])\n    u.set_password(request.form["pw"])\n    return ""\n';
    expect(await tiers(signup, 'python')).toEqual([]);
  });
});
