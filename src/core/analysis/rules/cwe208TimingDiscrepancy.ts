// CWE-208 observable timing discrepancy: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

/** Names that hold a secret or a value derived from one. */
const SECRET =
  /(^|[^a-z])(signature|sig|expected(_?(sig|mac|digest|token|hash))?|mac|hmac|digest|tag|api_?key|token_?hash|secret|service_?token|auth_?token|csrf_?token)([^a-z]|$)/i;

const SECRET_END = /(^|_)(signature|sig|expected|mac|hmac|digest|tag|api_?key|token|token_?hash|secret)$/i;

const LITERAL = /^(['"`].*['"`]|\d+|None|null|nil|true|false|True|False|undefined|NULL)$/;

const EQUALITY = /^(==|===|!=|!==)$/;

function sideIsSecret(side: SyntaxNode | null): boolean {
  if (!side || LITERAL.test(side.text.trim())) return false;
  // Lengths and counts are not secret: comparing them first is the constant-time idiom.
  if (/\.length\b|\blen\(|\.size\(\)|strlen\(/.test(side.text)) return false;
  const last =
    side.text
      .replace(/\(\)$/, '')
      .split(/->|\.|\[|\(/)
      .map((p) => p.replace(/['"\])$]/g, ''))
      .filter(Boolean)
      .at(-1) ?? side.text;
  return SECRET.test(last) || (SECRET.test(side.text.replace(/\s+/g, '').slice(0, 60)) && /^\w+$/.test(side.text));
}

const EQ = '(binary_expression) @hit';

export const timingUnsafeEquality: QueryRule = {
  id: 'timing-unsafe-secret-compare',
  // A note: `==` on a token is also the shape of many correct checks (one-time codes with rate limits, lookups).
  tier: 'note',
  cwe: 'CWE-208',
  severity: 'warning',
  kind: 'query',
  languages: ['python', 'javascript', 'typescript', 'go', 'php', 'cpp'],
  query: { python: '(comparison_operator) @hit', javascript: EQ, typescript: EQ, go: EQ, php: EQ, cpp: EQ },
  message:
    'A secret is compared with ==, which stops at the first differing byte; response timing reveals how much of a guess is right.',
  fix: 'Compare secrets in constant time: hmac.compare_digest, crypto.timingSafeEqual, hmac.Equal, hash_equals, MessageDigest.isEqual.',
  predicate: ({ hit }) => {
    if (!hit) return false;
    const op =
      hit.childForFieldName('operator')?.text ??
      hit.children.find((c) => c !== null && EQUALITY.test(c.type))?.type ??
      '';
    const kids = hit.namedChildren.filter((c): c is SyntaxNode => c !== null);
    if (!EQUALITY.test(op) || kids.length !== 2) return false;
    const [a, b] = kids;
    return (
      !LITERAL.test(a?.text.trim() ?? '') &&
      !LITERAL.test(b?.text.trim() ?? '') &&
      (sideIsSecret(a ?? null) || sideIsSecret(b ?? null))
    );
  },
};

export const timingUnsafeCall = callRule({
  id: 'timing-unsafe-secret-call',
  cwe: 'CWE-208',
  severity: 'warning',
  languages: ['java', 'c', 'cpp'],
  message:
    'A secret is compared with an early-exit comparison (Arrays.equals, memcmp); timing reveals matching prefixes.',
  fix: 'Use MessageDigest.isEqual (Java) or CRYPTO_memcmp / a constant-time loop (C).',
  callee: {
    java: /^(Arrays\.equals|\w+\.equals)$/,
    c: /^(memcmp|strcmp|strncmp)$/,
    cpp: /^(std::)?(memcmp|strcmp|strncmp)$/,
  },
  when: (call) => {
    const sides =
      /^\w+\.equals$/.test(call.name) && call.name !== 'Arrays.equals'
        ? [call.name.split('.')[0] ?? '', call.args[0]?.text ?? '']
        : call.args.slice(0, 2).map((a) => a.text);
    // The secret word must end the name (mac, expected_tag) and macros (GST_TAG_GENRE) are constants, not secrets.
    const named = (s: string): boolean => {
      const last = s.split(/\.|->/).at(-1) ?? s;
      return !/^[A-Z0-9_]+$/.test(last) && SECRET_END.test(last);
    };
    return (
      sides.length === 2 &&
      sides.every((s) => !LITERAL.test(s.trim()) && !/^[A-Z0-9_]+$/.test(s.trim())) &&
      sides.some(named)
    );
  },
});

/** Python: `if user is None: return` before the password hash check answers unknown users faster. */
export const userLookupTimingOracle = callRule({
  id: 'login-timing-user-enumeration',
  cwe: 'CWE-208',
  severity: 'warning',
  languages: ['python'],
  message: 'Unknown users return before the slow password hash runs, so response time reveals which user names exist.',
  fix: 'Run the hash check for unknown users too (against a dummy hash) and branch on the combined result.',
  callee: { python: /(^|\.)(checkpw|check_password_hash|check_password|verify)$/ },
  when: (call) => {
    const fn = scopeOf(call.node);
    const before = fn.text.slice(0, call.node.startIndex - fn.startIndex);
    return /\bif\s+(not\s+\w+|\w+\s+is\s+None)\s*:\s*\n?\s*(return|raise)\b/.test(before);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe208TimingDiscrepancy: readonly Rule[] = [
  timingUnsafeEquality,
  timingUnsafeCall,
  userLookupTimingOracle,
];
