import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-transmute-into-enum',
    'rust',
    'fn op(b: u8) -> Op {\n    unsafe { std::mem::transmute::<u8, Op>(b) }\n}\n',
    'fn op(b: u8) -> Option<Op> {\n    if b > Op::Halt as u8 {\n        return None;\n    }\n    Some(unsafe { std::mem::transmute::<u8, Op>(b) })\n}\n',
    { name: 'a byte into an enum; range checked first', cwe: 'CWE-843', requireCleanParse: true },
  ],
  [
    'rust-transmute-into-enum',
    'rust',
    'fn glyph(code: u32) -> char {\n    unsafe { mem::transmute::<u32, char>(code) }\n}\n',
    'fn bits(x: f32) -> u32 {\n    unsafe { mem::transmute::<f32, u32>(x) }\n}\n',
    { name: 'a u32 into char; a float reinterpreted as an integer', cwe: 'CWE-843', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-843 type confusion', CASES);
