// CWE-78 OS command injection (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const ping = (check: string): string =>
  `#include <ctype.h>\n#include <stdio.h>\n#include <stdlib.h>\nint ping(const char *host) {\n  char cmd[256];\n${check}  snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);\n  return system(cmd);\n}\n`;

/** A C++ helper that runs its parameter through a shell, and a caller built from `caller`. */
const wrapper = (caller: string): string =>
  `#include <cstdio>\n#include <string>\nstd::string run_command(const std::string &command) {\n  FILE *fp = popen(command.c_str(), "r");\n  if (fp == nullptr) return "";\n  std::string out;\n  char buf[256];\n  while (fgets(buf, sizeof buf, fp)) out += buf;\n  pclose(fp);\n  return out;\n}\n${caller}`;

const CASES: RuleCase[] = [
  [
    'c-shell-wrapper-call',
    'cpp',
    wrapper('std::string whois(const std::string &user) {\n  return run_command("id " + user);\n}\n'),
    wrapper('std::string new_key(int bits) {\n  return run_command("openssl genrsa " + std::to_string(bits));\n}\n'),
    { name: 'a command wrapper is judged at its callers: a spliced name, not a number' },
  ],
  [
    'c-shell-command',
    'cpp',
    wrapper(''),
    wrapper('std::string new_key(int bits) {\n  return run_command("openssl genrsa " + std::to_string(bits));\n}\n'),
    { name: "a wrapper's parameter is outside input only when the file never calls it" },
  ],
  [
    'c-shell-wrapper-call',
    'c',
    '#include <stdio.h>\nint run(const char *command) {\n  FILE *p = popen(command, "r");\n  return p ? pclose(p) : -1;\n}\nint list(const char *dir) {\n  char cmd[300];\n  snprintf(cmd, sizeof cmd, "ls -l %s", dir);\n  return run(cmd);\n}\n',
    '#include <stdio.h>\nint run(const char *command) {\n  FILE *p = popen(command, "r");\n  return p ? pclose(p) : -1;\n}\nint list(int depth) {\n  char cmd[300];\n  snprintf(cmd, sizeof cmd, "find . -maxdepth %d", depth);\n  return run(cmd);\n}\n',
  ],
  [
    'c-shell-command',
    'c',
    ping(''),
    ping(
      "  for (const char *p = host; *p != '\\0'; ++p)\n    if (!isalnum((unsigned char)*p) && *p != '.')\n      return -1;\n",
    ),
    { name: 'a loop that walks the spliced name with a cursor and refuses other characters' },
  ],
  [
    'c-shell-command',
    'c',
    ping(''),
    `static int host_ok(const char *h) {\n  size_t n = strlen(h);\n  return n > 0 && strspn(h, "abcdefghijklmnopqrstuvwxyz0123456789.-") == n;\n}\n${ping('  if (!host_ok(host))\n    return -1;\n')}`,
    { name: 'a file-local helper that admits only listed characters' },
  ],
  [
    'c-shell-command',
    'c',
    'int main(int argc, char **argv) { char c[64]; snprintf(c, sizeof c, "ls %s", argv[1]); return system(c); }\n',
    'int main(void) { return system("ls"); }\n',
  ],
  [
    'c-shell-command',
    'c',
    '#include <stdio.h>\n#include <stdlib.h>\nint make_key(const char *bits) {\n  char cmd[256];\n  snprintf(cmd, sizeof cmd, "openssl genrsa -out /tmp/k.pem %s", bits);\n  return system(cmd);\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\nint make_key(void) {\n  char tmp[] = "/tmp/keyXXXXXX";\n  int fd = mkstemp(tmp);\n  char cmd[256];\n  snprintf(cmd, sizeof cmd, "openssl genrsa -out %s 2048", tmp);\n  close(fd);\n  return system(cmd);\n}\n',
    { requireCleanParse: true, name: 'a temporary name the program made is no outside text' },
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
  [
    'rust-shell-args-formatted',
    'rust',
    'fn main() {\n    let b = std::env::args().nth(1).unwrap();\n    Command::new("/bin/sh").args(&["-c", &format!("git checkout {}", b)]).status().unwrap();\n}\n',
    'fn main() {\n    let b = std::env::args().nth(1).unwrap();\n    Command::new("/bin/sh").args(&["-c", "git status"]).status().unwrap();\n}\n',
    { name: 'a shell by absolute path with a borrowed array' },
  ],
];

describeRuleCases('CWE-78 OS command injection (Native rules)', CASES);
