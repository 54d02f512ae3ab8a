// Rust forms of the common fixes, each on both sides: a shadowing `let` that escapes the value, an `if` expression
// that keeps the value only when a check holds, and a helper that returns its check as the block's final expression.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

/** `rule:tier` of the findings of one CWE. */
async function found(code: string, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, 'rust', nodeParser());
  return record.findings.filter((f) => f.cwe === cwe).map((f) => `${f.rule}:${f.tier}`);
}

const PAGE = (middle: string): string =>
  'use axum::{extract::Query, response::Html};\n' +
  'pub async fn page(Query(q): Query<Params>) -> Html<String> {\n' +
  '    let name = q.name;\n' +
  `${middle}\n` +
  '    Html(format!("<h1>{}</h1>", name))\n}\n';

const REDIRECT = (helper: string, middle: string): string =>
  `${helper}\n` +
  'pub async fn after_login(q: web::Query<Done>) -> HttpResponse {\n' +
  '    let target = q.next.clone().unwrap_or_default();\n' +
  `${middle}\n` +
  '    HttpResponse::SeeOther().insert_header((header::LOCATION, target)).finish()\n}\n';

describe('Rust fix forms', () => {
  it('a shadowing let that escapes the value cleans it; one that only trims it does not', async () => {
    expect(await found(PAGE('    let name = html_escape::encode_text(&name);'), 'CWE-79')).toEqual([]);
    expect(await found(PAGE('    let mut name = html_escape::encode_text(&name).to_string();'), 'CWE-79')).toEqual([]);
    expect(await found(PAGE('    let name = name.trim().to_string();'), 'CWE-79')).toEqual([
      'rust-reflected-xss:finding',
    ]);
  });

  it('an escape inside a branch does not clean the value on the other path', async () => {
    const branch = '    if q.strict {\n        let name = html_escape::encode_text(&name);\n    }';
    expect(await found(PAGE(branch), 'CWE-79')).toEqual(['rust-reflected-xss:finding']);
  });

  it('an if expression that keeps the value only when it is checked guards it', async () => {
    const kept =
      '    let target = if target.starts_with(\'/\') && !target.starts_with("//") { target } else { "/".into() };';
    expect(await found(REDIRECT('', kept), 'CWE-601')).toEqual([]);
    const inverted = '    let target = if target.starts_with(\'/\') { "/".into() } else { target };';
    expect(await found(REDIRECT('', inverted), 'CWE-601')).toEqual(['open-redirect:finding']);
    const other = '    let target = if q.mode.starts_with(\'/\') { target } else { "/".into() };';
    expect(await found(REDIRECT('', other), 'CWE-601')).toEqual(['open-redirect:finding']);
  });

  it("a helper's final expression is read as its returned check", async () => {
    const exits = '    if !is_local(&target) {\n        return HttpResponse::BadRequest().finish();\n    }';
    const checks = 'fn is_local(t: &str) -> bool {\n    t.starts_with(\'/\') && !t.starts_with("//")\n}';
    expect(await found(REDIRECT(checks, exits), 'CWE-601')).toEqual([]);
    const measures = 'fn is_local(t: &str) -> bool {\n    t.len() < 200\n}';
    expect(await found(REDIRECT(measures, exits), 'CWE-601')).toEqual(['open-redirect:finding']);
  });
});
