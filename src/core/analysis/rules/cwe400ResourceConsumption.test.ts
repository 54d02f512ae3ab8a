// CWE-400 uncontrolled resource consumption: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'unbounded-body-read',
    'go',
    'package main\n\nfunc upload(c *gin.Context) {\n\tdata, _ := io.ReadAll(c.Request.Body)\n\tstore(data)\n}\n',
    'package main\n\nfunc upload(c *gin.Context) {\n\tc.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)\n\tdata, _ := io.ReadAll(c.Request.Body)\n\tstore(data)\n}\n',
    { name: 'gin request body, and a MaxBytesReader cap' },
  ],
  [
    'unbounded-body-read',
    'go',
    'package m\nfunc h(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); _ = b }\n',
    'package m\nfunc h(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)); _ = b }\n',
  ],
  [
    'cs-max-body-unlimited',
    'csharp',
    m('o.Limits.MaxRequestBodySize = null; return o;'),
    m('o.Limits.MaxRequestBodySize = 10_000_000; return o;'),
    { requireCleanParse: true },
  ],
  [
    'rust-unbounded-read',
    'rust',
    rust('fn f(mut s: TcpStream) { let mut b = Vec::new(); s.read_to_end(&mut b).ok(); }'),
    rust('fn f(s: TcpStream) { let mut b = Vec::new(); s.take(4096).read_to_end(&mut b).ok(); }'),
    { cwe: 'CWE-400' },
  ],
  [
    'py-unbounded-recv-loop',
    'python',
    'def pull(conn):\n    buf = b""\n    while True:\n        part = conn.recv(1024)\n        if not part:\n            break\n        buf += part\n    return buf\n',
    'def pull(conn):\n    buf = b""\n    while True:\n        part = conn.recv(1024)\n        if not part:\n            break\n        buf += part\n        if len(buf) > 65536:\n            raise ValueError("too long")\n    return buf\n',
    { name: 'received bytes kept until the peer stops; a running size check', requireCleanParse: true },
  ],
  [
    'py-unbounded-recv-loop',
    'python',
    'def lines(sock):\n    out = []\n    while sock:\n        data = sock.recv(512)\n        out.append(data)\n    return out\n',
    'def lines(sock):\n    while sock:\n        data = sock.recv(512)\n        handle(data)\n',
    { name: 'kept in a list; each chunk handled and dropped', requireCleanParse: true },
  ],
  [
    'unbounded-body-read',
    'javascript',
    "http.createServer((req, res) => {\n  const chunks = [];\n  req.on('data', (c) => chunks.push(c));\n  req.on('end', () => res.end(String(chunks.length)));\n});\n",
    "const { spawn } = require('child_process');\nfunction run(cmd, args, done) {\n  const proc = spawn(cmd, args);\n  const out = [];\n  proc.stdout.on('data', (c) => out.push(c));\n  proc.on('close', () => done(Buffer.concat(out)));\n}\n",
    { name: 'a request body; the output of a child process the program started' },
  ],
  [
    'unbounded-body-read',
    'javascript',
    "const http = require('http');\nhttp.createServer((req, res) => {\n  let body = '';\n  req.on('data', function (part) { body += part; });\n  req.on('end', () => res.end(String(body.length)));\n});\n",
    "const https = require('https');\nfunction fetchText(url, done) {\n  https.get(url, (res) => {\n    let text = '';\n    res.on('data', (c) => { text += c; });\n    res.on('end', () => done(text));\n  });\n}\nfunction countUpload(req, done) {\n  let size = 0;\n  req.on('data', (c) => { size += c.length; });\n  req.on('end', () => done(size));\n}\nfunction capped(req, opts, chunks) {\n  let got = 0;\n  req.on('data', (c) => {\n    got += c.length;\n    if (got > opts.maxBytes) req.destroy();\n    chunks.push(c);\n  });\n}\n",
    { name: 'a request body kept whole; a reply to our own request, a byte count, a running cap against an option' },
  ],
  [
    'unbounded-body-read',
    'javascript',
    "module.exports = (req, res) => {\n  let text = '';\n  req.on('data', (buf) => { text += buf.toString('utf8'); });\n  req.on('end', () => res.end(text));\n};\n",
    "const fs = require('fs');\nfunction countLines(file, done) {\n  const s = fs.createReadStream(file);\n  let lines = 0;\n  s.on('data', (buf) => { lines += buf.toString().split('\\n').length; });\n  s.on('end', () => done(lines));\n}\nfunction slurp(file, done) {\n  const input = fs.createReadStream(file);\n  let all = '';\n  input.on('data', (buf) => { all += buf; });\n  input.on('end', () => done(all));\n}\n",
    { name: 'a decoded request body kept whole; a line count, a file the program opened itself' },
  ],
  [
    'unbounded-body-read',
    'java',
    'class Up extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n    byte[] body = req.getInputStream().readAllBytes();\n    store(body);\n  }\n}\n',
    'class Tool {\n  String run() throws IOException {\n    Process p = new ProcessBuilder("git", "status").start();\n    return new String(p.getInputStream().readAllBytes());\n  }\n}\n',
    { name: 'a request body; a child process output' },
  ],
  [
    'unbounded-body-read',
    'python',
    '@app.route("/echo", methods=["POST"])\ndef echo():\n    return request.get_data()\n',
    '@app.route("/echo", methods=["POST"])\ndef echo():\n    if (request.content_length or 0) > 4096:\n        abort(413)\n    return request.get_data()\n',
    { name: 'Flask get_data; the content length checked first', requireCleanParse: true },
  ],
  [
    'unbounded-body-read',
    'php',
    "<?php\n$payload = file_get_contents('php://input');\n",
    "<?php\n$payload = file_get_contents('php://input', false, null, 0, 65536);\n",
    { name: 'php://input whole; read with a length', requireCleanParse: true },
  ],
  [
    'unbounded-body-read',
    'csharp',
    'public class C : ControllerBase\n{\n    [HttpPost]\n    public async Task<string> Post()\n    {\n        using var r = new StreamReader(Request.Body);\n        return await r.ReadToEndAsync();\n    }\n}\n',
    'public class C : ControllerBase\n{\n    [HttpPost, RequestSizeLimit(65536)]\n    public async Task<string> Post()\n    {\n        using var r = new StreamReader(Request.Body);\n        return await r.ReadToEndAsync();\n    }\n}\n',
    { name: 'request body read to the end; a size limit attribute', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-400 uncontrolled resource consumption', CASES);

describe('unbounded-body-read tiers (Flask get_data)', () => {
  const view = '@bp.post("/import")\ndef import_layout():\n    return load(request.get_data(as_text=True))\n';
  const tiers = async (code: string) =>
    (await analyzeCode(code, 'python', nodeParser())).findings
      .filter((f) => f.rule === 'unbounded-body-read')
      .map((f) => f.tier);

  it('is a finding in the module that creates the app and sets no MAX_CONTENT_LENGTH', async () => {
    expect(await tiers(`from flask import Flask, request\napp = Flask(__name__)\nbp = app\n${view}`)).toEqual([
      'finding',
    ]);
  });

  it('is a note in a blueprint module, where the cap would be set in the app factory', async () => {
    expect(await tiers(`from flask import Blueprint, request\nbp = Blueprint("l", __name__)\n${view}`)).toEqual([
      'note',
    ]);
  });
});
