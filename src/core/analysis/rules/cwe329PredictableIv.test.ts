// CWE-329 predictable initialisation vectors: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'constant-iv',
    'go',
    'package m\nfunc E(block cipher.Block, dst, src []byte) {\n\tiv := make([]byte, aes.BlockSize)\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)\n}\n',
    'package m\nfunc E(block cipher.Block, dst, src []byte) {\n\tiv := make([]byte, aes.BlockSize)\n\tio.ReadFull(rand.Reader, iv)\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)\n}\n',
    { name: 'a zeroed local IV, and the same local filled from crypto/rand' },
  ],
  [
    'constant-iv',
    'javascript',
    'const crypto = require("crypto");\nfunction enc(key, d) {\n  const iv = Buffer.alloc(16, 0);\n  return crypto.createCipheriv("aes-256-cbc", key, iv).update(d);\n}\n',
    'const crypto = require("crypto");\nfunction enc(key, d) {\n  const iv = crypto.randomBytes(16);\n  return crypto.createCipheriv("aes-256-cbc", key, iv).update(d);\n}\n',
  ],
  [
    'constant-iv',
    'python',
    'from Crypto.Cipher import AES\ndef enc(key, data):\n    return AES.new(key, AES.MODE_CBC, b"0000000000000000").encrypt(data)\n',
    'import os\nfrom Crypto.Cipher import AES\ndef enc(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)\n',
  ],
  [
    'constant-iv',
    'javascript',
    "const crypto = require('crypto');\nconst c = (key) => crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16));\n",
    "const crypto = require('crypto');\nconst c = (key) => crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));\n",
  ],
  [
    'constant-iv',
    'go',
    'package a\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc E(b cipher.Block) cipher.BlockMode {\n\treturn cipher.NewCBCEncrypter(b, make([]byte, aes.BlockSize))\n}\n',
    'package a\n\nimport "crypto/cipher"\n\nfunc E(b cipher.Block, iv []byte) cipher.BlockMode {\n\treturn cipher.NewCBCEncrypter(b, iv)\n}\n',
  ],
  [
    'constant-iv',
    'php',
    "<?php\nfunction enc(string $d, string $k): string { return openssl_encrypt($d, 'aes-256-cbc', $k, 0, '1234567890123456'); }\n",
    "<?php\nfunction enc(string $d, string $k): string { $iv = random_bytes(16); return $iv . openssl_encrypt($d, 'aes-256-cbc', $k, OPENSSL_RAW_DATA, $iv); }\n",
  ],
];

describeRuleCases('CWE-329 predictable initialisation vectors', CASES);
