// The condition of a ternary picks a branch; only the branches are the value (taint.ts, checkedChoice.ts
// ternaryParts): input tested in the condition does not reach the sink, input in a branch does. One case per syntax.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function cwes(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => f.rule);
}

describe('a ternary condition is not part of its value', () => {
  it('Ruby: redirect_to with the request only in the condition, or in a branch', async () => {
    const action = (value: string): string => `def create\n  redirect_to(${value})\nend\n`;
    expect(await cwes(action('params[:more] ? new_group_path : groups_path'), 'ruby', 'CWE-601')).toEqual([]);
    expect(await cwes(action('params[:more] ? params[:back] : groups_path'), 'ruby', 'CWE-601')).not.toEqual([]);
  });

  it('JavaScript: res.redirect with the query only in the condition, or in a branch', async () => {
    const route = (value: string): string =>
      `const app = require('express')();\napp.get('/done', (req, res) => {\n  res.redirect(${value});\n});\n`;
    expect(await cwes(route("req.query.again ? '/new' : '/list'"), 'javascript', 'CWE-601')).toEqual([]);
    expect(await cwes(route("req.query.again ? req.query.next : '/list'"), 'javascript', 'CWE-601')).not.toEqual([]);
  });

  it('Python: a conditional expression keeps its value first and its condition second', async () => {
    const view = (value: string): string =>
      `from flask import Flask, request, redirect\napp = Flask(__name__)\n\n@app.route('/done')\ndef done():\n    return redirect(${value})\n`;
    expect(await cwes(view("'/new' if request.args.get('again') else '/list'"), 'python', 'CWE-601')).toEqual([]);
    expect(
      await cwes(view("request.args.get('next') if request.args.get('again') else '/list'"), 'python', 'CWE-601'),
    ).not.toEqual([]);
  });
});
