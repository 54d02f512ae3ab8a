// CWE-89 SQL injection (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'py-sql-built',
    'python',
    'def build_query(name):\n    return f"SELECT * FROM users WHERE name = \'{name}\'"\ndef find(cur, name):\n    cur.execute(build_query(name))\n',
    'def build_query(table):\n    return "SELECT * FROM users WHERE name = %s"\ndef find(cur, name):\n    cur.execute(build_query("users"), (name,))\n',
    { name: 'a query built by a helper of the same file and handed back' },
  ],
  [
    'py-sql-built',
    'python',
    'def find(name):\n    return User.objects.extra(where=["name = \'%s\'" % name])\n',
    'def find(name):\n    return User.objects.extra(where=["name = %s"], params=[name])\n',
    { name: "Django's extra() takes SQL fragments" },
  ],
  [
    'py-sql-built',
    'python',
    'from django.db.models.expressions import RawSQL\ndef f(n):\n    return RawSQL("SELECT id FROM t WHERE n = \'%s\'" % n, [])\n',
    'from django.db.models.expressions import RawSQL\ndef f(n):\n    return RawSQL("SELECT id FROM t WHERE n = %s", [n])\n',
  ],
  [
    'py-sql-built',
    'python',
    'def f(c, n):\n    c.execute("SELECT * FROM u WHERE n = \'%s\'" % n)\n',
    'def f(c, n):\n    c.execute("SELECT * FROM u WHERE n = %s", (n,))\n',
  ],
  [
    'js-sql-built',
    'javascript',
    'function f(db, n) { return db.query("SELECT * FROM u WHERE n = \'" + n + "\'"); }\n',
    'function f(db, n) { return db.query("SELECT * FROM u WHERE n = ?", [n]); }\n',
  ],
  [
    'java-sql-built',
    'java',
    'class A { void f(Statement s, String n) throws Exception { s.executeQuery("SELECT * FROM u WHERE n=\'" + n + "\'"); } }\n',
    'class A { void f(Connection c, String n) throws Exception { PreparedStatement p = c.prepareStatement("SELECT * FROM u WHERE n=?"); p.setString(1, n); } }\n',
  ],
  [
    'go-sql-built',
    'go',
    'package m\nfunc f(n string) { db.Query(fmt.Sprintf("SELECT * FROM u WHERE n=\'%s\'", n)) }\n',
    'package m\nfunc f(n string) { db.Query("SELECT * FROM u WHERE n=$1", n) }\n',
  ],
  [
    'php-sql-built',
    'php',
    '<?php\n$r = mysqli_query($c, "SELECT * FROM u WHERE n=\'" . $_GET["n"] . "\'");\n',
    '<?php\n$s = $pdo->prepare("SELECT * FROM u WHERE n = ?");\n$s->execute([$_GET["n"]]);\n',
  ],
  [
    'php-sql-built',
    'php',
    '<?php\nclass UserController extends Controller {\n    public function find(Request $request) {\n        return DB::select("SELECT * FROM users WHERE email = \'" . $request->input("email") . "\'");\n    }\n}\n',
    '<?php\nclass UserController extends Controller {\n    public function find(Request $request) {\n        return DB::select("SELECT * FROM users WHERE email = ?", [$request->input("email")]);\n    }\n}\n',
    { name: 'Laravel DB::select built vs bound', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-89 SQL injection (Web rules)', CASES);
