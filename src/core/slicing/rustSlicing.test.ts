// Rust in the slicer: def-use edges (`let` patterns, `&mut` arguments, `self.x`, macros, `?`),
// control dependence, hop-limited slices and pair slices on small programs, and analysis of Rust input.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from '../analysis/analyzeCode';
import { at, fn, hasEdge, linked, slicingKit, stmt } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'rust');

describe('Rust PDGs', () => {
  it('links definitions to uses through patterns, &mut arguments, self paths and macros', async () => {
    const pdg = fn(await kit.pdgs([
      'impl Runner {',                                                   // 1
      '    fn run(&mut self, cmd: &str, mut n: usize) -> Result<String, Error> {', // 2
      '        let mut a = 1;',                                          // 3
      '        a = 2;',                                                  // 4
      '        self.last = cmd.to_string();',                            // 5
      '        let (p, q) = split(cmd);',                                // 6
      '        if let Some(v) = lookup(p) {',                            // 7
      '            a = v;',                                              // 8
      '        }',                                                       // 9
      '        read_into(&mut n, &q);',                                  // 10
      '        let s = format!("{} {}", p, q);',                         // 11
      '        let out = Command::new("sh").arg(&s).output()?;',         // 12
      '        Ok(exec(&self.last, a, n, out))',                         // 13
      '    }',
      '}',
    ].join('\n')), 'run');
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
    const pdgs = await kit.pdgs([
      'fn handle(items: &[Item], mode: u8) -> u32 {',  // 1
      '    let mut total = 0;',                        // 2
      '    for item in items.iter() {',                // 3
      '        total += item.size;',                   // 4
      '    }',                                         // 5
      '    match mode {',                              // 6
      '        1 => total = 1,',                       // 7
      '        n if n > 5 => {',                       // 8
      '            log(n);',                           // 9
      '        }',                                     // 10
      '        _ => {}',                               // 11
      '    }',                                         // 12
      '    while total > 100 {',                       // 13
      '        total -= 1;',                           // 14
      '    }',                                         // 15
      '    unsafe {',                                  // 16
      '        total = peek(total);',                  // 17
      '    }',                                         // 18
      '    let twice = |x: u32| x * 2;',               // 19
      '    twice(total)',                              // 20
      '}',
    ].join('\n'));
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

describe('Rust slices', () => {
  const serve = [
    'fn serve(req: &Request) -> io::Result<()> {',    // 1
    '    let name = req.param("file");',               // 2
    '    let clean = name.trim();',                    // 3
    '    let path = format!("/srv/{}", clean);',       // 4
    '    let unrelated = 42;',                         // 5
    '    log(unrelated);',                             // 6
    '    let data = fs::read(&path)?;',                // 7
    '    let body = String::from_utf8_lossy(&data);', // 8
    '    respond(body)',                               // 9
    '}',                                               // 10
  ].join('\n');

  it('walks two hops each way through macro arguments and `?`', async () => {
    expect(await kit.slice(serve, [4], 2)).toEqual([1, 2, 3, 4, 7, 8, 10]);
    expect(await kit.slice(serve, [4], 1)).toEqual([1, 3, 4, 7, 10]);
  });

  it('keeps the lines opening and closing an unsafe block around a kept line', async () => {
    const code = ['fn g(p: *mut u8) {', '    let n = 4;', '    unsafe {', '        *p = n;', '    }', '    done();', '}'].join('\n');
    expect(await kit.slice(code, [4], 1)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('pair-slices a path traversal fix and aligns the two sides', async () => {
    const vulnerable = [
      'fn read_file(base: &Path, name: &str) -> io::Result<String> {', // 1
      '    let mut count = 0;',                                         // 2
      '    let path = base.join(name);',                                // 3
      '    count += 1;',                                                // 4
      '    let text = fs::read_to_string(&path)?;',                     // 5
      '    Ok(text)',                                                   // 6
      '}',                                                             // 7
    ].join('\n');
    const fixed = [
      'fn read_file(base: &Path, name: &str) -> io::Result<String> {',
      '    let mut count = 0;',
      '    let path = base.join(name);',
      '    count += 1;',
      '    let canon = path.canonicalize()?;',                          // 5
      '    if !canon.starts_with(base) {',                              // 6
      '        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside"));', // 7
      '    }',                                                          // 8
      '    let text = fs::read_to_string(&canon)?;',                    // 9
      '    Ok(text)',                                                   // 10
      '}',                                                            // 11
    ].join('\n');
    const result = await kit.pair(vulnerable, fixed);
    expect(result.vulnerable.lines).toEqual([1, 3, 5, 6, 7]);
    expect(result.fixed.lines).toEqual([1, 3, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.vulnerable.text).toContain('// ...');
    expect(result.fixed.text).not.toContain('count');
  });
});

describe('Rust analysis', () => {
  it('analyses Rust code without throwing, building PDGs for its functions', async () => {
    const code = 'fn f(arg: &str) {\n    let out = std::process::Command::new("sh").arg(arg).output().unwrap();\n    println!("{:?}", out);\n}\n';
    const record = await analyzeCode(code, 'rust', nodeParser());
    expect(record.language).toBe('rust');
    expect(record.parsed).toBe(true);
  });
});
