// CWE-20 unchecked-numeric-input: a number parsed from the request in a handler and used as an amount or an index
// with no range check is flagged; the twin compares, clamps or declares the range (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'unchecked-numeric-input';
const CASES: RuleCase[] = [
  [
    R,
    'python',
    '@app.route("/tip", methods=["POST"])\ndef tip():\n    amount = float(request.form["amount"])\n    wallet.transfer(current_user, request.form["to"], amount)\n    return "ok"\n',
    '@app.route("/tip", methods=["POST"])\ndef tip():\n    amount = float(request.form["amount"])\n    if amount <= 0 or amount > 100:\n        abort(400)\n    wallet.transfer(current_user, request.form["to"], amount)\n    return "ok"\n',
    { name: 'a transfer amount; bounded', requireCleanParse: true },
  ],
  [
    R,
    'javascript',
    "app.post('/order', (req, res) => {\n  const units = parseInt(req.body.units, 10);\n  placeOrder(req.body.sku, units);\n  res.end();\n});\n",
    "app.post('/order', (req, res) => {\n  const units = parseInt(req.body.units, 10);\n  if (!(units > 0 && units <= 50)) return res.status(400).end();\n  placeOrder(req.body.sku, units);\n  res.end();\n});\n",
    { name: 'an order quantity; bounded', requireCleanParse: true },
  ],
  [
    R,
    'go',
    'package main\n\nfunc pick(w http.ResponseWriter, r *http.Request) {\n\tk, _ := strconv.Atoi(r.FormValue("k"))\n\tw.Write([]byte(colours[k]))\n}\n',
    'package main\n\nfunc pick(w http.ResponseWriter, r *http.Request) {\n\tk, _ := strconv.Atoi(r.FormValue("k"))\n\tif k < 0 || k >= len(colours) {\n\t\treturn\n\t}\n\tw.Write([]byte(colours[k]))\n}\n',
    { name: 'a slice index; checked against the length', requireCleanParse: true },
  ],
  [
    R,
    'java',
    'class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int i = Integer.parseInt(req.getParameter("i"));\n    resp.setHeader("X-Name", names[i]);\n  }\n}\n',
    'class S extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {\n    int i = Integer.parseInt(req.getParameter("i"));\n    if (i < 0 || i >= names.length) return;\n    resp.setHeader("X-Name", names[i]);\n  }\n}\n',
    { name: 'an array index; checked', requireCleanParse: true },
  ],
  [
    R,
    'php',
    "<?php\n$credits = intval($_POST['credits']);\n$pdo->prepare('UPDATE wallets SET balance = balance + ? WHERE id = ?')->execute([$credits, $uid]);\n",
    "<?php\n$credits = intval($_POST['credits']);\nif ($credits < 1 || $credits > 100) { exit; }\n$pdo->prepare('UPDATE wallets SET balance = balance + ? WHERE id = ?')->execute([$credits, $uid]);\n",
    { name: 'a balance change; bounded', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-20 numbers from the request used without a range check', CASES);
