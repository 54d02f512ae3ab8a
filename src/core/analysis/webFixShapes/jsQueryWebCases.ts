// JavaScript and TypeScript fix shapes for queries, fetches, redirects, tokens, JWTs, merges and schemas.
import type { FixShapeCase } from './fixShapeCase';
import { route } from './jsSnippet';

export const JS_QUERY_WEB_CASES: FixShapeCase[] = [
  {
    name: 'a parameterised query with ? placeholders',
    language: 'javascript',
    cwe: 'CWE-89',
    vulnerable: route(
      "const db = require('./db');\n",
      '  db.query("SELECT * FROM users WHERE name = \'" + req.query.name + "\'", (err, rows) => res.json(rows));\n',
    ),
    fixed: route(
      "const db = require('./db');\n",
      "  db.query('SELECT * FROM users WHERE name = ?', [req.query.name], (err, rows) => res.json(rows));\n",
    ),
  },
  {
    name: 'a parameterised query with $1 placeholders',
    language: 'javascript',
    cwe: 'CWE-89',
    vulnerable: route(
      "const { pool } = require('./db');\n",
      '  pool.query(`SELECT * FROM orders WHERE id = ${req.params.id}`).then((r) => res.json(r.rows));\n',
    ),
    fixed: route(
      "const { pool } = require('./db');\n",
      "  pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]).then((r) => res.json(r.rows));\n",
    ),
  },
  {
    name: 'a tagged sql template builds a parameterised query',
    language: 'javascript',
    cwe: 'CWE-89',
    vulnerable: route(
      "const { db } = require('./db');\n",
      "  db.query(`SELECT * FROM posts WHERE author = '${req.query.author}'`).then((rows) => res.json(rows));\n",
    ),
    fixed: route(
      "const { db, sql } = require('./db');\n",
      '  db.query(sql`SELECT * FROM posts WHERE author = ${req.query.author}`).then((rows) => res.json(rows));\n',
    ),
  },
  {
    name: 'Number.parseInt and an isNaN check before the query',
    language: 'javascript',
    cwe: 'CWE-89',
    vulnerable: route(
      "const db = require('./db');\n",
      "  const limit = req.query.limit;\n  db.all('SELECT * FROM items LIMIT ' + limit, (e, rows) => res.json(rows));\n",
    ),
    fixed: route(
      "const db = require('./db');\n",
      "  const limit = Number.parseInt(req.query.limit, 10);\n  if (Number.isNaN(limit) || limit < 1) {\n    return res.status(400).end();\n  }\n  db.all('SELECT * FROM items LIMIT ' + limit, (e, rows) => res.json(rows));\n",
    ),
  },
  {
    name: 'new URL and a host allow-list before fetch',
    language: 'javascript',
    cwe: 'CWE-918',
    vulnerable: route('', '  fetch(req.query.url)\n    .then((r) => r.text())\n    .then((t) => res.send(t));\n'),
    fixed: route(
      '',
      "  let target;\n  try {\n    target = new URL(req.query.url);\n  } catch {\n    return res.status(400).end();\n  }\n  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {\n    return res.status(400).end();\n  }\n  fetch(target)\n    .then((r) => r.text())\n    .then((t) => res.send(t));\n",
      "const ALLOWED_HOSTS = new Set(['api.example.com']);\n",
    ),
  },
  {
    name: 'a redirect only to a local path',
    language: 'javascript',
    cwe: 'CWE-601',
    vulnerable: route('', '  const next = req.query.next;\n  res.redirect(next);\n'),
    fixed: route(
      '',
      "  let next = req.query.next;\n  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) {\n    next = '/';\n  }\n  res.redirect(next);\n",
    ),
  },
  {
    name: 'crypto.randomBytes for a reset token',
    language: 'javascript',
    cwe: 'CWE-338',
    vulnerable:
      'function createResetToken() {\n  let token = "";\n  for (let i = 0; i < 32; i++) token += Math.floor(Math.random() * 16).toString(16);\n  return token;\n}\nmodule.exports = { createResetToken };\n',
    fixed:
      "const crypto = require('crypto');\nfunction createResetToken() {\n  return crypto.randomBytes(32).toString('hex');\n}\nmodule.exports = { createResetToken };\n",
  },
  {
    name: 'jwt.verify with a fixed algorithm list',
    language: 'javascript',
    cwe: 'CWE-347',
    vulnerable:
      "const jwt = require('jsonwebtoken');\nfunction readUser(token) {\n  return jwt.decode(token);\n}\nmodule.exports = { readUser };\n",
    fixed:
      "const jwt = require('jsonwebtoken');\nfunction readUser(token) {\n  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n}\nmodule.exports = { readUser };\n",
  },
  {
    name: 'a merge that skips __proto__ and constructor keys',
    language: 'javascript',
    cwe: 'CWE-1321',
    vulnerable:
      "function merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!target[key]) target[key] = {};\n      merge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\nmodule.exports = { merge };\n",
    fixed:
      "function merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    if (typeof source[key] === 'object' && source[key] !== null) {\n      if (!target[key]) target[key] = {};\n      merge(target[key], source[key]);\n    } else {\n      target[key] = source[key];\n    }\n  }\n  return target;\n}\nmodule.exports = { merge };\n",
  },
  {
    name: 'a zod schema with a pattern validates the value before the command',
    language: 'typescript',
    cwe: 'CWE-78',
    vulnerable:
      "import { execSync } from 'child_process';\nimport express from 'express';\nconst app = express();\napp.post('/archive', (req, res) => {\n  const { dir } = req.body;\n  execSync(`tar czf /tmp/out.tgz ${dir}`);\n  res.sendStatus(204);\n});\n",
    fixed:
      "import { execSync } from 'child_process';\nimport express from 'express';\nimport { z } from 'zod';\nconst app = express();\nconst ArchiveRequest = z.object({ dir: z.string().regex(/^[a-z0-9_-]+$/) });\napp.post('/archive', (req, res) => {\n  const { dir } = ArchiveRequest.parse(req.body);\n  execSync(`tar czf /tmp/out.tgz ${dir}`);\n  res.sendStatus(204);\n});\n",
  },
  {
    name: 'path.resolve then startsWith (TypeScript helper)',
    language: 'typescript',
    cwe: 'CWE-22',
    vulnerable:
      "import { readFile } from 'fs/promises';\nimport path from 'path';\nconst ROOT = '/var/data';\nexport async function load(name: string): Promise<string> {\n  return readFile(path.join(ROOT, name), 'utf8');\n}\n",
    fixed:
      "import { readFile } from 'fs/promises';\nimport path from 'path';\nconst ROOT = '/var/data';\nexport async function load(name: string): Promise<string> {\n  const full = path.resolve(ROOT, name);\n  if (!full.startsWith(ROOT + path.sep)) throw new Error('outside the data directory');\n  return readFile(full, 'utf8');\n}\n",
  },
  {
    name: 'encodeURIComponent in the URL of a server-side fetch',
    language: 'typescript',
    cwe: 'CWE-918',
    vulnerable:
      "import express from 'express';\nconst app = express();\napp.get('/user', async (req, res) => {\n  const r = await fetch(`https://${req.query.region}.api.example.com/users`);\n  res.json(await r.json());\n});\n",
    fixed:
      "import express from 'express';\nconst app = express();\napp.get('/user', async (req, res) => {\n  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(String(req.query.id))}`);\n  res.json(await r.json());\n});\n",
  },
];
