// CWE-323 reusing a nonce with the same key: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'constant-aead-nonce',
    'python',
    'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, data):\n    return AESGCM(key).encrypt(b"\\x00" * 12, data, None)\n',
    'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, data):\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, data, None)\n',
  ],
  [
    'constant-aead-nonce',
    'go',
    'package a\n\nimport "crypto/cipher"\n\nfunc S(aead cipher.AEAD, msg []byte) []byte {\n\treturn aead.Seal(nil, make([]byte, aead.NonceSize()), msg, nil)\n}\n',
    'package a\n\nimport "crypto/cipher"\n\nfunc S(aead cipher.AEAD, nonce, msg []byte) []byte {\n\treturn aead.Seal(nonce, nonce, msg, nil)\n}\n',
  ],
  [
    'constant-aead-nonce',
    'php',
    '<?php\nfunction seal(string $m, string $k): string { return sodium_crypto_secretbox($m, str_repeat("\\0", SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $k); }\n',
    '<?php\nfunction seal(string $m, string $k): string { $n = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES); return $n . sodium_crypto_secretbox($m, $n, $k); }\n',
  ],
];

describeRuleCases('CWE-323 reusing a nonce with the same key', CASES);
