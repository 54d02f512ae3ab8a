import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-dangerous-function',
    'c',
    'int port(const char *v) { return atoi(v); }\n',
    'int port(const char *v) { char *e; long p = strtol(v, &e, 10); return *e ? -1 : (int)p; }\n',
  ],
  [
    'rust-unchecked-utf8',
    'rust',
    'pub fn text_of(frame: &[u8]) -> &str {\n    unsafe { std::str::from_utf8_unchecked(&frame[2..]) }\n}\n',
    'pub fn text_of(frame: &[u8]) -> Option<&str> {\n    std::str::from_utf8(&frame[2..]).ok()\n}\n',
    { name: 'bytes of a parameter; checked conversion', requireCleanParse: true },
  ],
  [
    'rust-unchecked-utf8',
    'rust',
    'fn line(sock: &mut TcpStream) -> String {\n    let mut buf = vec![0u8; 512];\n    let n = sock.read(&mut buf).unwrap_or(0);\n    unsafe { String::from_utf8_unchecked(buf[..n].to_vec()) }\n}\n',
    'fn line(sock: &mut TcpStream) -> String {\n    let mut buf = vec![0u8; 512];\n    let n = sock.read(&mut buf).unwrap_or(0);\n    if !buf[..n].is_ascii() {\n        return String::new();\n    }\n    unsafe { String::from_utf8_unchecked(buf[..n].to_vec()) }\n}\n',
    { name: 'a buffer filled from a socket; checked ASCII first', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-676 potentially dangerous functions', CASES);

describe('rust-unchecked-utf8 tiers', () => {
  it('is a note when the bytes were made in the function, not read from outside', async () => {
    const code =
      'fn digits(n: u32) -> String {\n    let mut out = Vec::new();\n    push_digits(&mut out, n);\n    unsafe { String::from_utf8_unchecked(out) }\n}\n';
    const record = await analyzeCode(code, 'rust', nodeParser());
    const own = record.findings.filter((f) => f.rule === 'rust-unchecked-utf8').map((f) => f.tier);
    expect(own).toEqual(['note']);
  });
});
