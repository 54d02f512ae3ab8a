// CWE-78 OS command injection (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const RUN = 'import os, shlex, subprocess\ndef _run(cmd):\n    return subprocess.run(cmd, shell=True)\n';
const SH = 'import os, shlex\ndef sh(c):\n    return os.popen(c).read()\n';

const CASES: RuleCase[] = [
  [
    'py-shell-wrapper-call',
    'python',
    RUN + 'def ping(host):\n    return _run("ping -c1 " + host)\n',
    RUN + 'def ping(host):\n    return _run("ping -c1 " + shlex.quote(host))\n',
    { name: 'a built command through a file-local shell wrapper, or its argument quoted' },
  ],
  [
    'py-shell-wrapper-call',
    'python',
    'import os\nclass Box:\n    def _execute(self, command):\n        return os.system(command)\n    def mount(self, dev):\n        self._execute(command="mount %s /mnt" % dev)\n',
    'import subprocess\nclass Box:\n    def _execute(self, command):\n        return subprocess.run(command)\n    def mount(self, dev):\n        self._execute(command=["mount", dev, "/mnt"])\n',
    { name: 'a method wrapper called by keyword; a wrapper without a shell is none' },
  ],
  [
    'py-shell-wrapper-call',
    'python',
    SH + 'def quiet(c):\n    return sh(c)\ndef remove(path):\n    quiet(f"rm -rf {path}")\n',
    SH + 'def quiet(c):\n    return sh(c)\ndef clean():\n    quiet("rm -rf /tmp/cache")\n',
    { name: 'a wrapper of a wrapper, given a built or a constant command' },
  ],
  [
    'py-shell-command',
    'python',
    SH,
    SH + 'def remove(path):\n    sh("rm -rf " + shlex.quote(path))\n',
    { name: 'a public wrapper is judged by its parameter until the file calls it; then its callers are judged' },
  ],
  [
    'go-shell-command',
    'go',
    'package main\n\nfunc run(w http.ResponseWriter, r *http.Request) {\n\tout, _ := exec.Command(r.URL.Query().Get("tool"), "--version").Output()\n\tw.Write(out)\n}\n',
    'package main\n\nfunc run(w http.ResponseWriter, r *http.Request) {\n\tout, _ := exec.Command("git", "--version").Output()\n\tw.Write(out)\n}\n',
    { name: 'a program named by the request' },
  ],
  [
    'py-shell-command',
    'python',
    'import pexpect\ndef login(user):\n    child = pexpect.spawn("ssh " + user + "@backup")\n    return child\n',
    'import pexpect\ndef login(user):\n    child = pexpect.spawn("ssh", [user + "@backup"])\n    return child\n',
    {
      requireCleanParse: true,
      name: 'pexpect.spawn of a built command string, or a fixed program with an argument list',
    },
  ],
  [
    'py-shell-command',
    'python',
    'from flask import request\nimport pexpect\ndef archive():\n    return pexpect.run(f"tar czf out.tgz {request.args[\'dir\']}")\n',
    'from flask import request\nimport pexpect\ndef archive():\n    return pexpect.run("tar czf out.tgz /srv/data")\n',
    { requireCleanParse: true, name: 'pexpect.run of request data in an f-string, or a constant command' },
  ],
  [
    'py-shell-command',
    'python',
    'import os\nclass Pinger:\n    def command_for(self, host):\n        return "ping -c 1 " + host\n    def ping(self, host):\n        os.system(self.command_for(host))\n',
    'import os\nclass Pinger:\n    def command_for(self, host):\n        return "ping -c 1 " + host\n    def ping_local(self):\n        os.system(self.command_for("localhost"))\n',
    { name: 'a command built by a method of the same class, from a value or from a constant' },
  ],
  [
    'py-shell-command',
    'python',
    'import os\ndef f(h):\n    os.system("ping " + h)\n',
    'import subprocess\ndef f(h):\n    subprocess.run(["ping", h])\n',
  ],
  [
    'py-shell-command',
    'python',
    'import subprocess\ndef f(h):\n    subprocess.run(f"ls {h}", shell=True)\n',
    'import subprocess\ndef f(h):\n    subprocess.run(["ls", h], shell=False)\n',
  ],
  [
    'py-shell-command',
    'python',
    'import asyncio\nasync def f(h):\n    await asyncio.create_subprocess_shell("ping " + h)\n',
    'import asyncio\nasync def f(h):\n    await asyncio.create_subprocess_exec("ping", h)\n',
  ],
  [
    'py-shell-command',
    'python',
    'def f(ssh, h):\n    ssh.exec_command(f"uptime; ping {h}")\n',
    'import shlex\ndef f(ssh, h):\n    ssh.exec_command("ping " + shlex.quote(h))\n',
  ],
  [
    'py-shell-command',
    'python',
    'from subprocess import call as run_it\ndef f(h):\n    run_it("ping " + h, shell=True)\n',
    'from subprocess import call as run_it\ndef f(h):\n    run_it(["ping", h])\n',
    { name: 'an imported alias reads as its qualified name' },
  ],
  [
    'py-shell-in-argv',
    'python',
    'import subprocess\ndef f(h):\n    subprocess.run(["/bin/sh", "-c", "ping " + h])\n',
    'import subprocess\ndef f():\n    subprocess.run(["sh", "-c", "ls | wc -l"])\n',
  ],
  [
    'py-shell-in-argv',
    'python',
    'import os\ndef f(h):\n    os.execl("/bin/bash", "bash", "-c", "ping %s" % h)\n',
    'import os\ndef f(h):\n    os.execl("/bin/ping", "ping", "-c", "1", h)\n',
  ],
  [
    'js-shell-command',
    'javascript',
    'const cp = require("child_process");\nclass Install {\n  run(args) {\n    return cp.exec("npm install " + args.join(" "));\n  }\n}\n',
    'const { RE_RANGE } = require("./patterns");\nclass Install extends Base {\n  run(args) {\n    const m = RE_RANGE.exec(args[0]);\n    return m ? this.exec(args) : super.exec(args);\n  }\n}\n',
    { name: "a command object's own exec and a regex constant's exec are not child_process" },
  ],
  [
    'js-shell-command',
    'javascript',
    'const { exec } = require("child_process");\nfunction f(h) { exec(`ping ${h}`); }\n',
    'const { execFile } = require("child_process");\nfunction f(h) { execFile("ping", [h]); }\n',
  ],
  [
    'js-shell-command',
    'javascript',
    "const cp = require('child_process');\napp.get('/t', (req, res) => {\n  const out = cp.exec('grep -c x ' + req.query.file);\n  res.json(out);\n});\n",
    "app.get('/t', (req, res) => {\n  const tag = /<title>([^<]*)<\\/title>/i.exec(req.query.page);\n  const word = /\\w+/g;\n  res.json([tag, word.exec(req.query.page)]);\n});\n",
    { name: 'a request value in a shell line; RegExp exec on the same value' },
  ],
  [
    'js-shell-command',
    'javascript',
    "import proc from 'node:child_process';\nimport { grammar } from './grammar.js';\nexport function lex(src) {\n  return proc.execSync('lexer ' + src);\n}\n",
    "import { grammar } from './grammar.js';\nexport class Lexer {\n  next(src, parser) {\n    return this.rules.inline.exec(src) || parser.exec(src) || grammar.exec(src);\n  }\n}\n",
    { name: 'a module that imports child_process; one whose imports start no process (its exec is a regex or parser)' },
  ],
  [
    'js-shell-command',
    'javascript',
    "const cp = require('child_process');\nfunction cookie(name) {\n  return cp.execSync('lookup ' + name + ' ' + document.cookie);\n}\n",
    "function cookie(name) {\n  const found = new RegExp('(?:^|; )' + name + '=([^;]*)').exec(document.cookie);\n  return found ? decodeURIComponent(found[1]) : null;\n}\nfunction param(key) {\n  return finder.exec(window.location.search + key);\n}\n",
    { name: 'a process started beside page globals; a browser script, and a RegExp built in place' },
  ],
  [
    'java-shell-command',
    'java',
    'class A { void f(String h) throws Exception { Runtime.getRuntime().exec("ping " + h); } }\n',
    'class A { void f(String h) throws Exception { new ProcessBuilder("ping", h).start(); } }\n',
  ],
  [
    'go-shell-command',
    'go',
    'package m\nfunc f(h string) { exec.Command("sh", "-c", "ping "+h).Run() }\n',
    'package m\nfunc f(h string) { exec.Command("ping", h).Run() }\n',
  ],
  [
    'php-shell-command',
    'php',
    '<?php\nsystem("ping " . $_GET["h"]);\n',
    '<?php\nsystem("ping " . escapeshellarg($_GET["h"]));\n',
  ],
  [
    'php-backtick-command',
    'php',
    '<?php\n$dir = $_GET["dir"];\n$listing = `ls -l $dir`;\necho htmlspecialchars($listing);\n',
    '<?php\n$dir = escapeshellarg($_GET["dir"]);\n$listing = `ls -l $dir`;\necho htmlspecialchars($listing);\n',
    { name: 'a query value in backticks; escapeshellarg', requireCleanParse: true },
  ],
  [
    'java-shell-command',
    'java',
    'class Dns {\n  String host(@QueryParam("n") String n) throws IOException {\n    List<String> cmd = List.of("sh", "-c", "host " + n);\n    return read(new ProcessBuilder(cmd).start());\n  }\n}\n',
    'class Dns {\n  String host(@QueryParam("n") String n) throws IOException {\n    List<String> cmd = List.of("host", n);\n    return read(new ProcessBuilder(cmd).start());\n  }\n}\n',
    { name: 'a shell line in a local list handed to ProcessBuilder' },
  ],
];

describeRuleCases('CWE-78 OS command injection (Web rules)', CASES);
