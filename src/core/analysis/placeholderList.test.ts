// Bind-marker lists spliced into `IN (...)`: the markers are constant, the values go in bound (our own snippets).
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'php-sql-built',
    'php',
    '<?php\nfunction rows($pdo, $ids) {\n  $list = str_repeat($ids[0] . \',\', count($ids));\n  $st = $pdo->prepare("SELECT * FROM t WHERE id IN ($list)");\n  $st->execute();\n}\n',
    '<?php\nfunction rows($pdo, $ids) {\n  $marks = rtrim(str_repeat(\'?,\', count($ids)), \',\');\n  $st = $pdo->prepare("SELECT * FROM t WHERE id IN ($marks)");\n  $st->execute($ids);\n}\nfunction more($pdo, $ids) {\n  $in = arr_qmarks($ids);\n  $st = $pdo->prepare("DELETE FROM t WHERE id IN ($in)");\n  $st->execute($ids);\n}\n',
    { name: 'str_repeat of a value; str_repeat of a marker, and a helper named for markers' },
  ],
  [
    'js-sql-built',
    'javascript',
    "function rows(db, ids) {\n  const list = ids.map((id) => `'${id}'`).join(',');\n  return db.query(`SELECT * FROM t WHERE id IN (${list})`);\n}\n",
    "function rows(db, ids) {\n  const marks = ids.map(() => '?').join(',');\n  return db.query(`SELECT * FROM t WHERE id IN (${marks})`, ids);\n}\nfunction pg(client, ids) {\n  const marks = ids.map((_, i) => `$${i + 1}`).join(', ');\n  return client.query(`SELECT * FROM t WHERE id IN (${marks})`, ids);\n}\n",
    { name: 'values quoted into a list; ? markers and numbered $n markers' },
  ],
  [
    'go-sql-built',
    'go',
    'package x\n\nimport (\n\t"database/sql"\n\t"strings"\n)\n\nfunc rows(db *sql.DB, ids []string) (*sql.Rows, error) {\n\tlist := strings.Join(ids, ",")\n\treturn db.Query("SELECT * FROM t WHERE id IN (" + list + ")")\n}\n',
    'package x\n\nimport (\n\t"database/sql"\n\t"strings"\n)\n\nfunc rows(db *sql.DB, ids []any) (*sql.Rows, error) {\n\tmarks := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")\n\treturn db.Query("SELECT * FROM t WHERE id IN ("+marks+")", ids...)\n}\n',
    { name: 'joined values; repeated markers with the values bound' },
  ],
];

describeRuleCases('bind-marker lists', CASES);
