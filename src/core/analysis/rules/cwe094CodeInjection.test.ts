// CWE-94 code injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'py-eval-exec',
    'python',
    'def f(s):\n    return eval(s)\n',
    'import ast\ndef f(s):\n    return ast.literal_eval(s)\n',
  ],
  [
    'js-eval',
    'javascript',
    'function f(s) { return new Function("x", "return " + s); }\n',
    'function f(s) { return JSON.parse(s); }\n',
  ],
  [
    'cs-script-eval',
    'csharp',
    m('return CSharpScript.EvaluateAsync(s);'),
    m('return CSharpScript.EvaluateAsync("1 + 2");'),
    { requireCleanParse: true },
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
