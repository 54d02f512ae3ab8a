// C# in the slicer: def-use edges (out/ref, deconstruction, `this.x`), control dependence,
// hop-limited slices and pair slices on small programs, and analysis of C# input.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from '../analysis/analyzeCode';
import { at, fn, hasEdge, linked, slicingKit, stmt } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'csharp');

describe('C# PDGs', () => {
  it('links definitions to uses through paths, out/ref arguments and deconstruction', async () => {
    const pdg = fn(await kit.pdgs([
      'class Runner {',                                   // 1
      '  public string Run(string cmd, int n) {',         // 2
      '    var a = 1;',                                   // 3
      '    a = 2;',                                       // 4
      '    this.last = cmd;',                             // 5
      '    if (int.TryParse(cmd, out var num)) {',        // 6
      '      a = num;',                                   // 7
      '    }',                                            // 8
      '    var (p, q) = Split(cmd);',                     // 9
      '    Fill(out var buf, ref n);',                    // 10
      '    bool ok = !Check(p);',                         // 11
      '    if (!ok) { q = p; }',                          // 12
      '    n++;',                                         // 13
      '    return Exec(this.last, a, q, buf, n);',        // 14
      '  }',
      '}',
    ].join('\n')), 'Run');
    expect(at(pdg, 2).defs).toEqual(['cmd', 'n']);
    expect(hasEdge(pdg, 2, 5, 'data', 'cmd')).toBe(true);
    expect(hasEdge(pdg, 5, 14, 'data', 'this.last')).toBe(true);
    expect(hasEdge(pdg, 4, 14, 'data', 'a')).toBe(true);
    expect(hasEdge(pdg, 3, 14, 'data', 'a')).toBe(false);
    expect(hasEdge(pdg, 7, 14, 'data', 'a')).toBe(true);
    expect(hasEdge(pdg, 6, 7, 'data', 'num')).toBe(true);
    expect(hasEdge(pdg, 6, 7, 'control')).toBe(true);
    expect(at(pdg, 6).calls).toEqual(['int.TryParse']);
    expect(at(pdg, 9).defs.sort()).toEqual(['p', 'q']);
    expect(hasEdge(pdg, 9, 11, 'data', 'p')).toBe(true);
    expect(hasEdge(pdg, 9, 14, 'data', 'q')).toBe(true);
    expect(hasEdge(pdg, 12, 14, 'data', 'q')).toBe(true);
    // `ref n` reads and writes n, so the parameter no longer reaches `n++`.
    expect(at(pdg, 10).defs.sort()).toEqual(['buf', 'n']);
    expect(hasEdge(pdg, 2, 10, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 10, 13, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 2, 13, 'data', 'n')).toBe(false);
    expect(hasEdge(pdg, 13, 14, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 10, 14, 'data', 'buf')).toBe(true);
    // `!ok` only reads ok; the negation shares its node type with `++x`.
    const guard = stmt(pdg, 12, 'if_statement');
    expect(guard.defs).toEqual([]);
    expect(linked(pdg, at(pdg, 11), guard, 'data', 'ok')).toBe(true);
    expect(linked(pdg, guard, at(pdg, 12), 'control')).toBe(true);
    expect(at(pdg, 14).calls).toEqual(['Exec']);
  });

  it('gives loops, switch sections, try clauses control edges; unsafe blocks are plain blocks', async () => {
    const pdgs = await kit.pdgs([
      'class C {',                                        // 1
      '  void F(string[] items, int mode) {',             // 2
      '    int total = 0;',                               // 3
      '    foreach (var item in items) {',                // 4
      '      total += item.Length;',                      // 5
      '    }',                                            // 6
      '    switch (mode) {',                              // 7
      '      case 1:',                                    // 8
      '        total = 1;',                               // 9
      '        break;',                                   // 10
      '      default:',                                   // 11
      '        Log(total);',                              // 12
      '        break;',                                   // 13
      '    }',                                            // 14
      '    try {',                                        // 15
      '      Save(total);',                               // 16
      '    } catch (IOException e) {',                    // 17
      '      Log(e.Message);',                            // 18
      '    } finally {',                                  // 19
      '      total = 0;',                                 // 20
      '    }',                                            // 21
      '    unsafe {',                                     // 22
      '      total = Peek(total);',                       // 23
      '    }',                                            // 24
      '    Func<int, int> twice = x => x * total;',       // 25
      '    int Local(int k) { return k + total; }',       // 26
      '  }',
      '}',
    ].join('\n'));
    const pdg = fn(pdgs, 'F');
    expect(hasEdge(pdg, 4, 5, 'control')).toBe(true);
    expect(hasEdge(pdg, 4, 5, 'data')).toBe(true);
    expect(hasEdge(pdg, 5, 4, 'data')).toBe(false);
    expect(hasEdge(pdg, 7, 8, 'control')).toBe(true);
    expect(hasEdge(pdg, 8, 9, 'control')).toBe(true);
    expect(hasEdge(pdg, 11, 12, 'control')).toBe(true);
    expect(hasEdge(pdg, 5, 12, 'data', 'total')).toBe(true);
    expect(hasEdge(pdg, 15, 16, 'control')).toBe(true);
    expect(linked(pdg, stmt(pdg, 17, 'catch_clause'), at(pdg, 18), 'control')).toBe(true);
    expect(linked(pdg, stmt(pdg, 17, 'catch_declaration'), at(pdg, 18), 'data')).toBe(true);
    expect(hasEdge(pdg, 19, 20, 'control')).toBe(true);
    expect(hasEdge(pdg, 20, 23, 'data', 'total')).toBe(true);
    expect(pdg.edges.some((e) => e.kind === 'control' && e.to === at(pdg, 23).id)).toBe(false);
    expect(pdg.statements.some((s) => s.startLine === 25 && s.defs.includes('twice'))).toBe(true);
    expect(at(fn(pdgs, 'twice'), 25).uses).toContain('x');
    const local = fn(pdgs, 'Local');
    expect(local.statements[0]?.defs).toEqual(['k']);
    expect(linked(local, stmt(local, 26, 'local_function_statement'), stmt(local, 26, 'return_statement'), 'data', 'k')).toBe(true);
  });
});

