// Rust in the slicer's PDG: def-use edges (`let` patterns, `&mut` arguments, `self.x`, macros,
// `?`) and control dependence.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { at, fn, hasEdge, linked, slicingKit, stmt } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'rust');

describe('Rust PDGs', () => {
  it('links definitions to uses through patterns, &mut arguments, self paths and macros', async () => {
    const pdg = fn(
      await kit.pdgs(
        [
          'impl Runner {', // 1
          '    fn run(&mut self, cmd: &str, mut n: usize) -> Result<String, Error> {', // 2
          '        let mut a = 1;', // 3
          '        a = 2;', // 4
          '        self.last = cmd.to_string();', // 5
          '        let (p, q) = split(cmd);', // 6
          '        if let Some(v) = lookup(p) {', // 7
          '            a = v;', // 8
          '        }', // 9
          '        read_into(&mut n, &q);', // 10
          '        let s = format!("{} {}", p, q);', // 11
          '        let out = Command::new("sh").arg(&s).output()?;', // 12
          '        Ok(exec(&self.last, a, n, out))', // 13
          '    }',
          '}',
        ].join('\n'),
      ),
      'run',
    );
    expect(at(pdg, 2).defs).toEqual(['self', 'cmd', 'n']);
    expect(hasEdge(pdg, 2, 5, 'data', 'cmd')).toBe(true);
    expect(hasEdge(pdg, 5, 13, 'data', 'self.last')).toBe(true);
    expect(hasEdge(pdg, 4, 13, 'data', 'a')).toBe(true);
    expect(hasEdge(pdg, 3, 13, 'data', 'a')).toBe(false);
    expect(hasEdge(pdg, 8, 13, 'data', 'a')).toBe(true);
    expect(hasEdge(pdg, 6, 7, 'data', 'p')).toBe(true);
    expect(hasEdge(pdg, 7, 8, 'data', 'v')).toBe(true);
    expect(hasEdge(pdg, 7, 8, 'control')).toBe(true);
    // `Some` is the pattern's constructor, not a binding.
    expect(stmt(pdg, 7, 'if_expression').defs).toEqual(['v']);
    // `&mut n` is written by the callee; `&q` is only read.
    expect(at(pdg, 10).defs).toEqual(['n']);
    expect(hasEdge(pdg, 2, 10, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 10, 13, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 2, 13, 'data', 'n')).toBe(false);
    expect(hasEdge(pdg, 6, 11, 'data', 'q')).toBe(true);
    expect(at(pdg, 11).calls).toEqual(['format']);
    expect(hasEdge(pdg, 11, 12, 'data', 's')).toBe(true);
    expect(at(pdg, 12).calls).toContain('Command::new().arg().output');
    expect(hasEdge(pdg, 12, 13, 'data', 'out')).toBe(true);
  });

  it('gives for/match/while control edges, carries loop writes, and treats unsafe as a block', async () => {
    const pdgs = await kit.pdgs(
      [
        'fn handle(items: &[Item], mode: u8) -> u32 {', // 1
        '    let mut total = 0;', // 2
        '    for item in items.iter() {', // 3
        '        total += item.size;', // 4
        '    }', // 5
        '    match mode {', // 6
        '        1 => total = 1,', // 7
        '        n if n > 5 => {', // 8
        '            log(n);', // 9
        '        }', // 10
        '        _ => {}', // 11
        '    }', // 12
        '    while total > 100 {', // 13
        '        total -= 1;', // 14
        '    }', // 15
        '    unsafe {', // 16
        '        total = peek(total);', // 17
        '    }', // 18
        '    let twice = |x: u32| x * 2;', // 19
        '    twice(total)', // 20
        '}',
      ].join('\n'),
    );
    const pdg = fn(pdgs, 'handle');
    expect(hasEdge(pdg, 3, 4, 'control')).toBe(true);
    expect(hasEdge(pdg, 3, 4, 'data')).toBe(true);
    expect(hasEdge(pdg, 2, 4, 'data', 'total')).toBe(true);
    const match = stmt(pdg, 6, 'match_expression');
    expect(linked(pdg, match, stmt(pdg, 7, 'match_arm'), 'control')).toBe(true);
    expect(linked(pdg, match, stmt(pdg, 8, 'match_arm'), 'control')).toBe(true);
    expect(hasEdge(pdg, 8, 9, 'control')).toBe(true);
    expect(hasEdge(pdg, 8, 9, 'data', 'n')).toBe(true);
    expect(hasEdge(pdg, 7, 13, 'data', 'total')).toBe(true);
    expect(hasEdge(pdg, 4, 13, 'data', 'total')).toBe(true);
    expect(hasEdge(pdg, 14, 13, 'data', 'total')).toBe(true);
    expect(hasEdge(pdg, 13, 14, 'control')).toBe(true);
    expect(hasEdge(pdg, 14, 17, 'data', 'total')).toBe(true);
    expect(pdg.edges.some((e) => e.kind === 'control' && e.to === at(pdg, 17).id)).toBe(false);
    expect(hasEdge(pdg, 19, 20, 'data', 'twice')).toBe(true);
    expect(hasEdge(pdg, 17, 20, 'data', 'total')).toBe(true);
    const closure = fn(pdgs, 'twice');
    expect(closure.statements[0]?.defs).toEqual(['x']);
  });
});
