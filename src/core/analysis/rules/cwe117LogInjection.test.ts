// CWE-117 log injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../analyzeCode';
import { nodeParser } from '../../../adapters/node/nodeParser';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'c-syslog-injection',
    'c',
    '#include <syslog.h>\n#include <sys/socket.h>\nvoid greet(int fd)\n{\n    char hello[80];\n    ssize_t n = recv(fd, hello, sizeof hello - 1, 0);\n    if (n <= 0) return;\n    hello[n] = 0;\n    syslog(LOG_INFO, "client hello: %s", hello);\n}\n',
    '#include <syslog.h>\n#include <sys/socket.h>\nvoid greet(int fd)\n{\n    char hello[80];\n    ssize_t n = recv(fd, hello, sizeof hello - 1, 0);\n    if (n <= 0) return;\n    hello[n] = 0;\n    scrub_controls(hello);\n    syslog(LOG_INFO, "client hello: %s", hello);\n}\n',
  ],
  [
    'c-syslog-injection',
    'c',
    '#include <syslog.h>\nvoid note(const char *payload, const char *queue)\n{\n    syslog(LOG_NOTICE, "queue=%s item=%s", queue, payload);\n}\n',
    '#include <syslog.h>\nvoid note(const char *payload, const char *queue)\n{\n    syslog(LOG_NOTICE, "queue=%s item bytes=%zu", queue, strlen(payload));\n}\n',
  ],
  // Cutting the line at its first CR/LF before logging is a fix too.
  [
    'c-syslog-injection',
    'c',
    '#include <stdio.h>\n#include <syslog.h>\nvoid audit(FILE *in)\n{\n    char cmd[200];\n    if (!fgets(cmd, sizeof cmd, in)) return;\n    syslog(LOG_INFO, "cmd %s", cmd);\n}\n',
    '#include <stdio.h>\n#include <string.h>\n#include <syslog.h>\nvoid audit(FILE *in)\n{\n    char cmd[200];\n    if (!fgets(cmd, sizeof cmd, in)) return;\n    cmd[strcspn(cmd, "\\r\\n")] = 0;\n    syslog(LOG_INFO, "cmd %s", cmd);\n}\n',
  ],
  [
    'cs-log-message-built',
    'csharp',
    m('_logger.LogInformation("user " + s); return s;'),
    m('_logger.LogInformation("user {User}", s); return s;'),
    { requireCleanParse: true },
  ],
  [
    'c-log-write-injection',
    'c',
    'void record_login(FILE *logfile) {\n  const char *user = getenv("REMOTE_USER");\n  fprintf(logfile, "login ok for %s\\n", user);\n}\n',
    'void record_login(FILE *logfile) {\n  const char *user = getenv("REMOTE_USER");\n  char clean[128];\n  strip_control_chars(user, clean, sizeof clean);\n  fprintf(logfile, "login ok for %s\\n", clean);\n}\n',
    { name: 'fprintf to a log stream', requireCleanParse: true },
  ],
  [
    'c-log-write-injection',
    'c',
    'void note(FILE *logfile) {\n  fprintf(logfile, "login ok for %s\\n", getenv("REMOTE_USER"));\n}\n',
    'void note(FILE *logfile, const char *user) {\n  fprintf(logfile, "login ok for %s\\n", user);\n}\n',
    { name: "a caller's value alone is not evidence: logging helpers pass them on all the time" },
  ],
  [
    'c-log-write-injection',
    'c',
    'int main(void) {\n  char line[256];\n  fgets(line, sizeof line, stdin);\n  log_info("received %s", line);\n  return 0;\n}\n',
    'int main(void) {\n  char line[256];\n  fgets(line, sizeof line, stdin);\n  line[strcspn(line, "\\r\\n")] = 0;\n  log_info("received %s", line);\n  return 0;\n}\n',
    { name: 'a logging function; cut at the first CR/LF' },
  ],
  [
    'cpp-log-stream-injection',
    'cpp',
    'void audit(std::ofstream &log) {\n  std::string user;\n  std::getline(std::cin, user);\n  log << "password reset for " << user << std::endl;\n}\n',
    'void audit(std::ofstream &log) {\n  std::string user;\n  std::getline(std::cin, user);\n  log << "password reset for " << strip_newlines(user) << std::endl;\n}\n',
  ],
];

describeRuleCases('CWE-117 log injection', CASES);

describe('c-log-write-injection tiers', () => {
  const code = (call: string): string =>
    `void f(FILE *logfile) {\n  const char *user = getenv("REMOTE_USER");\n  ${call};\n}\n`;
  it('is a finding on fprintf to a log stream and a note on a project logging function', async () => {
    const tiers = async (call: string): Promise<string[]> =>
      (await analyzeCode(code(call), 'c', nodeParser())).findings
        .filter((f) => f.rule === 'c-log-write-injection')
        .map((f) => f.tier ?? 'finding');
    expect(await tiers('fprintf(logfile, "user %s\\n", user)')).toEqual(['finding']);
    expect(await tiers('log_info("user %s", user)')).toEqual(['note']);
  });
});
