// C# cryptography and secrets: broken ciphers and ECB, System.Random for secrets, short keys, weak
// PBKDF2, certificate checks that accept anything, unsigned JWTs and credentials in literals.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { SECRET_WORDS } from '../ruleHelpers';
import { FUNCTION_TYPES, ancestor, namedChildren } from '../walk';
import { csMemberRule, csPropertyRule } from './csharpShape';

export const csWeakCipher = callRule({
  id: 'cs-weak-cipher',
  cwe: 'CWE-327',
  severity: 'error',
  languages: ['csharp'],
  message: 'DES, TripleDES and RC2 are obsolete ciphers with small keys or blocks.',
  fix: 'Use AesGcm (authenticated encryption) with a random 12-byte nonce per message.',
  callee: { csharp: /^(DES|TripleDES|RC2)\.Create$|^new (DES|TripleDES|RC2)CryptoServiceProvider$|\.EncryptEcb$/ },
});

export const csEcbMode: QueryRule = csMemberRule(
  {
    id: 'cs-ecb-mode',
    cwe: 'CWE-327',
    severity: 'error',
    languages: ['csharp'],
    message: 'ECB mode encrypts equal blocks to equal ciphertext, so patterns in the data show through.',
    fix: 'Use AesGcm, or CBC with a random IV plus an HMAC over the ciphertext.',
  },
  /^CipherMode\.ECB$/,
);

/** The random value lands in a secret: the method or the variable/property it is stored in is named like one. */
function secretUse(node: SyntaxNode): boolean {
  const method = ancestor(node, FUNCTION_TYPES);
  const type = ancestor(node, new Set(['class_declaration', 'record_declaration', 'struct_declaration']));
  if (
    SECRET_WORDS.test(method?.childForFieldName('name')?.text ?? '') ||
    SECRET_WORDS.test(type?.childForFieldName('name')?.text ?? '')
  )
    return true;
  for (let cur = node.parent, hops = 0; cur && hops < 6; cur = cur.parent, hops += 1) {
    if (cur.type === 'variable_declarator' || cur.type === 'property_declaration')
      return SECRET_WORDS.test(cur.childForFieldName('name')?.text ?? namedChildren(cur)[0]?.text ?? '');
    if (cur.type === 'assignment_expression') return SECRET_WORDS.test(cur.childForFieldName('left')?.text ?? '');
  }
  return false;
}

export const csInsecureRandom: QueryRule = {
  id: 'cs-insecure-random',
  cwe: 'CWE-338',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'System.Random is predictable; values made with it for tokens, codes or passwords can be guessed.',
  fix: 'Use RandomNumberGenerator.GetBytes / GetInt32 (System.Security.Cryptography) for anything secret.',
  query: { csharp: '[(object_creation_expression) (member_access_expression)] @hit' },
  predicate: ({ hit }) =>
    !!hit &&
    secretUse(hit) &&
    (hit.type === 'object_creation_expression'
      ? /^(System\.)?Random$/.test(hit.childForFieldName('type')?.text ?? '')
      : /^(System\.)?Random\.Shared$/.test(hit.text)),
};

function smallNumber(node: SyntaxNode | undefined, below: number): boolean {
  return node?.type === 'integer_literal' && Number(node.text.replace(/_/g, '')) < below;
}

export const csShortKey = callRule({
  id: 'cs-short-rsa-key',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['csharp'],
  message: 'The RSA/DSA key is shorter than 2048 bits, which is within reach of factoring attacks.',
  fix: 'Use at least 2048-bit RSA (3072 for long-lived keys) or ECDsa with nistP256.',
  callee: { csharp: /^(RSA|DSA)\.Create$|^new (RSA|DSA)CryptoServiceProvider$/ },
  when: (call) => smallNumber(call.args[0], 2048),
});

export const csWeakPbkdf2 = callRule({
  id: 'cs-weak-pbkdf2',
  cwe: 'CWE-916',
  severity: 'error',
  languages: ['csharp'],
  message: 'PBKDF2 runs too few iterations (the old default is 1000), so stolen hashes are cheap to brute-force.',
  fix: 'Use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 and at least 600,000 iterations, or a dedicated password hasher.',
  callee: { csharp: /^new Rfc2898DeriveBytes$|^Rfc2898DeriveBytes\.Pbkdf2$/ },
  when: (call) => call.args.length < 3 || smallNumber(call.args[2], 100_000),
});

export const csAcceptAnyCertificate: QueryRule = csPropertyRule(
  {
    id: 'cs-accept-any-certificate',
    cwe: 'CWE-295',
    severity: 'error',
    languages: ['csharp'],
    message:
      'The certificate validation callback accepts every certificate, so anyone on the path can impersonate the server.',
    fix: 'Remove the callback (the default validation is correct) or pin the expected certificate and still honour sslPolicyErrors.',
  },
  /CertificateValidationCallback$|^ServerCertificateCustomValidationCallback$/,
  (right) =>
    /DangerousAcceptAnyServerCertificateValidator/.test(right.text) ||
    (right.type === 'lambda_expression' &&
      /^(true|\{\s*return\s+true;\s*\})$/.test((namedChildren(right).at(-1)?.text ?? '').trim())),
);

export const csJwtUnsigned: QueryRule = csPropertyRule(
  {
    id: 'cs-jwt-signature-unchecked',
    cwe: 'CWE-347',
    severity: 'error',
    languages: ['csharp'],
    message: 'Token validation does not require a valid signature, so anyone can mint tokens.',
    fix: 'Keep ValidateIssuerSigningKey and RequireSignedTokens true and configure IssuerSigningKey.',
  },
  /^(ValidateIssuerSigningKey|RequireSignedTokens)$/,
  (right) => right.text === 'false',
);

export const csConnectionStringPassword: QueryRule = {
  id: 'cs-connection-string-password',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'A password is written into a connection string in the source code.',
  fix: 'Read the connection string from configuration or a secret store (user secrets, Key Vault, environment).',
  query: { csharp: '[(string_literal) (verbatim_string_literal)] @hit' },
  predicate: ({ hit }) => !!hit && /(^|;)\s*(password|pwd)\s*=\s*[^;{"\s]{3,}/i.test(hit.text.replace(/^@?"/, '')),
};

const SECRET_NAME =
  /(pass(word|wd)?|pwd|secret|api_?key|apikey|access_?key|token|private_?key|signing_?key|client_?secret)$/i;

export const csHardcodedSecret: QueryRule = {
  id: 'cs-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'A secret (password, key or token) is written into the source as a literal.',
  fix: 'Load secrets from configuration, environment or a secret store at startup.',
  query: { csharp: '(variable_declarator (identifier) @name (string_literal) @value) @hit' },
  predicate: ({ name, value }) =>
    !!name && !!value && SECRET_NAME.test(name.text) && /^"[^"\s{}]{6,}"$/.test(value.text),
};
