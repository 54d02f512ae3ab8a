// CWE-276 incorrect default permissions: each rule flags its vulnerable snippet and stays silent on the safe one
// (our own snippets); the mode helpers read octal modes and umasks.
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { ruleTiers } from '../ruleTestKit';
import { modeGrantsOthersWrite, umaskKeepsOthersWrite } from './cwe276DefaultPermissions';

const P = 'permissive-creation-mode';

const CASES: RuleCase[] = [
  [
    P,
    'python',
    'import os\ndef spool(d):\n    os.makedirs(d, mode=0o777, exist_ok=True)\n',
    'import os\ndef spool(d):\n    os.makedirs(d, mode=0o750, exist_ok=True)\n',
    { cwe: 'CWE-276' },
  ],
  [
    P,
    'python',
    'import os\ndef start():\n    os.umask(0)\n',
    'import os\ndef start():\n    os.umask(0o077)\n',
    { name: 'umask' },
  ],
  [
    P,
    'c',
    '#include <fcntl.h>\nint make(const char *p) { umask(0);\n  return open(p, O_WRONLY | O_CREAT | O_TRUNC, 0666); }\n',
    '#include <fcntl.h>\nint make(const char *p) { umask(077);\n  return open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600); }\n',
  ],
  [
    P,
    'go',
    'package s\n\nimport "os"\n\nfunc Save(p string, b []byte) error { return os.WriteFile(p, b, 0666) }\n',
    'package s\n\nimport "os"\n\nfunc Save(p string, b []byte) error { return os.WriteFile(p, b, 0600) }\n',
  ],
  [
    P,
    'go',
    'package s\n\nimport "os"\n\nfunc Spool(d string) error { return os.MkdirAll(d, 0o777) }\n',
    'package s\n\nimport "os"\n\nfunc Spool(d string) error { return os.MkdirAll(d, 0o750) }\n',
    { name: 'a directory' },
  ],
  [
    P,
    'php',
    '<?php\nfunction cache_dir(string $d): void { mkdir($d, 0777, true); }\n',
    '<?php\nfunction cache_dir(string $d): void { mkdir($d, 0750, true); }\n',
  ],
  [
    P,
    'javascript',
    "const fs = require('fs');\nfs.mkdirSync(dir, { recursive: true, mode: 0o777 });\n",
    "const fs = require('fs');\nfs.mkdirSync(dir, { recursive: true, mode: 0o700 });\n",
  ],
  [
    'java-permissive-creation',
    'java',
    'import java.nio.file.*;\nimport java.nio.file.attribute.*;\nclass D { Path d(Path p) throws Exception { return Files.createDirectories(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx"))); } }\n',
    'import java.nio.file.*;\nimport java.nio.file.attribute.*;\nclass D { Path d(Path p) throws Exception { return Files.createDirectories(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); } }\n',
  ],
  [
    'java-permissive-creation',
    'java',
    'import java.io.File;\nclass F { void f(File f) throws Exception { f.createNewFile(); f.setWritable(true, false); } }\n',
    'import java.io.File;\nclass F { void f(File f) throws Exception { f.createNewFile(); f.setWritable(true, true); } }\n',
    { name: 'setWritable for everyone on a new file' },
  ],
];

describeRuleCases('CWE-276 incorrect default permissions', CASES);

describe('Go conventional creation modes', () => {
  const go = (body: string) =>
    `package s\n\nimport (\n\t"os"\n\t"syscall"\n)\n\nfunc Save(d, p string, b []byte) error {\n${body}\n}\n`;
  it('0666 for a file and 0777 for a directory are notes: the umask narrows them', async () => {
    expect(await ruleTiers(P, 'go', go('\tos.MkdirAll(d, 0o777)\n\treturn os.WriteFile(p, b, 0666)'))).toEqual([
      'note',
      'note',
    ]);
  });
  it('stay findings when the umask is cleared, and other open modes are findings', async () => {
    expect(await ruleTiers(P, 'go', go('\tsyscall.Umask(0)\n\treturn os.WriteFile(p, b, 0666)'))).toContain('finding');
    expect(await ruleTiers(P, 'go', go('\treturn os.WriteFile(p, b, 0777)'))).toEqual(['finding']);
    expect(await ruleTiers(P, 'go', go('\treturn os.MkdirAll(d, 0o776)'))).toEqual(['finding']);
  });
});

describe('C conventional creation modes', () => {
  const c = (body: string) =>
    `#include <fcntl.h>\n#include <sys/stat.h>\nint save(const char *d, const char *p) {\n${body}\n}\n`;
  it('0666 for open and 0777 for mkdir are notes: the umask narrows them', async () => {
    expect(await ruleTiers(P, 'c', c('  mkdir(d, 0777);\n  return open(p, O_WRONLY | O_CREAT, 0666);'))).toEqual([
      'note',
      'note',
    ]);
  });
  it('stay findings when the file clears the umask, and other modes are findings', async () => {
    expect(await ruleTiers(P, 'c', c('  umask(0);\n  return open(p, O_WRONLY | O_CREAT, 0666);'))).toEqual([
      'finding',
      'finding',
    ]);
    expect(await ruleTiers(P, 'c', c('  return open(p, O_WRONLY | O_CREAT, 0777);'))).toEqual(['finding']);
    expect(await ruleTiers(P, 'c', c('  return mkdir(d, 0776);'))).toEqual(['finding']);
  });
});

describe('mode helpers', () => {
  it('read others-write from octal modes and umasks', () => {
    for (const m of ['0o777', '0666', '0o646', 'S_IRWXU | S_IWOTH']) expect(modeGrantsOthersWrite(m), m).toBe(true);
    for (const m of ['0o755', '0600', '0o644', 'mode']) expect(modeGrantsOthersWrite(m), m).toBe(false);
    for (const m of ['0', '0o000', '0o020']) expect(umaskKeepsOthersWrite(m), m).toBe(true);
    for (const m of ['0o022', '077', '0o002']) expect(umaskKeepsOthersWrite(m), m).toBe(false);
  });
});
