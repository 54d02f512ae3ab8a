// CWE-326 inadequate encryption strength: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { smallNumber } from '../ruleParts/smallNumberText';
import { smallNumber as smallNumberCsharpCrypto } from '../ruleParts/csSmallNumber';
import { numberValue } from '../localText';

const MIN_RSA_BITS = 2048;

export const weakKeySize = callRule({
  id: 'weak-key-size',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['python', 'go', 'java', 'javascript', 'typescript'],
  message: 'The key is too short (RSA/DSA under 2048 bits) to resist current attacks.',
  fix: 'Use at least 2048-bit (preferably 3072-bit) RSA/DSA keys, or an elliptic-curve key.',
  callee: {
    python: /(^|\.)(generate_private_key|generate|RSA\.generate|DSA\.generate|newkeys)$/,
    go: /^(rsa|dsa)\.GenerateKey$/,
    java: /\.initialize$/,
    javascript: /(^|\.)generateKeyPair(Sync)?$/,
    typescript: /(^|\.)generateKeyPair(Sync)?$/,
  },
  when: (call) => {
    const size =
      call.keywords.get('key_size')?.text ??
      call.args.map((a) => a.text).find((t) => /^\d[\d_]*$/.test(t)) ??
      /modulusLength\s*:\s*(\d+)/.exec(call.node.text)?.[1];
    return smallNumber(size, 2048) && Number(size) >= 256 && !/ec\.|EC|curve/i.test(call.name);
  },
});

export const csShortKey = callRule({
  id: 'cs-short-rsa-key',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['csharp'],
  message: 'The RSA/DSA key is shorter than 2048 bits, which is within reach of factoring attacks.',
  fix: 'Use at least 2048-bit RSA (3072 for long-lived keys) or ECDsa with nistP256.',
  callee: { csharp: /^(RSA|DSA)\.Create$|^new (RSA|DSA)CryptoServiceProvider$/ },
  when: (call) => smallNumberCsharpCrypto(call.args[0], 2048),
});

/** OpenSSL calls that take an RSA, DSA or DH size in bits. */
const C_KEYGEN =
  /^(EVP_PKEY_CTX_set_rsa_keygen_bits|EVP_PKEY_CTX_set_dsa_paramgen_bits|EVP_PKEY_CTX_set_dh_paramgen_prime_len|RSA_generate_key(_ex)?|DSA_generate_parameters(_ex)?|DH_generate_parameters(_ex)?|EVP_RSA_gen)$/;

export const cShortRsaKey = callRule({
  id: 'c-short-rsa-key',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The RSA/DSA key is shorter than 2048 bits and can be factored with current resources.',
  fix: 'Generate at least 3072-bit RSA keys (or use an elliptic-curve key such as P-256 or Ed25519).',
  callee: {
    c: C_KEYGEN,
    cpp: C_KEYGEN,
  },
  when: (call, ctx) => {
    // The bit count is the first argument of the one-shot generators and the second of the ctx/struct setters.
    const position = /^(RSA_generate_key|DSA_generate_parameters|DH_generate_parameters|EVP_RSA_gen)$/.test(call.name)
      ? 0
      : 1;
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

/** Key sizes written into an openssl command line: `genrsa 1024`, `rsa_keygen_bits:1024`, `-newkey rsa:1024`, `dhparam 512`. */
const CLI_KEY_BITS =
  /\b(?:rsa_keygen_bits:|dsa_paramgen_bits:|dh_paramgen_prime_len:|-newkey\s+(?:rsa|dsa):|(?:genrsa|dsaparam|dhparam)\b(?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+)(\d{3,5})\b/;

export const cliShortKey: QueryRule = {
  id: 'openssl-cli-short-key',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The openssl command this program runs generates an RSA/DSA/DH key shorter than 2048 bits.',
  fix: 'Ask for at least 3072 bits (rsa_keygen_bits:3072), or generate the key in-process with EVP_PKEY_keygen.',
  kind: 'query',
  query: { c: '(string_literal) @hit', cpp: '[(string_literal) (raw_string_literal)] @hit' },
  predicate: ({ hit }) => {
    const bits = hit ? CLI_KEY_BITS.exec(hit.text)?.[1] : undefined;
    return bits !== undefined && Number(bits) >= 256 && Number(bits) < MIN_RSA_BITS;
  },
};

/** Named curves under 224 bits (about 112-bit security), which NIST no longer accepts for new keys. */
const WEAK_CURVE =
  /^NID_(secp112r[12]|secp128r[12]|secp160(k1|r1|r2)|secp192k1|X9_62_prime192v[123]|sect1[1-9]\d[rk][12]|wap_wsg_idm_ecid_wtls\d+|brainpoolP160[rt]1|brainpoolP192[rt]1)$/;

export const cWeakCurve = callRule({
  id: 'c-weak-ec-curve',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'The elliptic-curve key uses a curve under 224 bits, which gives less than 112-bit security.',
  fix: 'Use P-256 (NID_X9_62_prime256v1), P-384 or X25519/Ed25519.',
  callee: {
    c: /^(EC_KEY_new_by_curve_name|EC_GROUP_new_by_curve_name|EVP_PKEY_CTX_set_ec_paramgen_curve_nid)$/,
    cpp: /^(EC_KEY_new_by_curve_name|EC_GROUP_new_by_curve_name|EVP_PKEY_CTX_set_ec_paramgen_curve_nid)$/,
  },
  when: (call) => call.args.some((a) => WEAK_CURVE.test(a.text)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe326WeakKeyStrength: readonly Rule[] = [
  weakKeySize,
  csShortKey,
  cShortRsaKey,
  shortModulusOption,
  cliShortKey,
  cWeakCurve,
];
