// The advisory tokeniser: code to search tokens that keep security markers whole. `shell=True`,
// `pickle.loads`, `strcpy(`, `verify=False` and `innerHTML` each stay one token, so BM25 rewards
// an advisory for sharing the risky idiom rather than the words it is made of.
import { tokenize } from '../kb/tokenize';
import { stringShapeTokens } from './stringShapeTokens';

const DOTTED = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)+/g;
const CALL = /([A-Za-z_$][\w$]*)\s*\(/g;
const KEYWORD_ARG =
  /\b([A-Za-z_][\w]*)\s*[=:]\s*(True|False|None|true|false|null|0|1|["'][^"'\n]{0,20}["'])(?=\s*[,)}\n;])/g;
const PROPERTY_SINK = /\.\s*(innerHTML|outerHTML|dangerouslySetInnerHTML|srcdoc|href|src)\s*=/g;

/** Marker tokens only (lower-cased), in order of appearance, duplicates kept. */
export function markerOnlyTokens(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(DOTTED)) {
    const parts = m[0].split('.').map((p) => p.trim().toLowerCase());
    // Adjacent pairs: `Runtime.getRuntime().exec` yields runtime.getruntime; `os.path.join` yields os.path and path.join.
    for (let i = 0; i + 1 < parts.length; i += 1) out.push(`${parts[i]}.${parts[i + 1]}`);
  }
  for (const m of code.matchAll(CALL)) out.push(`${m[1]!.toLowerCase()}(`);
  for (const m of code.matchAll(KEYWORD_ARG)) {
    out.push(`${m[1]!.toLowerCase()}=${m[2]!.toLowerCase().replace(/["']/g, '')}`);
  }
  for (const m of code.matchAll(PROPERTY_SINK)) out.push(`.${m[1]!.toLowerCase()}=`);
  out.push(...stringShapeTokens(code));
  return out;
}

/** Marker tokens followed by the ordinary word tokens of the code. */
export function markerTokens(code: string): string[] {
  return [...markerOnlyTokens(code), ...tokenize(code)];
}
