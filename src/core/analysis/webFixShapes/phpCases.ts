// PHP fix shapes: page scripts and helpers, and the check or call a real fix adds.
import type { FixShapeCase } from './fixShapeCase';

const php = (body: string): string => `<?php\n${body}`;

export const PHP_CASES: FixShapeCase[] = [
  {
    name: 'htmlspecialchars before echo',
    language: 'php',
    cwe: 'CWE-79',
    vulnerable: php("$name = $_GET['name'];\necho '<p>Hello ' . $name . '</p>';\n"),
    fixed: php("$name = $_GET['name'];\necho '<p>Hello ' . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . '</p>';\n"),
  },
  {
    name: 'htmlentities inside an interpolated string',
    language: 'php',
    cwe: 'CWE-79',
    vulnerable: php('$q = $_GET[\'q\'];\necho "<h2>Results for $q</h2>";\n'),
    fixed: php('$q = htmlentities($_GET[\'q\'], ENT_QUOTES);\necho "<h2>Results for $q</h2>";\n'),
  },
  {
    name: 'an escaping helper of the file',
    language: 'php',
    cwe: 'CWE-79',
    vulnerable: php("$title = $_POST['title'];\necho '<h1>' . $title . '</h1>';\n"),
    fixed: php(
      "function e($value) {\n    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8');\n}\n$title = $_POST['title'];\necho '<h1>' . e($title) . '</h1>';\n",
    ),
  },
  {
    name: 'basename keeps only the file name',
    language: 'php',
    cwe: 'CWE-22',
    vulnerable: php("$file = $_GET['file'];\nreadfile('/var/www/uploads/' . $file);\n"),
    fixed: php("$file = basename($_GET['file']);\nreadfile('/var/www/uploads/' . $file);\n"),
  },
  {
    name: 'realpath and strpos(...) === 0 against the base',
    language: 'php',
    cwe: 'CWE-22',
    vulnerable: php("$base = '/var/www/docs/';\n$path = $base . $_GET['doc'];\necho file_get_contents($path);\n"),
    fixed: php(
      "$base = realpath('/var/www/docs');\n$path = realpath($base . '/' . $_GET['doc']);\nif ($path === false || strpos($path, $base . DIRECTORY_SEPARATOR) !== 0) {\n    http_response_code(404);\n    exit;\n}\necho file_get_contents($path);\n",
    ),
  },
  {
    name: 'realpath and str_starts_with before include',
    language: 'php',
    cwe: 'CWE-98',
    vulnerable: php("$path = __DIR__ . '/templates/' . $_GET['t'];\ninclude $path;\n"),
    fixed: php(
      "$path = realpath(__DIR__ . '/templates/' . $_GET['t']);\nif ($path === false || !str_starts_with($path, __DIR__ . '/templates/')) {\n    die('not found');\n}\ninclude $path;\n",
    ),
  },
  {
    name: 'in_array with strict comparison as an allow-list',
    language: 'php',
    cwe: 'CWE-98',
    vulnerable: php("$page = $_GET['page'];\ninclude 'pages/' . $page . '.php';\n"),
    fixed: php(
      "$page = $_GET['page'];\n$allowed = ['home', 'about', 'contact'];\nif (!in_array($page, $allowed, true)) {\n    $page = 'home';\n}\ninclude 'pages/' . $page . '.php';\n",
    ),
  },
  {
    name: 'a constant map picks the template by the request key',
    language: 'php',
    cwe: 'CWE-22',
    vulnerable: php("$view = $_GET['view'];\necho file_get_contents(__DIR__ . '/views/' . $view);\n"),
    fixed: php(
      "const VIEWS = ['list' => 'list.html', 'grid' => 'grid.html'];\n$view = VIEWS[$_GET['view']] ?? 'list.html';\necho file_get_contents(__DIR__ . '/views/' . $view);\n",
    ),
  },
  {
    name: 'filter_var with a validating filter',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php('$id = $_GET[\'id\'];\n$result = mysqli_query($conn, "SELECT * FROM posts WHERE id = $id");\n'),
    fixed: php(
      '$id = filter_var($_GET[\'id\'], FILTER_VALIDATE_INT);\nif ($id === false) {\n    http_response_code(400);\n    exit;\n}\n$result = mysqli_query($conn, "SELECT * FROM posts WHERE id = $id");\n',
    ),
  },
  {
    name: 'filter_input with a validating filter',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php(
      "$page = $_GET['page'];\n$rows = $pdo->query('SELECT * FROM items LIMIT 20 OFFSET ' . ($page * 20));\n",
    ),
    fixed: php(
      "$page = filter_input(INPUT_GET, 'page', FILTER_VALIDATE_INT, ['options' => ['min_range' => 0]]);\nif ($page === false || $page === null) {\n    $page = 0;\n}\n$rows = $pdo->query('SELECT * FROM items LIMIT 20 OFFSET ' . ($page * 20));\n",
    ),
  },
  {
    name: 'an (int) cast',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php('$id = $_GET[\'id\'];\n$row = $db->query("SELECT name FROM users WHERE id = " . $id);\n'),
    fixed: php('$id = (int) $_GET[\'id\'];\n$row = $db->query("SELECT name FROM users WHERE id = " . $id);\n'),
  },
  {
    name: 'intval',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php("$n = $_POST['n'];\nmysqli_query($link, 'DELETE FROM carts WHERE id = ' . $n);\n"),
    fixed: php("$n = intval($_POST['n']);\nmysqli_query($link, 'DELETE FROM carts WHERE id = ' . $n);\n"),
  },
  {
    name: 'a PDO prepared statement',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php(
      "$email = $_POST['email'];\n$stmt = $pdo->query(\"SELECT id FROM users WHERE email = '$email'\");\n$user = $stmt->fetch();\n",
    ),
    fixed: php(
      "$email = $_POST['email'];\n$stmt = $pdo->prepare('SELECT id FROM users WHERE email = ?');\n$stmt->execute([$email]);\n$user = $stmt->fetch();\n",
    ),
  },
  {
    name: 'a mysqli prepared statement with bind_param',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable: php(
      '$name = $_GET[\'name\'];\n$res = $mysqli->query("SELECT * FROM products WHERE name = \'" . $name . "\'");\n',
    ),
    fixed: php(
      "$name = $_GET['name'];\n$stmt = $mysqli->prepare('SELECT * FROM products WHERE name = ?');\n$stmt->bind_param('s', $name);\n$stmt->execute();\n$res = $stmt->get_result();\n",
    ),
  },
  {
    name: 'escapeshellarg around the argument',
    language: 'php',
    cwe: 'CWE-78',
    vulnerable: php("$host = $_GET['host'];\n$out = shell_exec('ping -c 1 ' . $host);\necho htmlspecialchars($out);\n"),
    fixed: php(
      "$host = $_GET['host'];\n$out = shell_exec('ping -c 1 ' . escapeshellarg($host));\necho htmlspecialchars($out);\n",
    ),
  },
  {
    name: 'a preg_match full-match guard that exits',
    language: 'php',
    cwe: 'CWE-78',
    vulnerable: php("$user = $_GET['user'];\nsystem('id ' . $user);\n"),
    fixed: php(
      "$user = $_GET['user'];\nif (!preg_match('/^[a-z_][a-z0-9_-]{0,31}$/', $user)) {\n    exit('invalid user');\n}\nsystem('id ' . $user);\n",
    ),
  },
  {
    name: 'a validating helper of the file, as an early exit',
    language: 'php',
    cwe: 'CWE-78',
    vulnerable: php("$zone = $_POST['zone'];\nexec('dig axfr ' . $zone, $lines);\n"),
    fixed: php(
      "function is_safe_zone(string $z): bool {\n    return preg_match('/^[a-z0-9.-]+$/', $z) === 1;\n}\n$zone = $_POST['zone'];\nif (!is_safe_zone($zone)) {\n    http_response_code(400);\n    exit;\n}\nexec('dig axfr ' . $zone, $lines);\n",
    ),
  },
  {
    name: 'password_hash instead of md5',
    language: 'php',
    cwe: 'CWE-328',
    vulnerable: php(
      "function store_password(PDO $pdo, int $id, string $password): void {\n    $hash = md5($password);\n    $pdo->prepare('UPDATE users SET pw = ? WHERE id = ?')->execute([$hash, $id]);\n}\n",
    ),
    fixed: php(
      "function store_password(PDO $pdo, int $id, string $password): void {\n    $hash = password_hash($password, PASSWORD_DEFAULT);\n    $pdo->prepare('UPDATE users SET pw = ? WHERE id = ?')->execute([$hash, $id]);\n}\n",
    ),
  },
  {
    name: 'random_bytes for a token',
    language: 'php',
    cwe: 'CWE-338',
    vulnerable: php('function reset_token(): string {\n    return md5(uniqid((string) rand(), true));\n}\n'),
    fixed: php('function reset_token(): string {\n    return bin2hex(random_bytes(32));\n}\n'),
  },
  {
    name: 'a redirect only to a local path',
    language: 'php',
    cwe: 'CWE-601',
    vulnerable: php("$next = $_GET['next'];\nheader('Location: ' . $next);\nexit;\n"),
    fixed: php(
      "$next = $_GET['next'] ?? '/';\nif (!str_starts_with($next, '/') || str_starts_with($next, '//')) {\n    $next = '/';\n}\nheader('Location: ' . $next);\nexit;\n",
    ),
  },
];
