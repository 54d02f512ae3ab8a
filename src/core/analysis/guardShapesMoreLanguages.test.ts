// Guard shapes of Go, PHP, C# and Rust (guardShapes.ts), each on both sides: the unguarded or falsely guarded sink
// is reported, the guarded twin is not (or is kept as a note when only a helper's name says it checks).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

/** `rule:tier` of the findings of one CWE. */
async function found(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => `${f.rule}:${f.tier}`);
}

const GO_HANDLER = (check: string): string =>
  'package main\nimport ("net/http"; "os"; "os/exec"; "path/filepath"; "regexp"; "strings")\n' +
  'var nameRe = regexp.MustCompile(`^[a-z]+$`)\n' +
  'func handler(w http.ResponseWriter, r *http.Request) {\n  name := r.URL.Query().Get("name")\n' +
  `${check}\n  exec.Command("sh", "-c", "ls " + name).Run()\n}\n`;

describe('guard shapes, Go', () => {
  it('a regular-expression match that exits on failure guards a command', async () => {
    expect(await found(GO_HANDLER(''), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
    const checked = '  if !nameRe.MatchString(name) {\n    http.Error(w, "bad", 400)\n    return\n  }';
    expect(await found(GO_HANDLER(checked), 'go', 'CWE-78')).toEqual([]);
    const other = '  mode := r.URL.Query().Get("mode")\n  if !nameRe.MatchString(mode) {\n    return\n  }';
    expect(await found(GO_HANDLER(other), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
  });

  it('an escaped path segment after a checked host guards a fetch; an unescaped one does not', async () => {
    const fetch = (segment: string): string =>
      'package main\nimport ("fmt"; "net/http"; "net/url"; "regexp")\nvar label = regexp.MustCompile(`^[a-z]+$`)\n' +
      'func handler(w http.ResponseWriter, r *http.Request) {\n  sub := r.URL.Query().Get("sub")\n  id := r.URL.Query().Get("id")\n' +
      '  if !label.MatchString(sub) {\n    return\n  }\n' +
      `  http.Get(fmt.Sprintf("https://%s.example.com/items/%s", sub, ${segment}))\n}\n`;
    expect(await found(fetch('id'), 'go', 'CWE-918')).toEqual(['ssrf-request-url:finding']);
    expect(await found(fetch('url.PathEscape(id)'), 'go', 'CWE-918')).toEqual([]);
  });

  it('a host check of the parsed URL in a helper guards a redirect; a check of another value does not', async () => {
    const redirect = (checked: string): string =>
      'package main\nimport ("net/http"; "net/url")\n' +
      `func local(raw string) string {\n  u, err := url.Parse(raw)\n  if err != nil || ${checked} {\n    return "/"\n  }\n  return u.Path\n}\n` +
      'func login(w http.ResponseWriter, r *http.Request) {\n  http.Redirect(w, r, local(r.FormValue("next")), http.StatusFound)\n}\n';
    expect(await found(redirect('u.IsAbs() || u.Host != ""'), 'go', 'CWE-601')).toEqual([]);
    expect(await found(redirect('len(raw) > 2048'), 'go', 'CWE-601')).toEqual(['open-redirect:finding']);
    // A scheme test alone lets any host through.
    expect(await found(redirect('u.Scheme != "https"'), 'go', 'CWE-601')).toEqual(['open-redirect:finding']);
  });

  it('a prefix check guards a path only after filepath.Clean', async () => {
    const read = (clean: boolean): string =>
      'package main\nimport ("net/http"; "os"; "path/filepath"; "strings")\n' +
      'func handler(w http.ResponseWriter, r *http.Request) {\n' +
      `  p := ${clean ? 'filepath.Clean(filepath.Join("/data", r.URL.Query().Get("f")))' : '"/data/" + r.URL.Query().Get("f")'}\n` +
      '  if !strings.HasPrefix(p, "/data/") {\n    return\n  }\n  os.ReadFile(p)\n}\n';
    expect(await found(read(false), 'go', 'CWE-22')).toEqual(['go-path-traversal:finding']);
    expect(await found(read(true), 'go', 'CWE-22')).toEqual([]);
  });

  it('a prefix check of the target guards a redirect, though the writer and request are unchecked arguments', async () => {
    const redirect = (check: string): string =>
      'package main\nimport ("net/http"; "strings")\n' +
      'func login(w http.ResponseWriter, r *http.Request) {\n  next := r.URL.Query().Get("next")\n' +
      `${check}\n  http.Redirect(w, r, next, http.StatusFound)\n}\n`;
    expect(await found(redirect(''), 'go', 'CWE-601')).toEqual(['open-redirect:finding']);
    expect(await found(redirect('  if !strings.HasPrefix(next, "/") {\n    next = "/"\n  }'), 'go', 'CWE-601')).toEqual(
      [],
    );
    const wrong = '  mode := r.URL.Query().Get("mode")\n  if !strings.HasPrefix(mode, "/") {\n    return\n  }';
    expect(await found(redirect(wrong), 'go', 'CWE-601')).toEqual(['open-redirect:finding']);
  });

  it('a comma-ok look-up in an allow-list map guards a command, on the right branch only', async () => {
    const allow = 'var allowedNames = map[string]bool{"a": true}\n';
    const lookup = (check: string): string => GO_HANDLER(check).replace('func handler', `${allow}func handler`);
    const exits = '  if _, ok := allowedNames[name]; !ok {\n    http.Error(w, "bad", 400)\n    return\n  }';
    expect(await found(lookup(exits), 'go', 'CWE-78')).toEqual([]);
    const separate = '  _, ok := allowedNames[name]\n  if !ok {\n    return\n  }';
    expect(await found(lookup(separate), 'go', 'CWE-78')).toEqual([]);
    // Exiting when the name IS allowed leaves the sink running for every other name.
    const inverted = '  if _, ok := allowedNames[name]; ok {\n    return\n  }';
    expect(await found(lookup(inverted), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
    // A look-up in a map that is no allow-list (a cache of seen names) checks nothing.
    const cache = '  if _, ok := seen[name]; !ok {\n    return\n  }';
    expect(await found(lookup(cache), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
    // The key must be the value used: a look-up of another parameter does not guard it.
    const otherKey = '  mode := r.URL.Query().Get("mode")\n  if _, ok := allowedNames[mode]; !ok {\n    return\n  }';
    expect(await found(lookup(otherKey), 'go', 'CWE-78')).toEqual(['go-shell-command:finding']);
  });

  it('an error-returning check in the if initializer keeps the finding as a note', async () => {
    const checked =
      '  if err := validateName(name); err != nil {\n    http.Error(w, err.Error(), 400)\n    return\n  }';
    expect(await found(GO_HANDLER(checked), 'go', 'CWE-78')).toEqual(['go-shell-command:note']);
  });
});

describe('guard shapes, PHP', () => {
  it('escapeshellarg sanitises a command value', async () => {
    expect(await found('<?php\n$f = $_GET["f"];\nsystem("cat " . $f);\n', 'php', 'CWE-78')).toEqual([
      'php-shell-command:finding',
    ]);
    expect(await found('<?php\n$f = $_GET["f"];\nsystem("cat " . escapeshellarg($f));\n', 'php', 'CWE-78')).toEqual([]);
  });

  it('preg_match that dies on failure guards the value it tests, not another one', async () => {
    const code = (tested: string): string =>
      `<?php\n$f = $_GET["f"];\n$g = $_GET["g"];\nif (!preg_match("/^[a-z]+$/", ${tested})) { die("bad"); }\nsystem("cat " . $f);\n`;
    expect(await found(code('$f'), 'php', 'CWE-78')).toEqual([]);
    expect(await found(code('$g'), 'php', 'CWE-78')).toEqual(['php-shell-command:finding']);
  });

  it('a prefix check guards a path only after realpath', async () => {
    const code = (path: string): string =>
      `<?php\n$f = $_GET["f"];\n$p = ${path};\nif (!str_starts_with($p, "/srv/files/")) { exit; }\nreadfile($p);\n`;
    expect(await found(code('"/srv/files/" . $f'), 'php', 'CWE-22')).toEqual(['php-path-traversal:finding']);
    expect(await found(code('realpath("/srv/files/" . $f)'), 'php', 'CWE-22')).toEqual([]);
  });
});

describe('guard shapes, C#', () => {
  const run = (check: string): string =>
    `class C {\n  void Run(string name) {\n${check}    Process.Start("cmd.exe", "/c dir " + name);\n  }\n}\n`;

  it('Regex.IsMatch that throws on failure guards a command', async () => {
    expect(await found(run(''), 'csharp', 'CWE-78')).toEqual(['cs-process-start-built:finding']);
    const checked = '    if (!Regex.IsMatch(name, "^[a-z]+$")) throw new ArgumentException();\n';
    expect(await found(run(checked), 'csharp', 'CWE-78')).toEqual([]);
  });

  it('a capitalised validation helper keeps the finding as a note', async () => {
    expect(await found(run('    ValidateName(name);\n'), 'csharp', 'CWE-78')).toEqual(['cs-process-start-built:note']);
  });

  it('Path.GetFileName sanitises a path', async () => {
    const read = (arg: string): string =>
      `class C {\n  void Get(string name) {\n    var text = File.ReadAllText(Path.Combine("/data", ${arg}));\n  }\n}\n`;
    expect(await found(read('name'), 'csharp', 'CWE-22')).toEqual(['cs-path-combine-input:finding']);
    expect(await found(read('Path.GetFileName(name)'), 'csharp', 'CWE-22')).toEqual([]);
  });
});

describe('guard shapes, Rust', () => {
  const run = (check: string): string =>
    'use std::process::Command;\nfn run(name: &str) -> Result<(), String> {\n' +
    `${check}    Command::new("sh").arg("-c").arg(format!("ls {}", name)).status().unwrap();\n    Ok(())\n}\n`;

  it('a character-class test of every char that exits guards a shell command', async () => {
    expect(await found(run(''), 'rust', 'CWE-78')).toEqual(['rust-shell-formatted:finding']);
    const checked =
      '    if !name.chars().all(|c| c.is_ascii_alphanumeric()) {\n        return Err("bad".into());\n    }\n';
    expect(await found(run(checked), 'rust', 'CWE-78')).toEqual([]);
    const other =
      '    if !"x".chars().all(|c| c.is_ascii_alphanumeric()) {\n        return Err("bad".into());\n    }\n';
    expect(await found(run(other), 'rust', 'CWE-78')).toEqual(['rust-shell-formatted:finding']);
  });

  it('a validation helper propagated with ? keeps the finding as a note', async () => {
    expect(await found(run('    validate_name(name)?;\n'), 'rust', 'CWE-78')).toEqual(['rust-shell-formatted:note']);
  });
});

describe('a ".." test of the name joined under a base', () => {
  const tar = (check: string, helper = ''): string =>
    'package x\nimport ("archive/tar"; "io"; "os"; "path/filepath"; "strings")\n' +
    helper +
    'func unpack(src io.Reader, dest string) error {\n  tr := tar.NewReader(src)\n  for {\n    hdr, err := tr.Next()\n' +
    `    if err != nil {\n      return err\n    }\n${check}` +
    '    out, err := os.Create(filepath.Join(dest, hdr.Name))\n    if err != nil {\n      return err\n    }\n    io.Copy(out, tr)\n    out.Close()\n  }\n}\n';
  const nameOk =
    'func nameOk(name string) bool {\n  clean := filepath.Clean(name)\n  return !strings.HasPrefix(clean, "..") && !filepath.IsAbs(clean)\n}\n';
  const sizeOk = 'func nameOk(name string) bool {\n  return len(name) < 100 && !strings.HasSuffix(name, "~")\n}\n';
  const reject = '    if !nameOk(hdr.Name) {\n      return os.ErrInvalid\n    }\n';

  it('Go: inline strings.Contains or a helper whose body looks for ".."', async () => {
    expect(await found(tar(''), 'go', 'CWE-22')).toContain('go-path-traversal:finding');
    expect(
      await found(
        tar('    if strings.Contains(hdr.Name, "..") {\n      return os.ErrInvalid\n    }\n'),
        'go',
        'CWE-22',
      ),
    ).not.toContain('go-path-traversal:finding');
    expect(await found(tar(reject, nameOk), 'go', 'CWE-22')).not.toContain('go-path-traversal:finding');
  });

  it('Go: a helper that tests something else is no path check', async () => {
    const helperOther = tar(reject, sizeOk.replace('nameOk', 'sizeOk')).replace('!nameOk(', '!sizeOk(');
    expect(await found(helperOther, 'go', 'CWE-22')).toContain('go-path-traversal:finding');
  });

  it('JavaScript: includes("..") that refuses guards the joined name', async () => {
    const route = (check: string): string =>
      "const fs = require('fs');\nconst path = require('path');\nconst app = require('express')();\n" +
      `app.get('/f', (req, res) => {\n  const name = req.query.name;\n${check}  res.send(fs.readFileSync(path.join(__dirname, 'files', name)));\n});\n`;
    expect(await found(route(''), 'javascript', 'CWE-22')).toEqual(['js-path-traversal:finding']);
    expect(
      await found(route("  if (name.includes('..')) return res.status(400).end();\n"), 'javascript', 'CWE-22'),
    ).toEqual([]);
  });
});
