// CWE-89 SQL injection (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-sql-built',
    'csharp',
    'class A { void F(string n) { var c = new SqlCommand("SELECT * FROM u WHERE n = \'" + n + "\'", conn); } }\n',
    'class A { void F(string n) { var c = new SqlCommand("SELECT * FROM u WHERE n = @n", conn); c.Parameters.AddWithValue("@n", n); } }\n',
  ],
  [
    'cs-sql-built',
    'csharp',
    'class A { void F(string n) { var c = new SqlCommand($"SELECT * FROM u WHERE n = \'{n}\'", conn); } }\n',
    'class A { void F(string n) { var c = new SqlCommand($"SELECT * FROM u", conn); } }\n',
  ],
  [
    'cs-sql-built',
    'csharp',
    m(
      'string sql = "SELECT * FROM u WHERE n = \'" + s + "\'";\n        var cmd = new SqlCommand(sql, conn);\n        return cmd.ExecuteReader();',
    ),
    m(
      'string sql = "SELECT * FROM u WHERE n = @n";\n        var cmd = new SqlCommand(sql, conn);\n        cmd.Parameters.Add("@n", SqlDbType.NVarChar).Value = s;\n        return cmd.ExecuteReader();',
    ),
    { name: 'a query held in a local: built is flagged, constant with Parameters.Add is not', requireCleanParse: true },
  ],
  [
    'cs-sql-built',
    'csharp',
    m(
      'var sql = string.Format("SELECT * FROM u WHERE n = \'{0}\'", s);\n        return new SqlCommand(sql, conn).ExecuteReader();',
    ),
    m(
      'var cmd = new SqlCommand(s, conn);\n        cmd.Parameters.AddWithValue("@n", 1);\n        return cmd.ExecuteReader();',
      'string s',
    ),
    {
      name: 'string.Format into a local; a caller-supplied query text with parameters is left to the caller',
      requireCleanParse: true,
    },
  ],
  [
    'cs-sql-commandtext-built',
    'csharp',
    m('cmd.CommandText = $"SELECT * FROM t WHERE n = \'{s}\'"; return cmd;'),
    m('cmd.CommandText = "SELECT * FROM t WHERE n = @n"; cmd.Parameters.AddWithValue("@n", s); return cmd;'),
    { requireCleanParse: true },
  ],
  [
    'cs-dapper-sql-built',
    'csharp',
    m('return db.Query<User>("SELECT * FROM u WHERE n = \'" + s + "\'");'),
    m('return db.Query<User>("SELECT * FROM u WHERE n = @s", new { s });'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-89 SQL injection (Csharp rules)', CASES);
