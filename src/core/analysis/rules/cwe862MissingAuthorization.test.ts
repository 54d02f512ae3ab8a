// CWE-862 object-without-ownership-check: a signed-in user's handler changes a record fetched by a request id with no
// owner, scope or role check (flagged); the twin compares the owner or scopes the look-up (not flagged). Read-only
// handlers are notes (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'object-without-ownership-check';
const CASES: RuleCase[] = [
  [
    R,
    'python',
    '@app.route("/posts/<int:pid>", methods=["POST"])\n@login_required\ndef edit(pid):\n    post = Post.query.get_or_404(pid)\n    post.body = request.form["body"]\n    db.session.commit()\n    return "ok"\n',
    '@app.route("/posts/<int:pid>", methods=["POST"])\n@login_required\ndef edit(pid):\n    post = Post.query.get_or_404(pid)\n    if post.author_id != current_user.id:\n        abort(403)\n    post.body = request.form["body"]\n    db.session.commit()\n    return "ok"\n',
    { name: 'Flask edit; author compared', requireCleanParse: true },
  ],
  [
    R,
    'javascript',
    "router.delete('/carts/:id', requireAuth, async (req, res) => {\n  const cart = await Cart.findById(req.params.id);\n  await cart.remove();\n  res.end();\n});\n",
    "router.delete('/carts/:id', requireAuth, async (req, res) => {\n  const cart = await Cart.findOne({ _id: req.params.id, userId: req.user.id });\n  await cart.remove();\n  res.end();\n});\n",
    { name: 'Express delete; look-up scoped to the user', requireCleanParse: true },
  ],
  [
    R,
    'javascript',
    "async function cartFor(id) {\n  return Cart.findById(id);\n}\nrouter.delete('/carts/:id', requireAuth, async (req, res) => {\n  const cart = await cartFor(req.params.id);\n  await Cart.findByIdAndDelete(req.params.id);\n  res.end();\n});\n",
    "async function cartFor(user, id) {\n  return Cart.findOne({ _id: id, userId: user.id });\n}\nrouter.delete('/carts/:id', requireAuth, async (req, res) => {\n  const cart = await cartFor(req.user, req.params.id);\n  if (!cart) return res.status(404).end();\n  await Cart.findByIdAndDelete(cart.id);\n  res.end();\n});\n",
    { name: 'a same-file helper the handler calls scopes the look-up to the user', requireCleanParse: true },
  ],
  [
    R,
    'java',
    'class C {\n  @DeleteMapping("/addresses/{id}")\n  public void delete(@PathVariable long id, Principal me) {\n    Address a = addresses.findById(id).orElseThrow();\n    addresses.delete(a);\n  }\n}\n',
    'class C {\n  @DeleteMapping("/addresses/{id}")\n  public void delete(@PathVariable long id, Principal me) {\n    Address a = addresses.findById(id).orElseThrow();\n    if (!a.getOwner().equals(me.getName())) throw new AccessDeniedException("no");\n    addresses.delete(a);\n  }\n}\n',
    { name: 'Spring delete; owner compared with the principal', requireCleanParse: true },
  ],
  [
    R,
    'php',
    "<?php\nsession_start();\nif (!isset($_SESSION['uid'])) { exit; }\n$pdo->prepare('DELETE FROM photos WHERE id = ?')->execute([$_POST['id']]);\n",
    "<?php\nsession_start();\nif (!isset($_SESSION['uid'])) { exit; }\n$pdo->prepare('DELETE FROM photos WHERE id = ? AND user_id = ?')->execute([$_POST['id'], $_SESSION['uid']]);\n",
    { name: 'PHP delete by id; scoped by user_id', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-862 records acted on without an ownership check', CASES);

describe('object-without-ownership-check tiers', () => {
  it('is a note when the handler only reads the record', async () => {
    const read =
      '@app.route("/posts/<int:pid>")\n@login_required\ndef show(pid):\n    return render_template("p.html", post=Post.query.get_or_404(pid))\n';
    const tiers = (await analyzeCode(read, 'python', nodeParser())).findings
      .filter((f) => f.rule === R)
      .map((f) => f.tier);
    expect(tiers).toEqual(['note']);
  });

  it('says nothing when no user is known (that is CWE-306 or a public handler)', async () => {
    const open =
      '@app.route("/posts/<int:pid>", methods=["POST"])\ndef edit(pid):\n    post = Post.query.get_or_404(pid)\n    post.body = "x"\n    db.session.commit()\n    return "ok"\n';
    const rules = (await analyzeCode(open, 'python', nodeParser())).findings.map((f) => f.rule);
    expect(rules).not.toContain(R);
  });
});
