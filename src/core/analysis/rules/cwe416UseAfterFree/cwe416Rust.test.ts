// CWE-416 use after free (Rust rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-raw-pointer-after-drop',
    'rust',
    rust('fn f(v: Vec<u32>) -> u32 { let p = v.as_ptr(); drop(v); unsafe { *p } }'),
    rust('fn f(v: Vec<u32>) -> u32 { let x = v[0]; drop(v); x }'),
    { cwe: 'CWE-416' },
  ],
  [
    'rust-raw-pointer-after-drop',
    'rust',
    rust('fn f() -> u64 { let b = Box::new(Rec { t: 1 }); let p: *const Rec = &*b; drop(b); unsafe { (*p).t } }'),
    rust(
      'fn f() -> u64 { let b = Box::new(Rec { t: 1 }); let p: *const Rec = &*b; let t = unsafe { (*p).t }; drop(b); t }',
    ),
    { name: 'a reference coerced to a raw pointer by the binding type' },
  ],
];

describeRuleCases('CWE-416 use after free (Rust rules)', CASES);
