// CWE-79 cross-site scripting (Php rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'php-reflected-xss',
    'php',
    '<?php\necho "Hi " . $_GET["n"];\n',
    '<?php\necho "Hi " . htmlspecialchars($_GET["n"]);\n',
  ],
  [
    'php-short-echo-unescaped',
    'php',
    '<ul><?php foreach ($rows as $r): ?><li><?= $r["name"] ?></li><?php endforeach; ?></ul>\n',
    '<ul><?php foreach ($rows as $r): ?><li><?= htmlspecialchars($r["name"], ENT_QUOTES) ?></li><?php endforeach; ?></ul>\n',
  ],
  [
    'php-response-unescaped',
    'php',
    '<?php\nclass HelloController extends Controller {\n    public function show(Request $request) {\n        $name = $request->input("name");\n        return response("<h1>Hello " . $name . "</h1>");\n    }\n}\n',
    '<?php\nclass HelloController extends Controller {\n    public function show(Request $request) {\n        $name = $request->input("name");\n        return response("<h1>Hello " . e($name) . "</h1>");\n    }\n}\n',
    { name: 'Laravel response with markup; e()', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Php rules)', CASES);
