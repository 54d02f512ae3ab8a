// CWE-326 inadequate encryption strength: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
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

/** Every rule in this file, in the order the registry runs them. */
export const cwe326WeakKeyStrength: readonly Rule[] = [weakKeySize, csShortKey, cShortRsaKey, shortModulusOption];
