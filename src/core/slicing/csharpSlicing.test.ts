// C# in the slicer's PDG: def-use edges (out/ref, deconstruction, `this.x`) and control dependence.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { at, fn, hasEdge, linked, slicingKit, stmt } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'csharp');

describe('C# PDGs', () => {
  it('links definitions to uses through paths, out/ref arguments and deconstruction', async () => {
    const pdg = fn(
      await kit.pdgs(
        [
          'class Runner {', // 1
          '  public string Run(string cmd, int n) {', // 2
          '    var a = 1;', // 3
          '    a = 2;', // 4
          '    this.last = cmd;', // 5
          '    if (int.TryParse(cmd, out var num)) {', // 6
          '      a = num;', // 7
          '    }', // 8
          '    var (p, q) = Split(cmd);', // 9
          '    Fill(out var buf, ref n);', // 10
          '    bool ok = !Check(p);', // 11
          '    if (!ok) { q = p; }', // 12
          '    n++;', // 13
          '    return Exec(this.last, a, q, buf, n);', // 14
          '  }',
          '}',
        ].join('\n'),
      ),
      'Run',
    );
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
    const pdgs = await kit.pdgs(
      [
        'class C {', // 1
        '  void F(string[] items, int mode) {', // 2
        '    int total = 0;', // 3
        '    foreach (var item in items) {', // 4
        '      total += item.Length;', // 5
        '    }', // 6
        '    switch (mode) {', // 7
        '      case 1:', // 8
        '        total = 1;', // 9
        '        break;', // 10
        '      default:', // 11
        '        Log(total);', // 12
        '        break;', // 13
        '    }', // 14
        '    try {', // 15
        '      Save(total);', // 16
        '    } catch (IOException e) {', // 17
        '      Log(e.Message);', // 18
        '    } finally {', // 19
        '      total = 0;', // 20
        '    }', // 21
        '    unsafe {', // 22
        '      total = Peek(total);', // 23
        '    }', // 24
        '    Func<int, int> twice = x => x * total;', // 25
        '    int Local(int k) { return k + total; }', // 26
        '  }',
        '}',
      ].join('\n'),
    );
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
    expect(
      linked(local, stmt(local, 26, 'local_function_statement'), stmt(local, 26, 'return_statement'), 'data', 'k'),
    ).toBe(true);
  });
});
