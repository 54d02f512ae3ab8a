// Checks written as a conditional expression or a switch (Go, JavaScript, PHP): the value is kept only on the
// branch where the check holds, or only for the literal cases of the switch (guardForms.ts).
import type { FixShapeCase } from './fixShapeCase';

export const CONDITIONAL_GUARD_CASES: FixShapeCase[] = [
  {
    name: 'a conditional expression keeps the target only when it is a local path',
    language: 'javascript',
    cwe: 'CWE-601',
    vulnerable:
      "const express = require('express');\nconst app = express();\napp.get('/r', (req, res) => {\n  res.redirect(req.query.to);\n});\n",
    fixed:
      "const express = require('express');\nconst app = express();\napp.get('/r', (req, res) => {\n  const to = req.query.to;\n  res.redirect(typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : '/');\n});\n",
  },
  {
    name: 'a conditional expression keeps the value only when the allow-list includes it',
    language: 'javascript',
    cwe: 'CWE-78',
    vulnerable:
      "const { execSync } = require('child_process');\nconst express = require('express');\nconst app = express();\napp.get('/r', (req, res) => {\n  const m = req.query.mode;\n  res.send(execSync('tool --mode ' + m));\n});\n",
    fixed:
      "const { execSync } = require('child_process');\nconst express = require('express');\nconst app = express();\nconst MODES = ['fast', 'slow'];\napp.get('/r', (req, res) => {\n  const m = MODES.includes(req.query.mode) ? req.query.mode : 'fast';\n  res.send(execSync('tool --mode ' + m));\n});\n",
  },
  {
    name: 'a switch over literal page names whose default replaces the value',
    language: 'php',
    cwe: 'CWE-98',
    vulnerable: "<?php\n$p = $_GET['p'];\ninclude 'pages/' . $p . '.php';\n",
    fixed:
      "<?php\n$p = $_GET['p'];\nswitch ($p) {\n    case 'home':\n    case 'about':\n        break;\n    default:\n        $p = 'home';\n}\ninclude 'pages/' . $p . '.php';\n",
  },
  {
    name: 'a switch over literal levels whose default returns',
    language: 'go',
    cwe: 'CWE-78',
    vulnerable:
      'package main\n\nimport (\n\t"net/http"\n\t"os/exec"\n)\n\nfunc handle(w http.ResponseWriter, r *http.Request) {\n\tlevel := r.URL.Query().Get("level")\n\texec.Command("sh", "-c", "compress -"+level+" data").Run()\n}\n',
    fixed:
      'package main\n\nimport (\n\t"net/http"\n\t"os/exec"\n)\n\nfunc handle(w http.ResponseWriter, r *http.Request) {\n\tlevel := r.URL.Query().Get("level")\n\tswitch level {\n\tcase "1", "5", "9":\n\tdefault:\n\t\thttp.Error(w, "bad level", http.StatusBadRequest)\n\t\treturn\n\t}\n\texec.Command("sh", "-c", "compress -"+level+" data").Run()\n}\n',
  },
];
