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
  // Field precision (WordPress-style templates): escapers of the guard table, and values that carry no request text.
  [
    'php-reflected-xss',
    'php',
    '<?php\n$q = $_GET["q"];\n?>\n<input name="q" value="<?php echo $q; ?>" />\n',
    '<?php\n$q = $_GET["q"];\n?>\n<input name="q" value="<?php echo esc_attr( $q ); ?>" />\n',
    { name: 'a WordPress escaper (esc_attr) before the template prints the value' },
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\n$page = isset( $_GET["page"] ) ? $_GET["page"] : 1;\necho "<b>" . $page . "</b>";\n',
    '<?php\n$page = isset( $_GET["page"] ) ? (int) $_GET["page"] : 1;\necho "<b>" . $page . "</b>";\n',
    { name: 'an (int) cast in the branch that reads the request' },
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\n$tab = $_GET["tab"];\n?>\n<li class="<?php echo ( "all" === $tab ? "active" : $tab ); ?>">All</li>\n',
    '<?php\n$tab = $_GET["tab"];\n?>\n<li class="<?php echo ( "all" === $tab ? "active" : "idle" ); ?>">All</li>\n',
    { name: 'a ternary whose condition reads the request but whose branches are literals' },
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\n$field = "notice";\necho "<p>" . $_GET[ $field ] . "</p>";\n',
    '<?php\n$notices = array( 1 => "Saved.", 2 => "Removed." );\n$notices[3] = __( "Moved." );\necho "<p>" . $notices[ $_GET["notice"] ] . "</p>";\n',
    { name: 'a request key picks an entry of our own array; a look-up in the request array is still its text' },
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\n$sort = $_GET["sort"];\necho $sort;\n',
    '<?php\n$sort = $_GET["sort"];\necho $sort == "date" || $sort == "title";\n',
    { name: 'a comparison prints a boolean' },
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\n$lang = preg_replace( "/[^a-zA-Z0-9_<>]/", "", $_REQUEST["lang"] );\necho "<p>" . $lang . "</p>";\n',
    '<?php\n$lang = preg_replace( "/[^a-zA-Z0-9_]/", "", $_REQUEST["lang"] );\necho "<p>" . $lang . "</p>";\n',
    { name: 'every character outside letters, digits and _ deleted; a class that keeps < > is no sanitiser' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Php rules)', CASES);
