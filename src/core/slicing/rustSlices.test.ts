// Rust slices: hop-limited slices, unsafe blocks and a vulnerable/fixed pair; analysis of Rust input.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from '../analysis/analyzeCode';
import { slicingKit } from './slicingTestKit';

const kit = slicingKit(nodeParser(), 'rust');

describe('Rust slices', () => {
  const serve = [
    'fn serve(req: &Request) -> io::Result<()> {', // 1
    '    let name = req.param("file");', // 2
    '    let clean = name.trim();', // 3
    '    let path = format!("/srv/{}", clean);', // 4
    '    let unrelated = 42;', // 5
    '    log(unrelated);', // 6
    '    let data = fs::read(&path)?;', // 7
    '    let body = String::from_utf8_lossy(&data);', // 8
    '    respond(body)', // 9
    '}', // 10
  ].join('\n');

  it('walks two hops each way through macro arguments and `?`', async () => {
    expect(await kit.slice(serve, [4], 2)).toEqual([1, 2, 3, 4, 7, 8, 10]);
    expect(await kit.slice(serve, [4], 1)).toEqual([1, 3, 4, 7, 10]);
  });

  it('keeps the lines opening and closing an unsafe block around a kept line', async () => {
    const code = [
      'fn g(p: *mut u8) {',
      '    let n = 4;',
      '    unsafe {',
      '        *p = n;',
      '    }',
      '    done();',
      '}',
    ].join('\n');
    expect(await kit.slice(code, [4], 1)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('pair-slices a path traversal fix and aligns the two sides', async () => {
    const vulnerable = [
      'fn read_file(base: &Path, name: &str) -> io::Result<String> {', // 1
      '    let mut count = 0;', // 2
      '    let path = base.join(name);', // 3
      '    count += 1;', // 4
      '    let text = fs::read_to_string(&path)?;', // 5
      '    Ok(text)', // 6
      '}', // 7
    ].join('\n');
    const fixed = [
      'fn read_file(base: &Path, name: &str) -> io::Result<String> {',
      '    let mut count = 0;',
      '    let path = base.join(name);',
      '    count += 1;',
      '    let canon = path.canonicalize()?;', // 5
      '    if !canon.starts_with(base) {', // 6
      '        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "outside"));', // 7
      '    }', // 8
      '    let text = fs::read_to_string(&canon)?;', // 9
      '    Ok(text)', // 10
      '}', // 11
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
    const code =
      'fn f(arg: &str) {\n    let out = std::process::Command::new("sh").arg(arg).output().unwrap();\n    println!("{:?}", out);\n}\n';
    const record = await analyzeCode(code, 'rust', nodeParser());
    expect(record.language).toBe('rust');
    expect(record.parsed).toBe(true);
  });
});
