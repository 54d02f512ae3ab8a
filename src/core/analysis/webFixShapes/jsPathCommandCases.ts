// JavaScript fix shapes for path, markup and command sinks: Express handlers, and the check or call a real fix adds.
import type { FixShapeCase } from './fixShapeCase';
import { route } from './jsSnippet';

export const JS_PATH_COMMAND_CASES: FixShapeCase[] = [
  {
    name: 'path.resolve then startsWith(root + path.sep)',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const file = path.join(ROOT, req.query.name);\n  res.send(fs.readFileSync(file, 'utf8'));\n",
      "const ROOT = '/srv/files';\n",
    ),
    fixed: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const file = path.resolve(ROOT, req.query.name);\n  if (!file.startsWith(ROOT + path.sep)) {\n    return res.status(403).end();\n  }\n  res.send(fs.readFileSync(file, 'utf8'));\n",
      "const ROOT = '/srv/files';\n",
    ),
  },
  {
    name: 'path.basename keeps only the file name',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const name = req.query.name;\n  fs.createReadStream(path.join(__dirname, 'uploads', name)).pipe(res);\n",
    ),
    fixed: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const name = path.basename(req.query.name);\n  fs.createReadStream(path.join(__dirname, 'uploads', name)).pipe(res);\n",
    ),
  },
  {
    name: 'a file-name helper of the file that tests a regular expression',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const name = req.query.report;\n  res.send(fs.readFileSync(path.join('/srv/reports', name + '.csv')));\n",
    ),
    fixed: route(
      "const fs = require('fs');\nconst path = require('path');\n",
      "  const name = req.query.report;\n  if (!isSafeName(name)) {\n    return res.status(400).send('bad name');\n  }\n  res.send(fs.readFileSync(path.join('/srv/reports', name + '.csv')));\n",
      'function isSafeName(value) {\n  return /^[a-z0-9_-]{1,64}$/.test(value);\n}\n',
    ),
  },
  {
    name: 'an escaping helper before HTML is sent',
    language: 'javascript',
    cwe: 'CWE-79',
    vulnerable: route('', "  const q = req.query.q;\n  res.send('<p>Results for ' + q + '</p>');\n"),
    fixed: route(
      '',
      "  const q = req.query.q;\n  res.send('<p>Results for ' + escapeHtml(q) + '</p>');\n",
      "function escapeHtml(s) {\n  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\"/g, '&quot;');\n}\n",
    ),
  },
  {
    name: 'an escaping helper with a name of its own, defined in the file',
    language: 'javascript',
    cwe: 'CWE-79',
    vulnerable: route('', '  const who = req.query.who;\n  res.send(`<h1>Hello ${who}</h1>`);\n'),
    fixed: route(
      '',
      '  const who = req.query.who;\n  res.send(`<h1>Hello ${toHtmlText(who)}</h1>`);\n',
      "const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' };\nfunction toHtmlText(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => ENTITIES[c]);\n}\n",
    ),
  },
  {
    name: 'DOMPurify.sanitize before innerHTML',
    language: 'javascript',
    cwe: 'CWE-79',
    vulnerable:
      "const params = new URLSearchParams(location.search);\nconst bio = params.get('bio');\ndocument.getElementById('bio').innerHTML = bio;\n",
    fixed:
      "import DOMPurify from 'dompurify';\nconst params = new URLSearchParams(location.search);\nconst bio = params.get('bio');\ndocument.getElementById('bio').innerHTML = DOMPurify.sanitize(bio);\n",
  },
  {
    name: 'textContent instead of innerHTML',
    language: 'javascript',
    cwe: 'CWE-79',
    vulnerable:
      "const name = new URLSearchParams(location.search).get('name');\ndocument.querySelector('#greeting').innerHTML = 'Hello ' + name;\n",
    fixed:
      "const name = new URLSearchParams(location.search).get('name');\ndocument.querySelector('#greeting').textContent = 'Hello ' + name;\n",
  },
  {
    name: 'execFile with an argument array, no shell',
    language: 'javascript',
    cwe: 'CWE-78',
    vulnerable: route(
      "const { exec } = require('child_process');\n",
      '  exec(`ping -c 1 ${req.query.host}`, (err, out) => res.send(out));\n',
    ),
    fixed: route(
      "const { execFile } = require('child_process');\n",
      "  execFile('ping', ['-c', '1', '--', req.query.host], (err, out) => res.send(String(out)));\n",
    ),
  },
  {
    name: 'spawn with an argument array, no shell',
    language: 'javascript',
    cwe: 'CWE-78',
    vulnerable: route(
      "const { spawn } = require('child_process');\n",
      "  const child = spawn('sh', ['-c', 'git log ' + req.query.ref]);\n  child.stdout.pipe(res);\n",
    ),
    fixed: route(
      "const { spawn } = require('child_process');\n",
      "  const child = spawn('git', ['log', '--', req.query.ref]);\n  child.stdout.pipe(res);\n",
    ),
  },
  {
    name: 'an allow-list tested with includes before the command',
    language: 'javascript',
    cwe: 'CWE-78',
    vulnerable: route(
      "const { execSync } = require('child_process');\n",
      "  const fmt = req.query.format;\n  res.send(execSync('convert in.png out.' + fmt));\n",
    ),
    fixed: route(
      "const { execSync } = require('child_process');\n",
      "  const fmt = req.query.format;\n  if (!FORMATS.includes(fmt)) {\n    return res.status(400).end();\n  }\n  res.send(execSync('convert in.png out.' + fmt));\n",
      "const FORMATS = ['png', 'jpg', 'webp'];\n",
    ),
  },
];
