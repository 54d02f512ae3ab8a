// Parameters of top-level functions as lower-confidence sources: strong sinks only, not where a guard is
// recognised, not for nested/private functions or scalar parameters, and switchable per rule and per analysis.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { takesParameterSources } from './parameterSources';
import { RULES } from './ruleRegistry';

async function fromParameters(code: string, language: Language, parameters = true): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser(), { parameters });
  return record.findings.filter((f) => f.source === 'parameter').map((f) => `${f.rule}@${f.line}`);
}

const PY_OPEN = 'def read_doc(name):\n    return open("/srv/docs/" + name).read()\n';

describe('parameter sources', () => {
  it('treats a top-level function parameter reaching a path open as a source (Python, JavaScript, Go)', async () => {
    expect(await fromParameters(PY_OPEN, 'python')).toEqual(['py-path-traversal@2']);
    expect(
      await fromParameters(
        'const fs = require("fs");\nfunction readDoc(name) {\n  return fs.readFileSync("/docs/" + name);\n}\n',
        'javascript',
      ),
    ).toEqual(['js-path-traversal@3']);
    expect(
      await fromParameters(
        'package docs\nimport "os"\nfunc Read(name string) ([]byte, error) {\n  return os.ReadFile("/data/" + name)\n}\n',
        'go',
      ),
    ).toEqual(['go-path-traversal@4']);
  });

  it('leaves a Go base folder joined with fixed parts through a local (`dir := filepath.Join(home, ".app")`)', async () => {
    const code = (tail: string): string =>
      `package cfg\nimport (\n  "os"\n  "path/filepath"\n)\nfunc Prepare(home, name string) error {\n  dir := filepath.Join(home, ${tail})\n  return os.MkdirAll(dir, 0o700)\n}\n`;
    expect(await fromParameters(code('".app"'), 'go')).toEqual([]);
    expect(await fromParameters(code('name'), 'go')).toEqual(['go-path-traversal@8']);
  });

  it('leaves a Python join that is itself the sink when only its base folder varies', async () => {
    const code = (leaf: string): string =>
      `import os\n\ndef key_file(env, kind):\n    folder = env.get("KEY_DIR")\n    if not folder:\n        folder = os.path.join(os.path.expanduser("~"), ".keys")\n    return os.path.join(folder, ${leaf})\n`;
    expect(await fromParameters(code('"server.pem"'), 'python')).toEqual([]);
    expect(await fromParameters(code('kind'), 'python')).toEqual(['py-path-traversal@7']);
  });

  it('leaves a Node base folder with a fixed name resolved under it (`resolve(dir, "npmrc")`, destructured from path)', async () => {
    const code = (tail: string): string =>
      `const { resolve } = require('path');\nconst { writeFile } = require('fs/promises');\nasync function saveRc(dir, name, text) {\n  await writeFile(resolve(dir, ${tail}), text);\n}\n`;
    expect(await fromParameters(code("'npmrc'"), 'javascript')).toEqual([]);
    expect(await fromParameters(code('name'), 'javascript')).toEqual(['js-path-traversal@4']);
  });

  it('marks the finding with its source and says so in the message', async () => {
    const record = await analyzeCode(PY_OPEN, 'python', nodeParser());
    const finding = record.findings.find((f) => f.source === 'parameter');
    expect(finding?.tier).toBe('finding');
    expect(finding?.message).toMatch(/parameter of this function/);
  });

  it('leaves the sink alone when a guard of the parameter is recognised', async () => {
    const guarded =
      'import os\ndef read_doc(name):\n    path = os.path.realpath(os.path.join("/srv/docs", name))\n' +
      '    if not path.startswith("/srv/docs/"):\n        raise ValueError(name)\n    return open(path).read()\n';
    expect(await fromParameters(guarded, 'python')).toEqual([]);
    const named = 'def read_doc(name):\n    if is_safe_name(name):\n        return open("/srv/docs/" + name).read()\n';
    expect(await fromParameters(named, 'python')).toEqual([]);
  });

  it('counts a path parameter only when it is joined under a base, not opened whole as the caller asked', async () => {
    expect(await fromParameters('def load(path):\n    return open(path).read()\n', 'python')).toEqual([]);
    expect(
      await fromParameters(
        'import os\ndef load(name):\n    p = os.path.join("/srv", name)\n    return open(p).read()\n',
        'python',
      ),
    ).toEqual(['py-path-traversal@4']);
  });

  it('counts a URL parameter only when it is spliced into the URL (the host), not fetched whole', async () => {
    const py = 'import requests\n';
    expect(await fromParameters(`${py}def fetch(url):\n    return requests.get(url).text\n`, 'python')).toEqual([]);
    expect(
      await fromParameters(
        `${py}def page(domain, sub):\n    return requests.get(f"https://{sub}.{domain}/p")\n`,
        'python',
      ),
    ).toEqual(['ssrf-request-url@3']);
    // A fixed scheme and host with only the path from the parameter is not a forged request.
    expect(
      await fromParameters(
        `${py}def user(uid):\n    return requests.get(f"https://api.example.com/u/{uid}")\n`,
        'python',
      ),
    ).toEqual([]);
    expect(
      await fromParameters(
        `${py}def subs(name):\n    url = "https://cf.example.com/s/" + name\n    return requests.get(url)\n`,
        'python',
      ),
    ).toEqual([]);
    expect(
      await fromParameters(
        `${py}def subs(host):\n    url = "https://" + host + "/s"\n    return requests.get(url)\n`,
        'python',
      ),
    ).toEqual(['ssrf-request-url@4']);
    const allowed = `${py}ALLOWED_HOSTS = {"a.example.com"}\ndef ping(host):\n    if host not in ALLOWED_HOSTS:\n        raise ValueError(host)\n    return requests.get("http://" + host + "/health")\n`;
    expect(await fromParameters(allowed, 'python')).toEqual([]);
    expect(
      await fromParameters('async function profile(host) {\n  return fetch(`https://${host}/me`);\n}\n', 'javascript'),
    ).toEqual(['ssrf-request-url@2']);
  });

  it('treats a parameter spliced into an XPath or LDAP query like one spliced into SQL', async () => {
    const js = (q: string): string =>
      `const xpath = require("xpath");\nfunction find(doc, name) {\n  return xpath.select(${q}, doc);\n}\n`;
    expect(await fromParameters(js("`//user[@name='${name}']`"), 'javascript')).toEqual(['xpath-injection@3']);
    expect(await fromParameters(js('"//user[@name=$name]"'), 'javascript')).toEqual([]);
    // The connection handed in is no filter text: only the base and filter arguments count.
    const php = (uid: string): string =>
      `<?php\nfunction phone($conn, $uid) {\n    return ldap_search($conn, "dc=x", "(uid=" . ${uid} . ")");\n}\n`;
    expect(await fromParameters(php('$uid'), 'php')).toEqual(['ldap-injection@3']);
    expect(await fromParameters(php('ldap_escape($uid, "", LDAP_ESCAPE_FILTER)'), 'php')).toEqual([]);
  });

  it('counts a C buffer filled by snprintf as a joined path, and a path opened whole as the caller asked as not', async () => {
    const joined =
      'FILE *open_doc(const char *dir, const char *name) {\n  char p[512];\n  snprintf(p, sizeof p, "%s/%s", dir, name);\n  return fopen(p, "r");\n}\n';
    const whole = 'FILE *open_doc(const char *path) {\n  return fopen(path, "r");\n}\n';
    expect(await fromParameters(joined, 'c')).toEqual(['c-path-traversal@4']);
    expect(await fromParameters(whole, 'c')).toEqual([]);
    // A bounded copy of the whole path (`"%s"`, no directory around it) is the path the caller named, not a join.
    const copied =
      'FILE *open_doc(const char *path) {\n  char p[512];\n  snprintf(p, sizeof p, "%s", path);\n  return fopen(p, "r");\n}\n';
    expect(await fromParameters(copied, 'c')).toEqual([]);
  });

  it('ignores nested and private functions and scalar parameters', async () => {
    const nested =
      'def outer():\n    def read_doc(name):\n        return open("/srv/docs/" + name).read()\n    return read_doc\n';
    expect(await fromParameters(nested, 'python')).toEqual([]);
    expect(await fromParameters(PY_OPEN.replace('read_doc', '_read_doc'), 'python')).toEqual([]);
    expect(await fromParameters(PY_OPEN.replace('(name)', '(name: int)'), 'python')).toEqual([]);
  });

  it('is off with parameters: false; strong-sink rules that do not opt out take it, others only by opting in', async () => {
    expect(await fromParameters(PY_OPEN, 'python', false)).toEqual([]);
    const byCwe = (cwe: string): boolean => RULES.filter((r) => r.cwe === cwe).some(takesParameterSources);
    expect(['CWE-78', 'CWE-89', 'CWE-94', 'CWE-502', 'CWE-22'].every(byCwe)).toBe(true);
    const markup = RULES.filter((r) => r.cwe === 'CWE-79' && takesParameterSources(r)).map((r) => r.id);
    expect(markup).toEqual(['py-reflected-xss']);
    expect(byCwe('CWE-117')).toBe(false);
    const pathRule = RULES.find((r) => r.id === 'py-path-traversal');
    expect(pathRule && takesParameterSources({ ...pathRule, parameterSources: false })).toBe(false);
  });
});
