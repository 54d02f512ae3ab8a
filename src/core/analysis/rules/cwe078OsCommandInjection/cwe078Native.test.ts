// CWE-78 OS command injection (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'c-shell-command',
    'c',
    'int main(int argc, char **argv) { char c[64]; snprintf(c, sizeof c, "ls %s", argv[1]); return system(c); }\n',
    'int main(void) { return system("ls"); }\n',
  ],
  [
    'rust-shell-formatted',
    'rust',
    'fn f(u: &str) { Command::new("sh").arg("-c").arg(format!("ping {}", u)).output(); }\n',
    'fn f(u: &str) { Command::new("ping").arg(u).output(); }\n',
  ],
  [
    'rust-shell-args-formatted',
    'rust',
    rust(
      'fn f(h: &str) { let s = format!("ping {}", h); std::process::Command::new("sh").args(["-c", &s]).status().ok(); }',
    ),
    rust('fn f(h: &str) { std::process::Command::new("ping").args(["-c", "1", h]).status().ok(); }'),
    { cwe: 'CWE-78' },
  ],
];

describeRuleCases('CWE-78 OS command injection (Native rules)', CASES);
