// CWE-89 SQL injection (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'js-sql-built',
    'typescript',
    "export async function byName(name: string) {\n  return repo.createQueryBuilder('u').where(`u.name = '${name}'`).getMany();\n}\n",
    "export async function byName(name: string) {\n  return repo.createQueryBuilder('u').where('u.name = :name', { name }).getMany();\n}\n",
    { name: 'a query-builder condition fragment' },
  ],
  [
    'js-sql-built',
    'javascript',
    "app.get('/u', async (req, res) => {\n  res.json(await prisma.$queryRawUnsafe(`SELECT * FROM users WHERE id = ${req.params.id}`));\n});\n",
    "app.get('/u', async (req, res) => {\n  res.json(await prisma.$queryRawUnsafe('SELECT * FROM users WHERE id = $1', req.params.id));\n});\n",
    { name: 'Prisma raw unsafe' },
  ],
  [
    'go-sql-built',
    'go',
    'package main\n\nfunc list(c *gin.Context) {\n\tvar out []Item\n\tdbx.Select(&out, "SELECT * FROM items WHERE owner = \'"+c.Query("owner")+"\'")\n}\n',
    'package main\n\nfunc list(c *gin.Context) {\n\tvar out []Item\n\tdbx.Select(&out, "SELECT * FROM items WHERE owner = $1", c.Query("owner"))\n}\n',
    { name: 'sqlx Select after the destination' },
  ],
  [
    'go-sql-built',
    'go',
    'package main\n\nfunc find(c *gin.Context) {\n\tvar u []User\n\tdb.Where(fmt.Sprintf("name = \'%s\'", c.Query("n"))).Find(&u)\n}\n',
    'package main\n\nfunc find(c *gin.Context) {\n\tvar u []User\n\tdb.Where("name = ?", c.Query("n")).Find(&u)\n}\n',
    { name: 'gorm Where fragment' },
  ],
  [
    'py-sql-built',
    'python',
    'def find(conn, ids):\n    q = "SELECT * FROM t WHERE id IN (%s)" % ",".join(str(i) for i in ids)\n    return conn.execute(q)\n',
    'def find(conn, ids):\n    q = "SELECT * FROM t WHERE id IN (%s)" % ",".join("?" * len(ids))\n    return conn.execute(q, ids)\n',
    { name: 'an IN list of placeholders is built from constants; one of the values themselves is not' },
  ],
  [
    'py-sql-built',
    'python',
    'def find(conn, ids):\n    marks = ", ".join([f"\'{i}\'" for i in ids])\n    conn.cursor().execute(f"SELECT * FROM t WHERE id IN ({marks})")\n',
    'def find(conn, ids):\n    marks = ", ".join(["%s" for _ in ids])\n    conn.cursor().execute(f"SELECT * FROM t WHERE id IN ({marks})", ids)\n',
    { name: 'a comprehension is judged by its body, not by what it runs over' },
  ],
  [
    'py-sql-built',
    'python',
    'def find(conn, name=None):\n    clauses, params = [], []\n    if name:\n        clauses.append("name = \'%s\'" % name)\n    return conn.execute("SELECT * FROM t WHERE " + " AND ".join(clauses), params)\n',
    'def find(conn, name=None):\n    clauses, params = [], []\n    if name:\n        clauses.append("name = ?")\n        params.append(name)\n    return conn.execute("SELECT * FROM t WHERE " + " AND ".join(clauses), params)\n',
    { name: 'a list of clauses is as safe as what is appended to it' },
  ],
  [
    'py-sql-built',
    'python',
    'def find(conn, table, name):\n    q = "SELECT * FROM {} WHERE name = %s".format(table)\n    conn.cursor().execute(q, (name,))\n',
    'from psycopg2 import sql\ndef find(conn, table, name):\n    q = sql.SQL("SELECT * FROM {} WHERE name = %s").format(sql.Identifier(table))\n    conn.cursor().execute(q, (name,))\n',
    { name: 'psycopg composes the identifier quoted; str.format does not' },
  ],
  [
    'py-sql-built',
    'python',
    'class Repo:\n    table = "users"\n    def use(self, name):\n        self.table = name\n    def find(self, key):\n        return self.conn.execute("SELECT * FROM %s WHERE k = ?" % self.table, (key,))\n',
    'class Repo:\n    table = "users"\n    def find(self, key):\n        return self.conn.execute("SELECT * FROM %s WHERE k = ?" % self.table, (key,))\n',
    { name: 'a class constant as table name, unless a method assigns it' },
  ],
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
  [
    'py-sql-wrapper-call',
    'python',
    'def _query(conn, sql):\n    return conn.execute(sql).fetchall()\n\ndef find(conn, name):\n    return _query(conn, "SELECT * FROM users WHERE name = \'" + name + "\'")\n',
    'def _query(conn, sql, params=()):\n    return conn.execute(sql, params).fetchall()\n\ndef find(conn, name):\n    return _query(conn, "SELECT * FROM users WHERE name = ?", (name,))\n',
    {
      name: 'built SQL handed to a query helper of the file; a constant query with bound values',
      requireCleanParse: true,
    },
  ],
  [
    'py-sql-wrapper-call',
    'python',
    'class Repo:\n    def run(self, sql):\n        return self.cur.execute(sql)\n\n    def by_tag(self, tag):\n        return self.run(f"SELECT * FROM posts WHERE tag = \'{tag}\'")\n',
    'class Repo:\n    def run(self, sql):\n        return self.cur.execute(sql)\n\n    def by_tag(self, tag):\n        return self.log(f"SELECT * FROM posts WHERE tag = \'{tag}\'")\n',
    { name: 'a method wrapper; the same string handed to a method that runs no SQL', requireCleanParse: true },
  ],
  [
    'py-sql-wrapper-call',
    'python',
    'TABLE = "posts"\n\nclass Repo:\n    def _rows(self, sql, params):\n        return self.cur.execute(sql, params).fetchall()\n\n    def by_tag(self, tag, order):\n        return self._rows(f"SELECT * FROM {TABLE} WHERE tag = ? ORDER BY {order}", (tag,))\n',
    'TABLE = "posts"\nCOLUMNS = ("id", "title")\nORDERABLE = {"new": "created_at", "title": "title"}\n\nclass Repo:\n    def _rows(self, sql, params):\n        return self.cur.execute(sql, params).fetchall()\n\n    def by_tag(self, tag, order):\n        column = ORDERABLE.get(order, "created_at")\n        return self._rows(f"SELECT {\', \'.join(COLUMNS)} FROM {TABLE} WHERE tag = ? ORDER BY {column}", (tag,))\n',
    {
      name: 'an identifier spliced from the caller; identifiers from constants and an own table, values bound',
      requireCleanParse: true,
    },
  ],
];

describeRuleCases('CWE-89 SQL injection (Web rules)', CASES);
