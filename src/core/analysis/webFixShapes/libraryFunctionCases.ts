// Library functions and token helpers (Go, JavaScript, PHP): a parameter is the outside value, and the fix is a check
// inside the function or a safer API in place of the weak one.
import type { FixShapeCase } from './fixShapeCase';

export const LIBRARY_FUNCTION_CASES: FixShapeCase[] = [
  {
    name: 'a library function: realpath and str_starts_with before reading',
    language: 'php',
    cwe: 'CWE-22',
    vulnerable:
      "<?php\nfunction read_doc(string $name): string {\n    return file_get_contents('/srv/docs/' . $name);\n}\n",
    fixed:
      "<?php\nfunction read_doc(string $name): string {\n    $base = realpath('/srv/docs');\n    $path = realpath($base . '/' . $name);\n    if ($path === false || !str_starts_with($path, $base . '/')) {\n        throw new InvalidArgumentException('bad document');\n    }\n    return file_get_contents($path);\n}\n",
  },
  {
    name: 'a library function: a regular-expression test that throws',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable:
      "const fs = require('fs');\nconst path = require('path');\nfunction loadAvatar(user) {\n  return fs.readFileSync(path.join(__dirname, 'avatars', user + '.png'));\n}\nmodule.exports = { loadAvatar };\n",
    fixed:
      "const fs = require('fs');\nconst path = require('path');\nfunction loadAvatar(user) {\n  if (!/^[a-z0-9]+$/i.test(user)) throw new Error('bad user');\n  return fs.readFileSync(path.join(__dirname, 'avatars', user + '.png'));\n}\nmodule.exports = { loadAvatar };\n",
  },
  {
    name: 'a library function: placeholders instead of concatenation',
    language: 'go',
    cwe: 'CWE-89',
    vulnerable:
      'package store\n\nimport "database/sql"\n\nfunc FindUser(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT id FROM users WHERE name = \'" + name + "\'")\n}\n',
    fixed:
      'package store\n\nimport "database/sql"\n\nfunc FindUser(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT id FROM users WHERE name = ?", name)\n}\n',
  },
  {
    name: 'a Map of prototype-less objects instead of nested plain objects',
    language: 'javascript',
    cwe: 'CWE-1321',
    vulnerable:
      "const express = require('express');\nconst app = express();\nconst prefs = {};\napp.post('/p', (req, res) => {\n  prefs[req.body.user] = prefs[req.body.user] || {};\n  prefs[req.body.user][req.body.key] = req.body.value;\n  res.end();\n});\n",
    fixed:
      "const express = require('express');\nconst app = express();\nconst prefs = new Map();\napp.post('/p', (req, res) => {\n  const user = prefs.get(req.body.user) ?? Object.create(null);\n  user[req.body.key] = req.body.value;\n  prefs.set(req.body.user, user);\n  res.end();\n});\n",
  },
  {
    name: 'password_verify instead of comparing md5 digests',
    language: 'php',
    cwe: 'CWE-328',
    vulnerable:
      "<?php\nfunction check_login(array $user, string $password): bool {\n    return md5($password) === $user['pw'];\n}\n",
    fixed:
      "<?php\nfunction check_login(array $user, string $password): bool {\n    return password_verify($password, $user['pw']);\n}\n",
  },
  {
    name: 'random_int instead of mt_rand for a one-time code',
    language: 'php',
    cwe: 'CWE-338',
    vulnerable:
      "<?php\nfunction otp_code(): string {\n    return str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT);\n}\n",
    fixed:
      "<?php\nfunction otp_code(): string {\n    return str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);\n}\n",
  },
  {
    name: 'crypto.randomUUID instead of Math.random for a session id',
    language: 'javascript',
    cwe: 'CWE-338',
    vulnerable:
      'function newSessionId() {\n  return Math.random().toString(36).slice(2);\n}\nmodule.exports = { newSessionId };\n',
    fixed:
      "const { randomUUID } = require('crypto');\nfunction newSessionId() {\n  return randomUUID();\n}\nmodule.exports = { newSessionId };\n",
  },
];
