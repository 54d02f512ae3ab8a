// CWE-328 weak hashes: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'py-weak-hash',
    'python',
    'import hashlib\ndef hash_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()\n',
    'import hashlib\ndef hash_password(pw, salt):\n    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)\n',
  ],
  [
    'py-weak-hash',
    'python',
    'import hashlib\nclass Store:\n    def remember(self, token):\n        self.token_hash = hashlib.sha1(token.encode()).hexdigest()\n',
    'import hashlib\nclass Worker:\n    def label(self, master):\n        self.masterhash = hashlib.sha1(master.encode()).hexdigest()[:6]\n',
    { name: 'a token digest kept; a digest cut to a short label' },
  ],
  [
    'php-weak-hash',
    'php',
    '<?php\nfunction remember_key($user) {\n    $key = md5( $user->password . time() );\n    return $key;\n}\n',
    '<?php\nfunction query_key($args) {\n    $key = md5( serialize( $args ) );\n    return $key;\n}\n',
    { name: 'the digest of serialised arguments names a lookup' },
  ],
  [
    'js-weak-hash',
    'javascript',
    'const crypto = require("crypto");\nfunction apiKey(secret) {\n  const key = crypto.createHash("md5").update(secret).digest("hex");\n  return key;\n}\n',
    'const crypto = require("crypto");\nfunction lookupKey(opts) {\n  const key = crypto.createHash("md5").update(JSON.stringify(opts)).digest("hex");\n  return cache.get(key);\n}\n',
    { name: 'a cache key digest is no secret use' },
  ],
  [
    'go-weak-hash',
    'go',
    'package main\n\nfunc tokenDigest(token string) string {\n\tsum := sha1.Sum([]byte(token))\n\treturn hex.EncodeToString(sum[:])\n}\n',
    'package main\n\nfunc tokenDigest(token string) string {\n\tsum := sha256.Sum256([]byte(token))\n\treturn hex.EncodeToString(sum[:])\n}\n',
  ],
  [
    'go-weak-hash',
    'go',
    'package main\n\nfunc hashPassword(pw string) string {\n\th := md5.New()\n\th.Write([]byte(pw))\n\treturn hex.EncodeToString(h.Sum(nil))\n}\n',
    'package main\n\nfunc fileETag(data []byte) string {\n\th := md5.New()\n\th.Write(data)\n\treturn hex.EncodeToString(h.Sum(nil))\n}\n',
    { name: 'a checksum of content is no secret use' },
  ],
  [
    'js-weak-hash',
    'javascript',
    "const { createHash } = require('crypto');\nconst SALT = 'c1';\nfunction sessionKey(key) {\n  const token = createHash('sha1').update(key + SALT).digest('base64');\n  return token;\n}\n",
    "const { createHash } = require('crypto');\nconst GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';\nfunction upgrade(socket, key) {\n  const accept = createHash('sha1').update(key + GUID).digest('base64');\n  socket.write(`HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nSec-WebSocket-Accept: ${accept}\\r\\n\\r\\n`);\n}\n",
    { name: 'a session key digest; the WebSocket accept key, which RFC 6455 fixes as SHA-1' },
  ],
  [
    'go-weak-hash',
    'go',
    'package ws\n\nvar pepper = []byte("p1")\n\nfunc sessionKey(clientKey string) string {\n\th := sha1.New()\n\th.Write([]byte(clientKey))\n\th.Write(pepper)\n\treturn base64.StdEncoding.EncodeToString(h.Sum(nil))\n}\n',
    'package ws\n\nvar keyGUID = []byte("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")\n\nfunc acceptKey(clientKey string) string {\n\th := sha1.New()\n\th.Write([]byte(clientKey))\n\th.Write(keyGUID)\n\treturn base64.StdEncoding.EncodeToString(h.Sum(nil))\n}\n',
    { name: 'a session key digest; the WebSocket accept key' },
  ],
  [
    'cs-weak-hash',
    'csharp',
    'class A { byte[] F(byte[] d) { using var h = MD5.Create(); return h.ComputeHash(d); } }\n',
    'class A { byte[] F(byte[] d) { using var h = SHA256.Create(); return h.ComputeHash(d); } }\n',
  ],
  [
    'rust-weak-hash',
    'rust',
    rust('fn f(p: &str) -> String { let d = md5::compute(p); format!("{:x}", d) }'),
    rust('fn f(p: &str) -> String { let d = Sha256::digest(p); format!("{:x}", d) }'),
    { cwe: 'CWE-328' },
  ],
  [
    'rust-weak-hash-in-macro',
    'rust',
    'fn password_digest(password: &str) -> String {\n    format!("{:x}", md5::compute(password.as_bytes()))\n}\n',
    'fn password_digest(password: &str) -> String {\n    format!("{:x}", Sha256::digest(password.as_bytes()))\n}\n',
    { requireCleanParse: true },
  ],
  [
    'rust-weak-hash',
    'rust',
    'pub fn digest(token: &str) -> String {\n    sha1_smol::Sha1::from(token).digest().to_string()\n}\n',
    'pub fn digest(token: &str) -> String {\n    hex::encode(sha2::Sha256::digest(token.as_bytes()))\n}\n',
    { name: 'a crate path before Sha1' },
  ],
  [
    'py-weak-hash',
    'python',
    'import hashlib\ndef api_key_digest(key):\n    stored = hashlib.sha1(key.encode()).hexdigest()\n    return stored\n',
    'import hashlib\nfrom pathlib import Path\ndef entry_path(root, key) -> Path:\n    name = hashlib.sha1(key.encode()).hexdigest()\n    return root / name\n',
    { name: 'an API key digest is security; a cache key hashed into a file name is a lookup' },
  ],
];

describeRuleCases('CWE-328 weak hashes', CASES);
