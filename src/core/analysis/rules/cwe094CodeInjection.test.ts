// CWE-94 code injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'py-template-injection',
    'python',
    'from jinja2 import Template\ndef greet(request):\n    return Template("Hello " + request.args["name"]).render()\n',
    'from string import Template\ndef greet(request):\n    return Template("Hello " + request.args["name"]).substitute()\n',
    { name: "string.Template substitutes $names only; jinja2's Template runs template code" },
  ],
  [
    'py-exec-code',
    'python',
    'def run_hook(source, scope):\n    exec(source, {"__builtins__": {}}, scope)\n',
    'HOOKS = {"double": lambda scope: scope.update(x=scope["x"] * 2)}\ndef run_hook(name, scope):\n    HOOKS[name](scope)\n',
    { cwe: 'CWE-94' },
  ],
  [
    'py-exec-code',
    'python',
    'from flask import request\ndef load():\n    code = compile(request.form["src"], "<form>", "exec")\n    return code\n',
    'def load():\n    return compile("x = 1", "<const>", "exec")\n',
  ],
  [
    'js-eval',
    'javascript',
    'function f(s) { return new Function("x", "return " + s); }\n',
    'function f(s) { return JSON.parse(s); }\n',
  ],
  [
    'js-eval',
    'javascript',
    "function poll(id) {\n  setTimeout('refresh(' + id + ')', 1000);\n}\napp.get('/tick', (req, res) => {\n  setInterval(req.query.job, 500);\n  res.end();\n});\n",
    'class Channel {\n  arm() {\n    this.timer = setTimeout(this.onTimeout, this.delay);\n    this.beat = setInterval(this.ping.bind(this), this.config.interval);\n    setTimeout(function () {\n      document.title = location.hash;\n    }, 10);\n  }\n}\n',
    { name: 'a timer given built text or a request value; a timer given a method, a bound callback or a function' },
  ],
  [
    'cs-script-eval',
    'csharp',
    m('return CSharpScript.EvaluateAsync(s);'),
    m('return CSharpScript.EvaluateAsync("1 + 2");'),
    { requireCleanParse: true },
  ],
  [
    'php-eval',
    'php',
    '<?php\nfunction check_rule($rule) {\n    return assert("$rule > 0");\n}\n',
    '<?php\nfunction check_rule($rule) {\n    assert($rule !== false && $rule > 0);\n    return $rule;\n}\n',
    { name: 'assert of a string runs it as code; assert of a comparison tests a value' },
  ],
  [
    'php-preg-replace-eval',
    'php',
    "<?php\nfunction render($tpl, $vars) {\n    return preg_replace('/\\{(\\w+)\\}/e', '$vars[\"$1\"]', $tpl);\n}\n",
    '<?php\nfunction render($tpl, $vars) {\n    return preg_replace_callback(\'/\\{(\\w+)\\}/\', fn($m) => $vars[$m[1]] ?? "", $tpl);\n}\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-94 code injection', CASES);
