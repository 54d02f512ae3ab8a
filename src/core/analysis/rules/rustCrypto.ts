// Rust crypto and secrets (CWE-328/327/338/295/798): MD5/SHA-1 crates, seeded generators, disabled
// certificate checks and credentials written as string constants.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';

export const rustWeakHash = callRule({
  id: 'rust-weak-hash',
  cwe: 'CWE-328',
  severity: 'warning',
  languages: ['rust'],
  message: 'MD5/SHA-1 (md5, sha1, md-5 crates) are broken for integrity and far too fast for passwords.',
  fix: 'Use SHA-256/SHA-3 (sha2, sha3) for integrity and argon2/scrypt/bcrypt for passwords.',
  callee: {
    rust: /^(md5::(compute|Context::new)|(md5::)?Md5::(new|digest)|(sha1::)?Sha1::(new|digest|from)|(md4::)?Md4::new)$/,
  },
});

export const rustSeededRng = callRule({
  id: 'rust-seeded-rng',
  cwe: 'CWE-338',
  severity: 'warning',
  languages: ['rust'],
  message: 'A generator is seeded from a 64-bit value (often the time), so its whole output can be reproduced.',
  fix: 'Use OsRng (or rand::rng()/thread_rng, which reseed from the OS) for tokens, keys and nonces.',
  callee: { rust: /::seed_from_u64$/ },
});

export const rustTlsDanger = callRule({
  id: 'rust-tls-danger-accept',
  cwe: 'CWE-295',
  severity: 'error',
  languages: ['rust'],
  message: 'Certificate or host-name verification is turned off, so any server can impersonate the peer.',
  fix: 'Keep verification on; add the private CA with add_root_certificate if the server uses one.',
  callee: { rust: /\.danger_accept_invalid_(certs|hostnames)$/ },
  when: (call) => call.args[0]?.text === 'true',
});

const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

export const rustHardcodedSecret: QueryRule = {
  id: 'rust-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['rust'],
  kind: 'query',
  query: {
    rust: '(const_item name: (identifier) @name value: (string_literal) @value) @hit\n(static_item name: (identifier) @name value: (string_literal) @value) @hit',
  },
  message: 'A credential is a string constant in the source, so anyone with the code or binary has it.',
  fix: 'Read secrets at run time from the environment or a secret store (std::env::var), never from constants.',
  predicate: ({ name, value }) =>
    !!name &&
    !!value &&
    SECRET_NAME.test(name.text) &&
    value.text.length >= 8 &&
    !/^"(\s*|changeme|xxx+|<[^>]*>|\$\{.*\})"$/i.test(value.text) &&
    !/_(ENV|VAR|FILE|PATH|HEADER|NAME)$/i.test(name.text),
};
