// PHP probes for the language-coverage inventory (see Probe.ts).
import type { Probe } from './Probe';

export const PHP_PROBES: Probe[] = [
  {
    cwe: 'CWE-78',
    what: 'shell_exec of a GET value',
    code: `<?php
$host = $_GET['host'];
echo shell_exec("ping -c 1 " . $host);`,
  },
  {
    cwe: 'CWE-78',
    what: 'backticks with interpolation',
    code: `<?php
function lookup($domain) {
    return \`nslookup $domain\`;
}
echo lookup($_POST['domain']);`,
  },
  {
    cwe: 'CWE-78',
    what: 'proc_open of a built command',
    code: `<?php
$file = $_REQUEST['file'];
$p = proc_open("gzip " . $file, [1 => ['pipe', 'w']], $pipes);`,
  },
  {
    cwe: 'CWE-79',
    what: 'echo of a GET value',
    code: `<?php
$name = $_GET['name'];
echo "<p>Hello, $name</p>";`,
  },
  {
    cwe: 'CWE-79',
    what: 'Laravel request input echoed',
    code: `<?php
class GreetController extends Controller {
    public function show(Request $request) {
        $name = $request->input('name');
        return response("<h1>Hi " . $name . "</h1>");
    }
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'mysqli_query with interpolation',
    code: `<?php
$id = $_GET['id'];
$res = mysqli_query($conn, "SELECT * FROM users WHERE id = '$id'");`,
  },
  {
    cwe: 'CWE-89',
    what: 'PDO query with concatenation',
    code: `<?php
function find(PDO $pdo) {
    $name = $_POST['name'];
    return $pdo->query("SELECT * FROM users WHERE name = '" . $name . "'")->fetchAll();
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'Laravel DB::select with concatenation',
    code: `<?php
class UserController extends Controller {
    public function search(Request $request) {
        $q = $request->input('q');
        return DB::select("SELECT * FROM users WHERE name LIKE '%" . $q . "%'");
    }
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'file_get_contents of a joined path',
    code: `<?php
$file = $_GET['file'];
readfile("/var/www/files/" . $file);`,
  },
  {
    cwe: 'CWE-98',
    what: 'include of a GET value',
    code: `<?php
$page = $_GET['page'];
include($page . ".php");`,
  },
  {
    cwe: 'CWE-94',
    what: 'eval of input',
    code: `<?php
$expr = $_POST['expr'];
eval('$result = ' . $expr . ';');
echo $result;`,
  },
  {
    cwe: 'CWE-94',
    what: 'preg_replace with /e',
    code: `<?php
$tpl = $_GET['tpl'];
echo preg_replace('/\\{(\\w+)\\}/e', '$vars["$1"]', $tpl);`,
  },
  {
    cwe: 'CWE-502',
    what: 'unserialize of a cookie',
    code: `<?php
$prefs = unserialize($_COOKIE['prefs']);
echo $prefs['theme'];`,
  },
  {
    cwe: 'CWE-611',
    what: 'simplexml_load_string with LIBXML_NOENT',
    code: `<?php
$xml = file_get_contents('php://input');
$doc = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);
echo $doc->name;`,
  },
  {
    cwe: 'CWE-918',
    what: 'file_get_contents of a GET URL',
    code: `<?php
$url = $_GET['url'];
echo file_get_contents($url);`,
  },
  {
    cwe: 'CWE-918',
    what: 'curl of a GET URL',
    code: `<?php
$ch = curl_init($_GET['target']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);`,
  },
  {
    cwe: 'CWE-601',
    what: 'header Location from input',
    code: `<?php
$next = $_GET['next'];
header("Location: " . $next);
exit;`,
  },
  {
    cwe: 'CWE-434',
    what: 'move_uploaded_file with the client name',
    code: `<?php
$target = "uploads/" . $_FILES['avatar']['name'];
move_uploaded_file($_FILES['avatar']['tmp_name'], $target);`,
  },
  {
    cwe: 'CWE-798',
    what: 'literal database password',
    code: `<?php
$db = new mysqli("localhost", "root", "Pa55w0rd!", "app");`,
  },
  {
    cwe: 'CWE-327',
    what: 'openssl_encrypt with DES / ECB',
    code: `<?php
function encrypt_card($data, $key) {
    return openssl_encrypt($data, 'des-ecb', $key);
}`,
  },
  {
    cwe: 'CWE-328',
    what: 'md5 of a password',
    code: `<?php
function store_password($db, $user, $password) {
    $hash = md5($password);
    $db->prepare("UPDATE users SET pw = ? WHERE name = ?")->execute([$hash, $user]);
}`,
  },
  {
    cwe: 'CWE-330',
    what: 'mt_rand reset token',
    code: `<?php
function reset_token() {
    return md5(mt_rand());
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'curl with peer verification off',
    code: `<?php
$ch = curl_init("https://api.example.com/pay");
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
curl_exec($ch);`,
  },
  {
    cwe: 'CWE-347',
    what: 'JWT decoded without checking the signature',
    code: `<?php
function user_from_token($jwt) {
    [$h, $payload, $sig] = explode('.', $jwt);
    $claims = json_decode(base64_decode($payload), true);
    return $claims['sub'];
}`,
  },
  {
    cwe: 'CWE-1333',
    what: 'preg_match with a pattern from input',
    code: `<?php
$pattern = $_GET['pattern'];
if (preg_match("/" . $pattern . "/", $text)) { echo "found"; }`,
  },
  {
    cwe: 'CWE-117',
    what: 'error_log of a GET value',
    code: `<?php
$user = $_GET['user'];
error_log("login attempt for " . $user);`,
  },
  {
    cwe: 'CWE-209',
    what: 'exception message echoed',
    code: `<?php
try {
    $pdo = new PDO($dsn, $u, $p);
} catch (PDOException $e) {
    echo "Database error: " . $e->getMessage();
}`,
  },
  {
    cwe: 'CWE-732',
    what: 'chmod 0777',
    code: `<?php
file_put_contents("/var/app/data/config.php", $config);
chmod("/var/app/data/config.php", 0777);`,
  },
  {
    cwe: 'CWE-915',
    what: 'extract($_GET)',
    code: `<?php
$is_admin = false;
extract($_GET);
if ($is_admin) { show_admin_panel(); }`,
  },
  {
    cwe: 'CWE-697',
    what: 'loose == on a token hash',
    code: `<?php
function check_reset($user, $token) {
    if (md5($token) == $user['reset_hash']) {
        return true;
    }
    return false;
}`,
  },
  {
    cwe: 'CWE-352',
    what: 'state change on POST without a token check',
    code: `<?php
session_start();
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $pdo->prepare("UPDATE users SET email = ? WHERE id = ?")->execute([$_POST['email'], $_SESSION['uid']]);
}`,
  },
  {
    cwe: 'CWE-90',
    what: 'LDAP filter built from input',
    code: `<?php
$user = $_GET['user'];
$res = ldap_search($ds, "dc=example,dc=com", "(uid=" . $user . ")");`,
  },
];
