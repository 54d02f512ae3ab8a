// CWE-250 execution with unnecessary privileges: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { startsWithSudo } from './cwe250UnnecessaryPrivileges';

const CASES: RuleCase[] = [
  [
    'runs-with-sudo',
    'python',
    'import subprocess\ndef restart():\n    subprocess.run(["sudo", "systemctl", "restart", "app"], check=True)\n',
    'import subprocess\ndef restart():\n    subprocess.run(["systemctl", "--user", "restart", "app"], check=True)\n',
  ],
  [
    'runs-with-sudo',
    'javascript',
    "const { execFileSync } = require('child_process');\nexecFileSync('sudo', ['chown', 'www', '/srv/up']);\n",
    "const { execFileSync } = require('child_process');\nexecFileSync('chgrp', ['www', '/srv/up']);\n",
  ],
  [
    'runs-with-sudo',
    'go',
    'package a\n\nimport "os/exec"\n\nfunc R() error {\n\treturn exec.Command("sudo", "systemctl", "reload", "nginx").Run()\n}\n',
    'package a\n\nimport "os/exec"\n\nfunc R() error {\n\treturn exec.Command("systemctl", "--user", "reload", "app").Run()\n}\n',
  ],
  [
    'runs-with-sudo',
    'java',
    'class A { void r() throws Exception { new ProcessBuilder("sudo", "service", "app", "restart").start(); } }\n',
    'class A { void r() throws Exception { new ProcessBuilder("service", "app", "status").start(); } }\n',
  ],
  [
    'runs-with-sudo',
    'php',
    "<?php\nexec('sudo /usr/sbin/useradd ' . escapeshellarg($name));\n",
    "<?php\nexec('/usr/local/bin/app-user-helper ' . escapeshellarg($name));\n",
  ],
];

describeRuleCases('CWE-250 execution with unnecessary privileges', CASES);

describe('startsWithSudo', () => {
  it('finds sudo at the start of a command line only', () => {
    for (const s of ['"sudo ls"', "['sudo', 'ls']", '`sudo ls`', 'new String[]{"sudo", "ls"}'])
      expect(startsWithSudo(s), s).toBe(true);
    for (const s of ['"ls sudo"', "'sudoku'", 'cmd']) expect(startsWithSudo(s), s).toBe(false);
  });
});
