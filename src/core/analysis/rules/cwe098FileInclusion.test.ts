// CWE-98 PHP file inclusion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'php-include-from-request',
    'php',
    '<?php\n$section = $_GET["section"] ?? "home";\ninclude __DIR__ . "/sections/" . $section . ".php";\n',
    '<?php\n$section = $_GET["section"] ?? "home";\nif (!in_array($section, ["home", "about", "contact"], true)) {\n    $section = "home";\n}\ninclude __DIR__ . "/sections/" . $section . ".php";\n',
    { name: 'a page name from the query; an allow-list', requireCleanParse: true },
  ],
  [
    'php-include-from-request',
    'php',
    '<?php\nfunction theme(Request $request) {\n    require_once $request->input("theme");\n}\n',
    '<?php\nfunction theme(Request $request) {\n    require_once __DIR__ . "/themes/default.php";\n}\n',
    { name: 'a Laravel request value required' },
  ],
];

describeRuleCases('CWE-98 PHP file inclusion', CASES);
