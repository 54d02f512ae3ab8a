// CWE-326/330: key material made weak by its parameters: short RSA/DSA sizes passed to OpenSSL or inside a
// Node key-generation options object (whatever the generator is called), and time-based UUIDs used as secrets.
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';
import { numberValue } from '../localText';

const MIN_RSA_BITS = 2048;

export const cShortRsaKey = callRule({
  id: 'c-short-rsa-key',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The RSA/DSA key is shorter than 2048 bits and can be factored with current resources.',
  fix: 'Generate at least 3072-bit RSA keys (or use an elliptic-curve key such as P-256 or Ed25519).',
  callee: {
    c: /^(EVP_PKEY_CTX_set_rsa_keygen_bits|EVP_PKEY_CTX_set_dsa_paramgen_bits|RSA_generate_key(_ex)?|DSA_generate_parameters(_ex)?|EVP_RSA_gen)$/,
    cpp: /^(EVP_PKEY_CTX_set_rsa_keygen_bits|EVP_PKEY_CTX_set_dsa_paramgen_bits|RSA_generate_key(_ex)?|DSA_generate_parameters(_ex)?|EVP_RSA_gen)$/,
  },
  when: (call, ctx) => {
    // The bit count is the first argument of the one-shot generators and the second of the ctx/struct setters.
    const position = /^(RSA_generate_key|DSA_generate_parameters|EVP_RSA_gen)$/.test(call.name) ? 0 : 1;
    const bits = numberValue(call.args[position], ctx.code);
    return bits !== undefined && bits >= 256 && bits < MIN_RSA_BITS;
  },
});

/** Matches `modulusLength: 1024` in an options object, so promisified or renamed generators are covered too. */
export const shortModulusOption = callRule({
  id: 'short-modulus-option',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'The key pair is generated with a modulus shorter than 2048 bits.',
  fix: 'Set modulusLength to at least 3072, or generate an ec/ed25519 key instead.',
  callee: { javascript: /./, typescript: /./ },
  when: (call) =>
    call.args.some((a) => {
      if (a.type !== 'object') return false;
      const bits = /\bmodulusLength\s*:\s*(\d+)/.exec(a.text)?.[1];
      return bits !== undefined && Number(bits) >= 256 && Number(bits) < MIN_RSA_BITS;
    }),
});

export const timeBasedUuidSecret = callRule({
  id: 'time-based-uuid-secret',
  cwe: 'CWE-330',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript'],
  message:
    'A version-1 UUID is built from the clock and the host MAC address, so a token made from it can be predicted.',
  fix: 'Generate tokens with a CSPRNG: secrets.token_urlsafe(32) in Python, crypto.randomBytes(32) or crypto.randomUUID() in Node.',
  callee: { python: /^(uuid\.)?uuid1$/, javascript: /^(uuid\.v1|uuidv1)$/, typescript: /^(uuid\.v1|uuidv1)$/ },
  when: (call) => inSecretContext(call.node),
});
