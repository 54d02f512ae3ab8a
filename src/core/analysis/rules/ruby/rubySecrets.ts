// CWE-798 hard-coded credentials and CWE-259 hard-coded passwords in Ruby (`API_KEY = "sk_live_..."`, `password:
// "hunter22"` in a connection hash), and CWE-295 certificate checks turned off (`verify_mode = VERIFY_NONE`).
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { literalValue, looksLikeSecret, PASSWORD_KEY } from '../cwe798HardcodedCredentials';

/** `name = "literal"`, `NAME = "literal"`, `obj.name = "literal"` and `name: "literal"` / `:name => "literal"`. */
const ASSIGNED_LITERAL =
  '[(assignment left: (_) @name right: (string) @value) (pair key: (_) @name value: (string) @value)] @hit';

/** The name as written, without the `:` of a symbol or the receiver of a setter (`config.api_key`). */
const nameOf = (text: string): string => text.replace(/^:/, '').replace(/^.*\./, '');

/** A literal that looks like a secret stored under a name that says so (placeholders and examples excluded). */
function secretLiteral(name: SyntaxNode | undefined, value: SyntaxNode | undefined, password: boolean): boolean {
  if (!name || !value || PASSWORD_KEY.test(nameOf(name.text)) !== password) return false;
  const literal = literalValue(value);
  return literal !== null && looksLikeSecret(nameOf(name.text), literal);
}

export const rubyHardcodedSecret: QueryRule = {
  id: 'ruby-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['ruby'],
  message: 'A credential (API key, token or secret) is hard-coded in the source.',
  fix: 'Read it at run time from ENV.fetch("API_KEY") or Rails credentials (Rails.application.credentials), not from the code.',
  kind: 'query',
  query: { ruby: ASSIGNED_LITERAL },
  predicate: ({ name, value }) => secretLiteral(name, value, false),
};

export const rubyHardcodedPassword: QueryRule = {
  id: 'ruby-hardcoded-password',
  cwe: 'CWE-259',
  severity: 'error',
  languages: ['ruby'],
  message: 'A password is hard-coded in the source.',
  fix: 'Read it at run time from ENV.fetch("DB_PASSWORD") or Rails credentials, and store only password hashes.',
  kind: 'query',
  query: { ruby: ASSIGNED_LITERAL },
  predicate: ({ name, value }) => secretLiteral(name, value, true),
};

export const rubyTlsVerifyNone: QueryRule = {
  id: 'ruby-tls-verify-none',
  cwe: 'CWE-295',
  severity: 'error',
  languages: ['ruby'],
  message:
    'Certificate verification is turned off (OpenSSL::SSL::VERIFY_NONE), so anyone on the network path can impersonate the server.',
  fix: 'Keep OpenSSL::SSL::VERIFY_PEER (the default) and give a CA file (ca_file) when the server uses a private CA.',
  kind: 'query',
  query: { ruby: '((scope_resolution) @hit (#match? @hit "(^|::)VERIFY_NONE$"))' },
  guardable: false,
};

export const rubySecrets: readonly Rule[] = [rubyHardcodedSecret, rubyHardcodedPassword, rubyTlsVerifyNone];
