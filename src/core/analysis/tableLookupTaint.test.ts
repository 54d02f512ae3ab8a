// A value looked up in a table of our own by an outside key is one of our entries, not the key (taint.ts tableEntry,
// fileBindings.ts ownTable): a literal table or an ALL_CAPS constant cuts taint; a table filled at run time, or a
// fallback that is the key itself, does not.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function rules(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => f.rule);
}

const EXPRESS = "const express = require('express');\nconst app = express();\n";

describe('constant table look-ups cut taint', () => {
  it('JavaScript: a literal object picks the page text; a table filled from the request does not', async () => {
    const send = (table: string, value: string): string =>
      `${EXPRESS}${table}app.get('/p', (req, res) => {\n  res.send('<div>' + ${value} + '</div>');\n});\n`;
    const labels = "const labels = { home: 'Home', about: 'About us' };\n";
    expect(await rules(send(labels, 'req.query.p'), 'javascript', 'CWE-79')).toEqual(['js-reflected-xss']);
    expect(await rules(send(labels, 'labels[req.query.p]'), 'javascript', 'CWE-79')).toEqual([]);
    const filled = "const labels = {};\napp.post('/l', (req, res) => { labels[req.body.k] = req.body.v; });\n";
    expect(await rules(send(filled, 'labels[req.query.p]'), 'javascript', 'CWE-79')).toEqual(['js-reflected-xss']);
  });

  it('JavaScript: Map.get on a literal Map; the key itself as the fallback is still the input', async () => {
    const send = (value: string): string =>
      `${EXPRESS}const TITLES = new Map([['a', 'Alpha'], ['b', 'Beta']]);\napp.get('/t', (req, res) => {\n  res.send(\`<h1>\${${value}}</h1>\`);\n});\n`;
    expect(await rules(send("TITLES.get(req.query.t) ?? 'none'"), 'javascript', 'CWE-79')).toEqual([]);
    expect(await rules(send('TITLES.get(req.query.t) ?? req.query.t'), 'javascript', 'CWE-79')).toEqual([
      'js-reflected-xss',
    ]);
  });

  it('Go: a package-level literal map picks the text', async () => {
    const page = (value: string): string =>
      'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nvar greetings = map[string]string{"en": "Hello", "fr": "Bonjour"}\n\n' +
      `func handle(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, "<p>%s</p>", ${value})\n}\n`;
    expect(await rules(page('r.URL.Query().Get("lang")'), 'go', 'CWE-79')).toEqual(['go-reflected-xss']);
    expect(await rules(page('greetings[r.URL.Query().Get("lang")]'), 'go', 'CWE-79')).toEqual([]);
  });

  it('PHP: an ALL_CAPS constant array; a fallback to the input keeps the taint', async () => {
    const page = (value: string): string =>
      `<?php\nconst LABELS = ['new' => 'New', 'done' => 'Done'];\necho '<span>' . (${value}) . '</span>';\n`;
    expect(await rules(page("LABELS[$_GET['s']] ?? ''"), 'php', 'CWE-79')).toEqual([]);
    expect(await rules(page("LABELS[$_GET['s']] ?? $_GET['s']"), 'php', 'CWE-79')).toEqual(['php-reflected-xss']);
  });
});
