// Shared rule helpers: identity and role keys taken from the client.
import type { SyntaxNode } from '../../languages/SyntaxTree';

export const WEB = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;

export const STRINGS = {
  python: '(string) @hit',
  javascript: '(string) @hit',
  typescript: '(string) @hit',
  java: '(string_literal) @hit',
  go: '(interpreted_string_literal) @hit',
  php: '[(string) (encapsed_string)] @hit',
};

export const CLIENT_STORE =
  /cookies?\s*(\.get\b|\[)|\$_COOKIE|getCookies\(\)|\.Cookie\(|getHeader\s*\(|Header\.Get\(|headers\s*(\.get\b|\[)|req\.get\(|req\.header\(/i;

/** The literal names a cookie or header that the client controls (checked in the few enclosing nodes). */
export function clientKey(hit: SyntaxNode, key: RegExp): boolean {
  const content = hit.text.replace(/^['"`]|['"`]$/g, '');
  if (!key.test(content)) return false;
  let context = hit.parent;
  for (let i = 0; context && i < 3; i += 1, context = context.parent) {
    if (
      CLIENT_STORE.test(context.text.slice(0, 400)) &&
      !/set_?cookie|setCookie|addCookie|\.cookie\(/i.test(context.text.slice(0, 200))
    )
      return true;
  }
  // Java: for (Cookie c : req.getCookies()) if ("user".equals(c.getName())) ...
  if (!/\.equals\s*\(\s*\w+\.getName\(\)\s*\)/.test(hit.parent?.parent?.text ?? '')) return false;
  for (let cur = hit.parent, i = 0; cur && i < 6; cur = cur.parent, i += 1) {
    if (cur.type === 'enhanced_for_statement' && /getCookies\(\)/.test(cur.childForFieldName('value')?.text ?? ''))
      return true;
  }
  return false;
}
