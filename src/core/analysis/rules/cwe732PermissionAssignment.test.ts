// CWE-732 permissive permissions on critical resources: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  ['world-writable-permissions', 'python', 'import os\nos.chmod("f", 0o777)\n', 'import os\nos.chmod("f", 0o600)\n'],
  [
    'js-world-writable-mode',
    'javascript',
    'fs.chmodSync(dir, 0o777);\n',
    'fs.chmodSync(dir, 0o700);\n',
    { requireCleanParse: true },
  ],
  [
    'js-world-writable-mode',
    'typescript',
    'fs.chmodSync(file, 0o646);\n',
    'fs.chmodSync(file, 0o644);\n',
    { requireCleanParse: true },
  ],
  [
    'java-world-writable-permissions',
    'java',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-")); } }',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----")); } }',
    { requireCleanParse: true },
  ],
  [
    'cs-world-writable',
    'csharp',
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.OtherWrite); return s;'),
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.UserWrite); return s;'),
    { requireCleanParse: true },
  ],
  [
    'c-secret-file-mode',
    'c',
    'int save_api_token(const char *dir, const char *token) {\n  char path[512];\n  snprintf(path, sizeof path, "%s/token", dir);\n  FILE *f = fopen(path, "w");\n  if (!f) return -1;\n  fputs(token, f);\n  return fclose(f);\n}\n',
    'int save_api_token(const char *dir, const char *token) {\n  char path[512];\n  snprintf(path, sizeof path, "%s/token", dir);\n  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);\n  if (fd < 0) return -1;\n  FILE *f = fdopen(fd, "w");\n  fputs(token, f);\n  return fclose(f);\n}\n',
    { name: 'fopen with the default mode vs open 0600', requireCleanParse: true },
  ],
  [
    'c-secret-file-mode',
    'c',
    'int store(const char *secret) {\n  int fd = open("/var/lib/app/private.key", O_WRONLY | O_CREAT, 0644);\n  return write(fd, secret, strlen(secret));\n}\n',
    'int store(const char *secret) {\n  FILE *f = fopen("/var/lib/app/private.key", "w");\n  fchmod(fileno(f), 0600);\n  return fputs(secret, f);\n}\n',
    { name: 'an explicit 0644 vs narrowed with fchmod' },
  ],
  [
    'c-secret-file-mode',
    'c',
    'int store(const char *secret) {\n  // umask(077);\n  int fd = open("/var/lib/app/secret.txt", O_WRONLY | O_CREAT, S_IRUSR | S_IWUSR | S_IROTH);\n  return write(fd, secret, strlen(secret));\n}\n',
    'int store(const char *secret) {\n  umask(077);\n  int fd = open("/var/lib/app/secret.txt", O_WRONLY | O_CREAT, S_IRUSR | S_IWUSR | S_IROTH);\n  return write(fd, secret, strlen(secret));\n}\n',
    { name: 'a commented-out umask narrows nothing' },
  ],
  [
    'cpp-secret-stream-mode',
    'cpp',
    'void save_secret(const std::string &path, const std::string &secret) {\n  std::ofstream out(path);\n  out << secret;\n}\n',
    'void save_secret(const std::string &path, const std::string &secret) {\n  std::ofstream out(path);\n  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);\n  out << secret;\n}\n',
  ],
  [
    'rust-world-writable-permissions',
    'rust',
    'use std::os::unix::fs::PermissionsExt;\nfn publish(path: &str) -> std::io::Result<()> {\n    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o777))\n}\n',
    'use std::os::unix::fs::PermissionsExt;\nfn publish(path: &str) -> std::io::Result<()> {\n    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))\n}\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-732 permissive permissions on critical resources', CASES);
