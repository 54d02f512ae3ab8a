// C# slices: hop-limited slices, unsafe blocks and a vulnerable/fixed pair; analysis of C# input.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from '../analysis/analyzeCode';
import { slicingKit } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'csharp');

describe('C# slices', () => {
  const query = [
    'class Q {', // 1
    '  public void Find(HttpRequest req, SqlConnection conn) {', // 2
    '    string name = req.Query["name"];', // 3
    '    string trimmed = name.Trim();', // 4
    '    string sql = "SELECT * FROM users WHERE name = \'" + trimmed + "\'";', // 5
    '    int unrelated = 42;', // 6
    '    Log(unrelated);', // 7
    '    var cmd = new SqlCommand(sql, conn);', // 8
    '    var reader = cmd.ExecuteReader();', // 9
    '    while (reader.Read()) {', // 10
    '      Console.WriteLine(reader.GetString(0));', // 11
    '    }', // 12
    '  }', // 13
    '}', // 14
  ].join('\n');

  it('walks two hops each way and keeps the signature and enclosing braces', async () => {
    expect(await kit.slice(query, [5], 2)).toEqual([1, 2, 3, 4, 5, 8, 9, 13, 14]);
    expect(await kit.slice(query, [5], 1)).toEqual([1, 2, 4, 5, 8, 13, 14]);
  });

  it('keeps the lines opening and closing an unsafe block around a kept line', async () => {
    const code = [
      'class U {',
      '  void G(int n) {',
      '    int a = n;',
      '    unsafe {',
      '      a = a * 2;',
      '    }',
      '    Use(a);',
      '  }',
      '}',
    ].join('\n');
    expect(await kit.slice(code, [5], 1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('pair-slices a SQL injection fix and aligns the two sides', async () => {
    const vulnerable = [
      'class Q {', // 1
      '  public object Find(SqlConnection conn, string name) {', // 2
      '    int limit = 10;', // 3
      '    string sql = "SELECT * FROM users WHERE name = \'" + name + "\'";', // 4
      '    var cmd = new SqlCommand(sql, conn);', // 5
      '    Log(limit);', // 6
      '    return cmd.ExecuteScalar();', // 7
      '  }', // 8
      '}', // 9
    ].join('\n');
    const fixed = [
      'class Q {',
      '  public object Find(SqlConnection conn, string name) {',
      '    int limit = 10;',
      '    string sql = "SELECT * FROM users WHERE name = @name";', // 4
      '    var cmd = new SqlCommand(sql, conn);', // 5
      '    cmd.Parameters.AddWithValue("@name", name);', // 6
      '    Log(limit);', // 7
      '    return cmd.ExecuteScalar();', // 8
      '  }',
      '}',
    ].join('\n');
    const result = await kit.pair(vulnerable, fixed);
    expect(result.vulnerable.lines).toEqual([1, 2, 4, 5, 7, 8, 9]);
    expect(result.fixed.lines).toEqual([1, 2, 4, 5, 6, 8, 9, 10]);
    expect(result.vulnerable.text).toContain('// ...');
    expect(result.fixed.text).not.toContain('limit');
  });
});

describe('C# analysis', () => {
  it('analyses C# code without throwing, building PDGs for its methods', async () => {
    const record = await analyzeCode(
      'class A { void F(string s) { var p = Process.Start("sh", s); p.WaitForExit(); } }',
      'csharp',
      nodeParser(),
    );
    expect(record.language).toBe('csharp');
    expect(record.parsed).toBe(true);
  });
});
