// CWE-347 improper verification of cryptographic signatures: the analyser rules for this weakness, in registry order.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { expandedText } from '../localText';
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { csPropertyRule } from '../ruleParts/csharpShape';

export const pyJwtNoVerify = callRule({
  id: 'py-jwt-no-verify',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['python'],
  message: 'A JSON Web Token is decoded without verifying its signature (or accepts the "none" algorithm).',
  fix: 'Decode with the key and an explicit algorithms list, and keep signature verification on.',
  callee: { python: /^jwt\.decode$|^jwt\.get_unverified_claims$|^jws\.verify$/ },
  when: (call) =>
    /get_unverified/.test(call.name) ||
    /verify_signature['"]?\s*:\s*False|verify\s*=\s*False|['"]none['"]/i.test(call.node.text) ||
    (call.args.length < 2 && !call.keywords.has('key')),
});

export const jwtDecodeOnly = callRule({
  id: 'jwt-decode-unverified',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['javascript', 'typescript', 'java', 'go'],
  message: 'The token is decoded without verifying its signature, so anyone can forge its claims.',
  fix: 'Verify the token (jwt.verify / JWT.require(alg).build().verify / jwt.Parse with a key function) before trusting claims.',
  callee: {
    javascript: /^(jwt|jsonwebtoken)\.decode$/,
    typescript: /^(jwt|jsonwebtoken)\.decode$/,
    java: /^JWT\.decode$/,
    go: /\.ParseUnverified$/,
  },
});

/** A key argument that is (or is read from) a public key or certificate. */
const PUBLIC_KEY = /public|\bpub\b|pubkey|\.pem\b|cert|jwks|spki/i;

/**
 * jsonwebtoken's `verify(token, key)` without `algorithms` accepts whatever algorithm the token names that fits the
 * key. With a public key (RS256/ES256), older versions take an HS256 token signed with the public key's text as the
 * HMAC secret; version 9 refuses that, so the finding is only reported where the key is visibly a public key.
 */
export const jsJwtAlgorithmsOpen = callRule({
  id: 'js-jwt-algorithms-open',
  cwe: 'CWE-347',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message:
    'The token is verified with a public key but without an algorithms list, so the token chooses the algorithm (an HS256 token signed with the public key may pass).',
  fix: "Pin the algorithm: jwt.verify(token, publicKey, { algorithms: ['RS256'] }).",
  callee: { javascript: /^(jwt|jsonwebtoken)\.verify$/, typescript: /^(jwt|jsonwebtoken)\.verify$/ },
  when: (call) => {
    const key = call.args[1];
    const options = call.args[2];
    if (!key || !PUBLIC_KEY.test(key.text)) return false;
    return !options || (options.type === 'object' && !/\balgorithms\b/.test(options.text));
  },
});

/** An `algorithms` list (or `algorithm` option) naming 'none', in any case: an unsigned token then verifies. */
const NONE_ALGORITHM = /\balgorithms?\s*:\s*\[?[^\]}]*['"`]none['"`]/i;

export const jsJwtNoneAlgorithm = callRule({
  id: 'js-jwt-none-algorithm',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: "The verifier accepts the 'none' algorithm, so a token with no signature at all passes.",
  fix: "List only the algorithm the issuer signs with: { algorithms: ['RS256'] } (or ['HS256']).",
  callee: {
    javascript: /^(jwt|jsonwebtoken|jose|JWT)\.(verify|decode|jwtVerify)$|(^|\.)jwtVerify$/,
    typescript: /^(jwt|jsonwebtoken|jose|JWT)\.(verify|decode|jwtVerify)$|(^|\.)jwtVerify$/,
  },
  when: (call, ctx) => {
    let root = call.node;
    while (root.parent) root = root.parent;
    // Options in a local or a module constant (`const OPTIONS = { algorithms: [...] }`) are read where they are set.
    const text = (a: SyntaxNode): string =>
      a.type === 'identifier'
        ? [expandedText(a), ...ctx.assignmentsTo(root, a.text).map((w) => w.value.text)].join(' ')
        : a.text;
    return call.args.slice(1).some((a) => NONE_ALGORITHM.test(text(a)));
  },
});

export const goJwtAnyAlgorithm = callRule({
  id: 'go-jwt-any-algorithm',
  cwe: 'CWE-347',
  severity: 'warning',
  languages: ['go'],
  message:
    "The token is parsed with a key function that never checks the token's algorithm; a token signed with another algorithm (an HMAC keyed with the public key, or none) may pass.",
  fix: 'Check token.Method (e.g. token.Method.(*jwt.SigningMethodHMAC)) in the key function, or pass jwt.WithValidMethods([]string{...}).',
  callee: { go: /^jwt\.(Parse|ParseWithClaims)$/ },
  // Only a key function written in place can be read; a named one is checked where it is defined.
  when: (call) => {
    const keyFunc = call.args.find((a) => a.type === 'func_literal');
    return keyFunc !== undefined && !/\.Method\b|SigningMethod|\.Alg\(|WithValidMethods/.test(call.node.text);
  },
});

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

export const cJwtUnverified = callRule({
  id: 'c-jwt-unverified',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The JSON Web Token is decoded without a key (libjwt) or without a verifier (jwt-cpp), or accepts alg "none", so its claims can be forged.',
  fix: 'Decode with the key (jwt_decode(&jwt, token, key, key_len) and check the algorithm), or run jwt::verify().allow_algorithm(...).verify(decoded).',
  callee: { c: /^(jwt_decode|jwt_set_alg)$/, cpp: /^(jwt_decode|jwt_set_alg|jwt::decode)$/ },
  when: (call, ctx) => {
    if (call.name === 'jwt_set_alg') return /JWT_ALG_NONE/.test(call.args[1]?.text ?? '');
    if (call.name === 'jwt_decode')
      return /^(NULL|nullptr|0)$/.test(call.args[2]?.text ?? '') || /^0[uUlL]*$/.test(call.args[3]?.text ?? '');
    return !/\bjwt::verify\s*[(<]/.test(ctx.code);
  },
});

export const rustJwtUnverified = callRule({
  id: 'rust-jwt-unverified',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['rust'],
  message: "The token's claims are read without checking its signature, so anyone can forge them.",
  fix: 'Decode with jsonwebtoken::decode and a DecodingKey, keeping signature validation on (no insecure_* calls).',
  // `dangerous_insecure_decode::<Claims>(token)`: the turbofish is part of the callee's text.
  callee: {
    rust: /\.insecure_disable_signature_validation$|(^|::)dangerous_insecure_decode(_with_validation)?(::<.*>)?$/,
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe347SignatureVerification: readonly Rule[] = [
  pyJwtNoVerify,
  jwtDecodeOnly,
  jsJwtAlgorithmsOpen,
  jsJwtNoneAlgorithm,
  csJwtUnsigned,
  cJwtUnverified,
  goJwtAnyAlgorithm,
  rustJwtUnverified,
];
