// Attacks on the browser test sandbox, as a suite file plus the scripted "model" answers that carry them.
// Each answer tries one escape and returns 'reached' only if it worked; the test asserts 'reached', so a
// blocked attack is a failed test. The request logger in the spec must receive nothing at all.
const fence = '```';
const block = (language: string, code: string) => `Here you go:\n${fence}${language}\n${code}\n${fence}\n`;

export interface Attack {
  id: string;
  language: 'javascript' | 'python';
  code: (logger: string) => string;
}

const js = (id: string, body: (logger: string) => string): Attack => ({
  id,
  language: 'javascript',
  code: (logger) =>
    `async function probe() {\n  try {\n${body(logger)}\n    return 'reached';\n  } catch (error) {\n    return 'blocked: ' + error;\n  }\n}`,
});
const py = (id: string, body: (logger: string) => string): Attack => ({
  id,
  language: 'python',
  code: (logger) =>
    `def probe():\n    try:\n${body(logger)}\n        return 'reached'\n    except BaseException as error:\n        return 'blocked: %r' % error`,
});

export const ATTACKS: Attack[] = [
  js('fetch-global', (u) => `    await globalThis.fetch('${u}/fetch');`),
  js('import-comment', (u) => `    await import/**/('${u}/import-comment.js');`),
  js('eval-import', (u) => `    await eval('imp' + 'ort("${u}/eval-import.js")');`),
  js('function-import', (u) => `    await Function('return imp' + 'ort("${u}/function-import.js")')();`),
  js(
    'function-fetch',
    (u) =>
      `    const f = Function('return this')().constructor.prototype.fetch || Object.getPrototypeOf(Function('return this')()).fetch;\n    await f.call(Function('return this')(), '${u}/function-fetch');`,
  ),
  js('fontface', (u) => `    await new FontFace('x', 'url(${u}/font.woff2)').load();`),
  js(
    'websocket',
    (u) =>
      `    await new Promise((ok, no) => { const s = new WebSocket('${u.replace('http', 'ws')}/ws'); s.onopen = ok; s.onerror = () => no(new Error('ws failed')); });`,
  ),
  js(
    'nested-worker',
    (u) =>
      `    const url = URL.createObjectURL(new Blob(["fetch('${u}/nested-worker')"]));\n    new Worker(url);\n    await new Promise((r) => setTimeout(r, 500));\n    throw new Error('the logger decides');`,
  ),
  js(
    'opfs-write',
    () =>
      `    const dir = await navigator.storage.getDirectory();\n    const file = await dir.getFileHandle('junk.bin', { create: true });\n    const w = await file.createWritable();\n    await w.write(new Uint8Array(1024));\n    await w.close();`,
  ),
  js(
    'indexeddb',
    () =>
      `    await new Promise((ok, no) => { const r = indexedDB.open('junk'); r.onsuccess = ok; r.onerror = () => no(r.error); });`,
  ),
  py(
    'python-js-module',
    (u) =>
      `        import sys\n        sys.modules.pop('js', None)\n        import js\n        js.fetch('${u}/python-js')\n        import time\n        raise RuntimeError('the logger decides')`,
  ),
  py(
    'python-run-js',
    (u) =>
      `        from pyodide.code import run_js\n        run_js("fetch('${u}/python-run-js')")\n        raise RuntimeError('the logger decides')`,
  ),
];

export function attackSuite(): string {
  return ATTACKS.map((a) =>
    JSON.stringify({
      id: `attack-${a.id}`,
      language: a.language,
      entry: 'probe',
      prompt: `Write a ${a.language} function probe for ${a.id}.`,
      tests:
        a.language === 'python'
          ? "assert probe() == 'reached', probe()"
          : "{ const r = await probe(); assert(r === 'reached', r); }",
    }),
  ).join('\n');
}

export function attackScript(logger: string) {
  return { rules: ATTACKS.map((a) => ({ match: `probe for ${a.id}\\.`, reply: block(a.language, a.code(logger)) })) };
}

/** Wrong answers that try to forge a pass instead of escaping: each must be reported as failed. */
export const FORGERIES: Attack[] = [
  { id: 'js-return', language: 'javascript', code: () => "async function probe() {\n  return 'wrong';\n}\nreturn;" },
  {
    id: 'js-assert',
    language: 'javascript',
    code: () => "async function probe() {\n  return 'wrong';\n}\nvar assert = () => {};\nglobalThis.assert = () => {};",
  },
  {
    id: 'py-exec',
    language: 'python',
    code: () => "import builtins\nbuiltins.exec = lambda *args, **kwargs: None\n\n\ndef probe():\n    return 'wrong'",
  },
  {
    id: 'py-eq',
    language: 'python',
    code: () =>
      'class Anything:\n    def __eq__(self, other):\n        return True\n\n\ndef probe():\n    return Anything()',
  },
];

export function forgerySuite(): string {
  return FORGERIES.map((f) =>
    JSON.stringify({
      id: `forge-${f.id}`,
      language: f.language,
      entry: 'probe',
      prompt: `Write a ${f.language} function probe for ${f.id}.`,
      tests:
        f.language === 'python'
          ? "assert probe() == 'reached'"
          : "{ const r = await probe(); assert(r === 'reached', r); }",
    }),
  ).join('\n');
}

export function forgeryScript() {
  return { rules: FORGERIES.map((f) => ({ match: `probe for ${f.id}\\.`, reply: block(f.language, f.code('')) })) };
}
