// Low tier, PHP: md5()/sha1(), rand()/mt_rand() and REMOTE_ADDR-based access, with severity `low`
// (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { scopeOf } from '../../walk';
import { harmlessHash, harmlessRandom } from './lowTierShared';

const REMOTE_ADDR = /\$_SERVER\s*\[\s*['"]REMOTE_ADDR['"]\s*\]/;

/** Local copies of the client address in a scope (`$ip = $_SERVER['REMOTE_ADDR'];`) and where each is made. */
function addressCopies(scope: SyntaxNode, ctx: RuleContext): { name: string; at: number }[] {
  const key = `lowTierPhp:copies:${scope.startIndex}:${scope.endIndex}`;
  let found = ctx.memo.get(key) as { name: string; at: number }[] | undefined;
  if (!found) {
    const assigned = /(\$\w+)\s*=\s*\$_SERVER\s*\[\s*['"]REMOTE_ADDR['"]\s*\]\s*;/g;
    found = [...scope.text.matchAll(assigned)].map((m) => ({
      name: m[1]!,
      at: scope.startIndex + m.index + m[0].length,
    }));
    ctx.memo.set(key, found);
  }
  return found;
}

/** A condition that compares the client address (directly or through a local copy) with an address or a list. */
function addressDecision(cond: SyntaxNode, ctx: RuleContext): boolean {
  const copies = addressCopies(scopeOf(cond), ctx)
    .filter((c) => c.at <= cond.startIndex)
    .map((c) => c.name);
  const mentions = REMOTE_ADDR.test(cond.text) || copies.some((v) => v && new RegExp(`\\${v}\\b`).test(cond.text));
  return mentions && /===?|!==?|\bin_array\s*\(|\bstrpos\s*\(|\bstr_starts_with\s*\(|\bip_in_range/i.test(cond.text);
}

export const lowTierPhp: readonly Rule[] = lowTierRules({
  languages: ['php'],
  entries: [
    {
      id: 'low-php-weak-hash',
      cwe: 'CWE-328',
      message: 'md5() and sha1() are broken: collisions can be made, so they must not protect anything.',
      fix: "Use hash('sha256', ...) for integrity and password_hash() for passwords.",
      callee: /^(md5|sha1|md5_file|sha1_file)$/,
      harmless: harmlessHash,
    },
    {
      id: 'low-php-predictable-random',
      cwe: 'CWE-330',
      message: 'rand(), mt_rand() and uniqid() are predictable; values made with them can be guessed.',
      fix: 'Use random_bytes() or random_int() for ids, tokens and keys.',
      callee: /^(rand|mt_rand|uniqid|lcg_value|str_shuffle|array_rand)$/,
      harmless: harmlessRandom,
    },
    {
      id: 'low-php-remote-addr-auth',
      cwe: 'CWE-290',
      message: 'Access is decided by the client address; behind a proxy or with spoofed traffic it is not the user.',
      fix: 'Authenticate the user (session, token, client certificate); use the address only as an extra signal.',
      query: '(if_statement condition: (_) @hit)',
      when: addressDecision,
    },
  ],
});
