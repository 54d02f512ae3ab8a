import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../../ruleCasesTestKit';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';

describeRuleCases('low tier, Python', [
  [
    'low-py-weak-hash',
    'python',
    'import hashlib\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n',
    'import hashlib\ndef digest(data):\n    return hashlib.sha256(data).hexdigest()\n',
  ],
  [
    'low-py-weak-hash',
    'python',
    "import hashlib\ndef digest(data):\n    return hashlib.new('sha1', data).hexdigest()\n",
    "import hashlib\ndef digest(data):\n    return hashlib.new('sha512', data).hexdigest()\n",
    { name: 'hashlib.new with an algorithm name' },
  ],
  [
    'low-py-predictable-random',
    'python',
    'import random, string\ndef random_string():\n    return "".join(random.choice(string.ascii_letters) for _ in range(12))\n',
    'import secrets, string\ndef random_string():\n    return "".join(secrets.choice(string.ascii_letters) for _ in range(12))\n',
  ],
]);

async function lowFindings(code: string): Promise<{ rule: string; tier?: string; severity: string }[]> {
  const record = await analyzeCode(code, 'python', nodeParser());
  return record.findings.filter((f) => f.rule.startsWith('low-'));
}

describe('low tier, Python context', () => {
  it('reports a hash of a file name for a cache as a note, with severity low', async () => {
    const found = await lowFindings(
      'import hashlib\ndef cache_path(filename):\n    return hashlib.md5(filename.encode()).hexdigest()\n',
    );
    expect(found.map((f) => [f.rule, f.tier, f.severity])).toEqual([['low-py-weak-hash', 'note', 'low']]);
  });

  it("reports the WebSocket handshake's SHA-1 (RFC 6455) as a note, another SHA-1 digest as a finding", async () => {
    const accept = await lowFindings(
      'import base64, hashlib\nWS_KEY = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"\ndef accept(key):\n    return base64.b64encode(hashlib.sha1(key.encode() + WS_KEY).digest())\n',
    );
    expect(accept.map((f) => f.tier)).toEqual(['note']);
    const digest = await lowFindings(
      'import base64, hashlib\ndef digest(data):\n    return base64.b64encode(hashlib.sha1(data.encode()).digest())\n',
    );
    expect(digest.map((f) => f.tier)).toEqual(['finding']);
  });

  it('reports random for a shuffle as a note, random for a token as a finding', async () => {
    const shuffle = await lowFindings('import random\ndef deal(cards):\n    return random.sample(cards, 5)\n');
    expect(shuffle.map((f) => f.tier)).toEqual(['note']);
    const token = await lowFindings(
      'import random\ndef reset_link(user):\n    n = random.getrandbits(64)\n    return n\n',
    );
    expect(token.map((f) => f.tier)).toEqual([]);
  });

  it('keeps only the stronger finding where a security-context rule reports the same line', async () => {
    const record = await analyzeCode(
      'import hashlib\ndef hash_password(password):\n    return hashlib.md5(password.encode()).hexdigest()\n',
      'python',
      nodeParser(),
    );
    expect(record.findings.map((f) => f.rule)).toEqual(['py-weak-hash']);
  });
});

describe('low tier, Python servers bound to every interface (CWE-1327)', () => {
  const bound = async (code: string) =>
    (await lowFindings(code)).filter((f) => f.rule === 'low-py-bind-all-interfaces').map((f) => [f.tier, f.severity]);

  it('notes app.run, socket.bind and HTTPServer on the wildcard address, never as a counted finding', async () => {
    const note = [['note', 'low']];
    expect(await bound('from flask import Flask\napp = Flask(__name__)\napp.run(host="0.0.0.0", port=8080)\n')).toEqual(
      note,
    );
    expect(await bound('import socket\ns = socket.socket()\ns.bind(("", 9000))\n')).toEqual(note);
    expect(
      await bound(
        'from http.server import HTTPServer, SimpleHTTPRequestHandler\nHTTPServer(("::", 80), SimpleHTTPRequestHandler)\n',
      ),
    ).toEqual(note);
  });

  it('stays silent on loopback and on a host taken from configuration', async () => {
    expect(await bound('from flask import Flask\napp = Flask(__name__)\napp.run(host="127.0.0.1")\n')).toEqual([]);
    expect(await bound('import socket\ns = socket.socket()\ns.bind(("localhost", 9000))\n')).toEqual([]);
    expect(await bound('import uvicorn\ndef main(cfg):\n    uvicorn.run("app:api", host=cfg.host)\n')).toEqual([]);
  });
});
