// Certificate checks turned off only when the user asked for it: `if (cfg.insecure) ...`, `case 'no-verify':`,
// `if (opts.strictSSL === false) ...`, Go's `if skipVerify { ... }`. A client library that honours such an option
// is not the weakness of one that turns the checks off for everyone; the setting stays visible as a note.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES } from '../walk';

/** Condition or case text that names an opt-out of verification. */
const OPT_OUT =
  /no[-_]?verify|insecure|skip[-_]?verif|allow[-_]?(unauthori[sz]ed|untrusted|self[-_]?signed|invalid)|ignore[-_]?(cert|tls|ssl)|(strict\w*|verify\w*|reject\w*)['"]?\s*[=!]==?\s*(false|False|0)\b|(!|\bnot\s+)\s*[\w.]*(verify|strict)\w*\b/i;

/** True when `node` runs only in the branch of an `if` or `case` whose test names a verification opt-out. */
export function underVerifyOptOut(node: SyntaxNode): boolean {
  let child = node;
  for (let cur = node.parent; cur && !FUNCTION_TYPES.has(cur.type); child = cur, cur = cur.parent) {
    if (/^(if_statement|if_expression)$/.test(cur.type)) {
      const test = cur.childForFieldName('condition');
      const inTest = test !== null && child.startIndex >= test.startIndex && child.endIndex <= test.endIndex;
      if (test && !inTest && child !== cur.childForFieldName('alternative') && OPT_OUT.test(test.text)) return true;
    }
    // JS `case 'no-verify':`, Go `case cfg.Insecure:`: the value is the case's first named child.
    if (/^(switch_case|expression_case)$/.test(cur.type)) {
      const value = cur.childForFieldName('value') ?? cur.namedChildren[0];
      if (value && value !== child && OPT_OUT.test(value.text)) return true;
    }
  }
  return false;
}
