// Element loops as guards (elementLoops.ts): a loop over a value whose body exits on a bad element checks the
// value; a loop that only logs does not, and neither does a loop over another value. Our own snippets.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function rules(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe && f.tier === 'finding').map((f) => f.rule);
}

const jsEval = (loopBody: string, over = 'expr'): string =>
  `function calc(expr, other) {\n  const allowed = new Set('0123456789+-*/(). ');\n  for (const ch of ${over}) {\n    if (!allowed.has(ch)) {\n      ${loopBody}\n    }\n  }\n  return String(Function('"use strict"; return (' + expr + ')')());\n}\nmodule.exports = calc;\n`;

describe('element loops guard the value they walk', () => {
  it('JavaScript: for-of with an allow-list test that returns', async () => {
    expect(await rules(jsEval("return '';"), 'javascript', 'CWE-94')).toEqual([]);
    expect(await rules(jsEval("console.log('odd');"), 'javascript', 'CWE-94')).toEqual(['js-eval']);
    expect(await rules(jsEval("return '';", 'other'), 'javascript', 'CWE-94')).toEqual(['js-eval']);
  });

  it('Go: a range loop over a host name with a character test that returns', async () => {
    const go = (check: string): string =>
      'package main\nimport ("net/http"; "os/exec"; "strings")\n' +
      'func handler(w http.ResponseWriter, r *http.Request) {\n  host := r.URL.Query().Get("host")\n' +
      `  for _, c := range host {\n    if !strings.ContainsRune("abcdefghijklmnopqrstuvwxyz0123456789.-", c) {\n      ${check}\n    }\n  }\n` +
      '  exec.Command("sh", "-c", "ping -c 1 " + host).Run()\n}\n';
    expect(await rules(go('return'), 'go', 'CWE-78')).toEqual([]);
    expect(await rules(go('w.Header().Set("X-Odd", "1")'), 'go', 'CWE-78')).toEqual(['go-shell-command']);
  });
});
