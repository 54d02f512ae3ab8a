// Logs, headers and pages of careful web code that carry no request text: structured log fields, Go error values,
// server-set PHP `$_SERVER` entries, a hash digest in a header, rows fetched by a bound id. Each careless twin
// (the request value itself in the message, header or page) stays flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function counted(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe && f.tier !== 'note').map((f) => f.rule);
}

const EXPRESS = "const express = require('express');\nconst app = express();\nconst logger = require('./logger');\n";

describe('web output that carries no request text', () => {
  it('JavaScript: request values as structured log fields, not in the message', async () => {
    const route = (call: string): string => `${EXPRESS}app.get('/x', (req, res) => {\n  ${call};\n  res.end();\n});\n`;
    expect(
      await counted(route("logger.info('lookup', { path: req.path, q: req.query.q })"), 'javascript', 'CWE-117'),
    ).toEqual([]);
    expect(await counted(route("logger.info('lookup ' + req.query.q)"), 'javascript', 'CWE-117')).toEqual([
      'log-injection',
    ]);
  });

  it('Go: an error value is logged, not the request value', async () => {
    const handler = (arg: string): string =>
      'package web\n\nimport (\n\t"log"\n\t"net/http"\n\t"strconv"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n' +
      `\tq := r.URL.Query().Get("n")\n\t_, err := strconv.Atoi(q)\n\tif err != nil {\n\t\tlog.Printf("bad n: %v", ${arg})\n\t}\n}\n`;
    expect(await counted(handler('err'), 'go', 'CWE-117')).toEqual([]);
    expect(await counted(handler('q'), 'go', 'CWE-117')).toEqual(['log-injection']);
  });

  it('PHP: the peer address is set by the server, the user agent by the client', async () => {
    const log = (key: string): string => `<?php\nerror_log(sprintf('download by %s', $_SERVER['${key}'] ?? '-'));\n`;
    expect(await counted(log('REMOTE_ADDR'), 'php', 'CWE-117')).toEqual([]);
    expect(await counted(log('HTTP_USER_AGENT'), 'php', 'CWE-117')).toEqual(['log-injection']);
  });

  it('JavaScript: a helper returning a truncated hex digest is safe in a header', async () => {
    const app = (value: string): string =>
      `${EXPRESS}const crypto = require('crypto');\nfunction cacheKey(url) {\n  return crypto.createHash('sha256').update(url).digest('hex').slice(0, 16);\n}\n` +
      `app.get('/x', (req, res) => {\n  res.set('ETag', ${value});\n  res.end();\n});\n`;
    expect(await counted(app('cacheKey(req.originalUrl)'), 'javascript', 'CWE-113')).toEqual([]);
    // Node refuses CR/LF in a header value, so the raw request value is a note there, not a counted finding.
    const raw = await analyzeCode(app('req.query.tag'), 'javascript', nodeParser());
    expect(raw.findings.filter((f) => f.cwe === 'CWE-113').map((f) => `${f.rule}:${f.tier}`)).toEqual([
      'node-header-value:note',
    ]);
  });

  it('JavaScript: rows fetched by a bound id are stored data, the id itself is reflected', async () => {
    const page = (shown: string): string =>
      `${EXPRESS}const db = require('./db');\napp.get('/c/:id', async (req, res) => {\n` +
      "  const [rows] = await db.execute('SELECT text FROM comments WHERE id = ?', [req.params.id]);\n" +
      `  res.send('<p>' + ${shown} + '</p>');\n});\n`;
    expect(await counted(page('rows[0].text'), 'javascript', 'CWE-79')).toEqual([]);
    expect(await counted(page('req.params.id'), 'javascript', 'CWE-79')).toEqual(['js-reflected-xss']);
  });

  it('a check of the request value covers a sink that also holds a server-set value', async () => {
    const log = (check: string): string =>
      `<?php\n$name = $_GET['file'] ?? '';\n${check}` +
      "error_log(sprintf('download %s by %s', $name, $_SERVER['REMOTE_ADDR'] ?? '-'));\n";
    const check = "if (!preg_match('/^[A-Za-z0-9._-]{1,100}$/', $name)) {\n    exit('bad name');\n}\n";
    expect(await counted(log(check), 'php', 'CWE-117')).toEqual([]);
    expect(await counted(log(''), 'php', 'CWE-117')).toEqual(['log-injection']);
  });

  it('JavaScript: rows mapped through an escaping callback are escaped, a raw callback is not', async () => {
    const page = (item: string): string =>
      `${EXPRESS}app.get('/s', (req, res) => {\n  const words = String(req.query.q).split(' ');\n` +
      `  const items = words.map((w) => ${item}).join('');\n  res.send('<ul>' + items + '</ul>');\n});\n`;
    expect(await counted(page('`<li>${escapeHtml(w)}</li>`'), 'javascript', 'CWE-79')).toEqual([]);
    expect(await counted(page('`<li>${w}</li>`'), 'javascript', 'CWE-79')).toEqual(['js-reflected-xss']);
  });
});
