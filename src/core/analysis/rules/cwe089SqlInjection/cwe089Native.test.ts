// CWE-89 SQL injection (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-sql-formatted',
    'rust',
    rust('fn f(c: &Connection, n: &str) { c.execute(&format!("DELETE FROM t WHERE n = \'{}\'", n), []).ok(); }'),
    rust('fn f(c: &Connection, n: &str) { c.execute("DELETE FROM t WHERE n = ?1", [n]).ok(); }'),
    { cwe: 'CWE-89' },
  ],
  [
    'rust-sql-formatted',
    'rust',
    'pub fn by_mail(c: &mut PgConnection, mail: &str) -> QueryResult<Vec<U>> {\n    diesel::sql_query(format!("SELECT * FROM u WHERE mail = \'{}\'", mail)).load(c)\n}\n',
    'pub fn by_mail(c: &mut PgConnection, mail: &str) -> QueryResult<Vec<U>> {\n    diesel::sql_query("SELECT * FROM u WHERE mail = $1").bind::<Text, _>(mail).load(c)\n}\n',
    { name: 'diesel sql_query' },
  ],
  [
    'rust-sql-formatted',
    'rust',
    'async fn item(Path(id): Path<String>, State(db): State<Client>) -> String {\n    let q = format!("SELECT body FROM items WHERE id = {}", id);\n    db.query_one(&q, &[]).await.unwrap().get(0)\n}\n',
    'async fn item(Path(id): Path<String>, State(db): State<Client>) -> String {\n    db.query_one("SELECT body FROM items WHERE id = $1", &[&id]).await.unwrap().get(0)\n}\n',
    { name: 'tokio-postgres query_one' },
  ],
];

describeRuleCases('CWE-89 SQL injection (Native rules)', CASES);