describe('C# slices', () => {
  const query = [
    'class Q {',                                                              // 1
    '  public void Find(HttpRequest req, SqlConnection conn) {',              // 2
    '    string name = req.Query["name"];',                                   // 3
    '    string trimmed = name.Trim();',                                      // 4
    '    string sql = "SELECT * FROM users WHERE name = \'" + trimmed + "\'";', // 5
    '    int unrelated = 42;',                                                // 6
    '    Log(unrelated);',                                                    // 7
    '    var cmd = new SqlCommand(sql, conn);',                               // 8
    '    var reader = cmd.ExecuteReader();',                                  // 9
    '    while (reader.Read()) {',                                            // 10
    '      Console.WriteLine(reader.GetString(0));',                          // 11
    '    }',                                                                  // 12
    '  }',                                                                    // 13
    '}',                                                                      // 14
  ].join('\n');

  it('walks two hops each way and keeps the signature and enclosing braces', async () => {
    expect(await kit.slice(query, [5], 2)).toEqual([1, 2, 3, 4, 5, 8, 9, 13, 14]);
    expect(await kit.slice(query, [5], 1)).toEqual([1, 2, 4, 5, 8, 13, 14]);
  });

  it('keeps the lines opening and closing an unsafe block around a kept line', async () => {
    const code = ['class U {', '  void G(int n) {', '    int a = n;', '    unsafe {', '      a = a * 2;', '    }', '    Use(a);', '  }', '}'].join('\n');
    expect(await kit.slice(code, [5], 1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('pair-slices a SQL injection fix and aligns the two sides', async () => {
    const vulnerable = [
      'class Q {',                                                             // 1
      '  public object Find(SqlConnection conn, string name) {',               // 2
      '    int limit = 10;',                                                   // 3
      '    string sql = "SELECT * FROM users WHERE name = \'" + name + "\'";',  // 4
      '    var cmd = new SqlCommand(sql, conn);',                              // 5
      '    Log(limit);',                                                       // 6
      '    return cmd.ExecuteScalar();',                                       // 7
      '  }',                                                                   // 8
      '}',                                                                     // 9
    ].join('\n');
    const fixed = [
      'class Q {',
      '  public object Find(SqlConnection conn, string name) {',
      '    int limit = 10;',
      '    string sql = "SELECT * FROM users WHERE name = @name";',           // 4
      '    var cmd = new SqlCommand(sql, conn);',                              // 5
      '    cmd.Parameters.AddWithValue("@name", name);',                       // 6
      '    Log(limit);',                                                       // 7
      '    return cmd.ExecuteScalar();',                                       // 8
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
    const record = await analyzeCode('class A { void F(string s) { var p = Process.Start("sh", s); p.WaitForExit(); } }', 'csharp', nodeParser());
    expect(record.language).toBe('csharp');
    expect(record.parsed).toBe(true);
  });
});
