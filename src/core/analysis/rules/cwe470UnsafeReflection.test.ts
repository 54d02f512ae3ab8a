// CWE-470 unsafe reflection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'py-unsafe-reflection',
    'python',
    'import importlib\nfrom flask import request\n@app.route("/run")\ndef run():\n    mod = importlib.import_module(request.args["plugin"])\n    return mod.main()\n',
    'import importlib\nfrom flask import request\nPLUGINS = {"csv", "json"}\n@app.route("/run")\ndef run():\n    name = request.args["plugin"]\n    if name not in PLUGINS:\n        return "no", 400\n    return importlib.import_module("plugins." + name).main()\n',
  ],
  [
    'py-unsafe-reflection',
    'python',
    'def dispatch(request, handler):\n    action = request.GET["action"]\n    return getattr(handler, action)()\n',
    'def dispatch(request, handler):\n    action = request.GET["action"]\n    return getattr(handler, "on_" + "view")()\n',
  ],
];

describeRuleCases('CWE-470 unsafe reflection', CASES);
