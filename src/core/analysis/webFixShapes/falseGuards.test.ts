// Shapes that look like the fixes of fixShapeCase.ts but prove nothing: each keeps its finding (as a finding, or as
// a note where only a helper's name says it checks), so the mechanisms do not silence real weaknesses.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';

/** `rule:tier` of the findings of one CWE. */
async function found(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => `${f.rule}:${f.tier}`);
}

const goCommand = (extra: string, check: string): string =>
  `package main\n\nimport (\n\t"net/http"\n\t"os/exec"\n)\n\n${extra}\nfunc handle(w http.ResponseWriter, r *http.Request) {\n` +
  `\tname := r.URL.Query().Get("name")\n${check}\texec.Command("sh", "-c", "echo "+name).Run()\n}\n`;

const EXPRESS = "const express = require('express');\nconst app = express();\n";

describe('shapes that do not guard', () => {
  it('Go: a helper of the file that tests only the length is no validator', async () => {
    const helper = 'func present(s string) bool {\n\treturn len(s) > 0\n}\n';
    const code = goCommand(helper, '\tif !present(name) {\n\t\treturn\n\t}\n');
    expect(await found(code, 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
  });

  it('Go: leaving when the name IS in the boolean map lets every other name through', async () => {
    const code = goCommand('var blocked = map[string]bool{"rm": true}\n', '\tif blocked[name] {\n\t\treturn\n\t}\n');
    expect(await found(code, 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
  });

  it('JavaScript: a table filled from the request is no allow-list', async () => {
    const code =
      `${EXPRESS}const { execSync } = require('child_process');\nconst known = {};\n` +
      "app.post('/add', (req, res) => { known[req.body.tool] = true; });\n" +
      "app.get('/run', (req, res) => {\n  const tool = req.query.tool;\n  if (!known[tool]) return res.end();\n  res.send(execSync(tool + ' --version'));\n});\n";
    expect(await found(code, 'javascript', 'CWE-78')).toEqual(['js-shell-command:finding']);
  });

  it('JavaScript: an escaping helper that replaces only < is no HTML escaper', async () => {
    const code =
      `${EXPRESS}function toText(s) {\n  return String(s).replace(/</g, '&lt;');\n}\n` +
      "app.get('/q', (req, res) => {\n  res.send('<a title=\"' + toText(req.query.t) + '\">x</a>');\n});\n";
    expect(await found(code, 'javascript', 'CWE-79')).toEqual(['js-reflected-xss:finding']);
  });

  it('TypeScript: a zod field declared only as a string is not constrained', async () => {
    const code =
      "import { execSync } from 'child_process';\nimport { z } from 'zod';\nconst Body = z.object({ dir: z.string(), n: z.number() });\n" +
      'export function handle(req: { body: unknown }) {\n  const { dir } = Body.parse(req.body);\n  execSync(`tar czf /tmp/o.tgz ${dir}`);\n}\n';
    expect(await found(code, 'typescript', 'CWE-78')).toEqual(['js-shell-command:finding']);
  });

  it('PHP: a (string) cast and an e-mail filter leave quotes in the value', async () => {
    const query = (value: string): string =>
      `<?php\n$v = ${value};\n$r = mysqli_query($conn, "SELECT * FROM users WHERE email = '" . $v . "'");\n`;
    expect(await found(query("(string) $_GET['e']"), 'php', 'CWE-89')).toEqual(['php-sql-built:finding']);
    expect(await found(query("filter_var($_GET['e'], FILTER_VALIDATE_EMAIL)"), 'php', 'CWE-89')).toEqual([
      'php-sql-built:finding',
    ]);
    expect(await found(query("filter_var($_GET['e'], FILTER_VALIDATE_INT)"), 'php', 'CWE-89')).toEqual([]);
  });

  it('Go: a switch whose default neither leaves nor replaces the value lets every value through', async () => {
    const check =
      '\tswitch name {\n\tcase "a", "b":\n\t\tw.WriteHeader(200)\n\tdefault:\n\t\tw.WriteHeader(202)\n\t}\n';
    expect(await found(goCommand('', check), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
  });

  it('JavaScript: a conditional expression that keeps the value when the check FAILS', async () => {
    const code =
      `${EXPRESS}const { execSync } = require('child_process');\nconst FORMATS = ['png'];\n` +
      "app.get('/c', (req, res) => {\n  const f = FORMATS.includes(req.query.f) ? 'png' : req.query.f;\n  res.send(execSync('convert x.' + f));\n});\n";
    expect(await found(code, 'javascript', 'CWE-78')).toEqual(['js-shell-command:finding']);
  });

  it('Go: a helper that checks the path but returns the raw name when the check fails is no sanitiser', async () => {
    const code =
      'package main\n\nimport (\n\t"net/http"\n\t"os"\n\t"path/filepath"\n\t"strings"\n)\n\nconst baseDir = "/srv"\n\n' +
      'func pathFor(name string) string {\n\tfull := filepath.Clean(filepath.Join(baseDir, name))\n' +
      '\tif strings.HasPrefix(full, baseDir+"/") {\n\t\treturn full\n\t}\n\treturn name\n}\n\n' +
      'func handle(w http.ResponseWriter, r *http.Request) {\n\tdata, _ := os.ReadFile(pathFor(r.FormValue("f")))\n\tw.Write(data)\n}\n';
    expect(await found(code, 'go', 'CWE-22')).toEqual(['go-path-traversal:finding']);
  });
});
