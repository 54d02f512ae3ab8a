// CWE-807 reliance on untrusted inputs in a security decision: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { ancestor, scopeOf } from '../walk';

/** A header name that claims who the caller is or what it may do (`X-Is-Admin`, `X-User-Role`, `X-Internal`). */
const CLAIM_HEADER =
  /^"x-[\w-]*(admin|role|user|auth|internal|trusted|privilege|permission|group|staff|superuser)[\w-]*"$/i;
const IF = new Set(['if_statement', 'if_expression']);
const DECLARATION = new Set(['let_declaration', 'local_variable_declaration', 'variable_declaration']);

/** The local the header's value is bound to (`let is_admin = ...`, `boolean admin = ...`, `var role = ...`). */
function boundName(decl: SyntaxNode): string {
  const pattern = decl.childForFieldName('pattern');
  if (pattern) return pattern.text.replace(/^mut\s+/, '');
  const declarator = decl.namedChildren.find((c) => c?.type === 'variable_declarator');
  return declarator?.childForFieldName('name')?.text ?? declarator?.namedChildren[0]?.text ?? '';
}

/**
 * A request header that names the caller's role or identity decides an `if` (directly, or through the local it is
 * read into): any client can send that header, so the check grants what it was meant to guard.
 */
export const headerClaimDecision: QueryRule = {
  id: 'header-claim-decision',
  cwe: 'CWE-807',
  severity: 'error',
  languages: ['rust', 'java', 'csharp'],
  kind: 'query',
  query: { rust: '(string_literal) @hit', java: '(string_literal) @hit', csharp: '(string_literal) @hit' },
  message: 'Access is decided by a request header the client sets itself (a role, admin or user claim).',
  fix: 'Decide from the authenticated session or a verified token (a signed JWT, the server-side user record), never from a client header.',
  predicate: ({ hit }) => {
    if (!hit || !CLAIM_HEADER.test(hit.text)) return false;
    // The literal is the key of a header read: `headers.get("x-..")`, `getHeader("X-..")`, `Request.Headers["X-.."]`.
    let read = hit.parent;
    for (
      let hops = 0;
      read && hops < 3 && !/header/i.test(read.text.slice(0, hit.startIndex - read.startIndex));
      hops += 1
    )
      read = read.parent;
    if (!read || !/header/i.test(read.text.slice(0, hit.startIndex - read.startIndex))) return false;
    const cond = ancestor(hit, IF)?.childForFieldName('condition');
    if (cond && hit.startIndex >= cond.startIndex && hit.endIndex <= cond.endIndex) return true;
    const decl = ancestor(hit, DECLARATION);
    const name = decl ? boundName(decl) : '';
    if (!/^\w+$/.test(name)) return false;
    const fn = scopeOf(hit);
    const after = fn.text.slice((decl?.endIndex ?? 0) - fn.startIndex);
    return new RegExp(`\\bif\\s*\\(?\\s*!?\\s*${name}\\b`).test(after);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe807UntrustedSecurityDecision: readonly Rule[] = [headerClaimDecision];
