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
  [
    'c-constant-iv',
    'c',
    'int enc(EVP_CIPHER_CTX *ctx, const unsigned char *key) {\n  unsigned char iv[16] = {0};\n  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);\n}\n',
    'int enc(EVP_CIPHER_CTX *ctx, const unsigned char *key) {\n  unsigned char iv[16] = {0};\n  if (RAND_bytes(iv, sizeof iv) != 1) return 0;\n  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);\n}\n',
    { name: 'zero-initialised array vs RAND_bytes', requireCleanParse: true },
  ],
  [
    'c-constant-iv',
    'c',
    'void enc(struct out *o, const unsigned char *key) {\n  memcpy(o->iv, "fedcba9876543210", 16);\n  EVP_EncryptInit_ex(o->ctx, EVP_aes_128_cbc(), NULL, key, o->iv);\n}\n',
    'void enc(struct out *o, const unsigned char *key) {\n  load_iv(o->iv, 16);\n  EVP_EncryptInit_ex(o->ctx, EVP_aes_128_cbc(), NULL, key, o->iv);\n}\n',
    { name: 'copied from a literal vs filled by a helper' },
  ],
  [
    'c-constant-iv',
    'c',
    'static const unsigned char IV[16] = {1, 2, 3, 4};\nvoid enc(AES_KEY *k, const unsigned char *in, unsigned char *out, size_t n) {\n  unsigned char v[16];\n  AES_cbc_encrypt(in, out, n, k, (unsigned char *)"abcdefghijklmnop", AES_ENCRYPT);\n}\n',
    'void enc(AES_KEY *k, const unsigned char *in, unsigned char *out, size_t n, unsigned char *iv) {\n  AES_cbc_encrypt(in, out, n, k, iv, AES_ENCRYPT);\n}\n',
    { name: "a literal IV vs the caller's IV" },
  ],
  [
    'c-constant-iv',
    'cpp',
    'static const unsigned char kIv[16] = {0x10, 0x20};\nbool enc(EVP_CIPHER_CTX *ctx, const unsigned char *key) {\n  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kIv) == 1;\n}\n',
    'bool enc(EVP_CIPHER_CTX *ctx, const unsigned char *key) {\n  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, nullptr, nullptr);\n  std::vector<unsigned char> iv(16);\n  RAND_bytes(iv.data(), 16);\n  return EVP_EncryptInit_ex(ctx, nullptr, nullptr, key, iv.data()) == 1;\n}\n',
    { name: 'a file-level constant vs two-step init with a random IV' },
  ],
  [
    'c-constant-iv',
    'c',
    'void enc(struct box *b, AES_KEY *k, const unsigned char *in, unsigned char *out, size_t n) {\n  memcpy(b->iv, "0000111122223333", 16);\n  unsigned char work[16];\n  memcpy(work, b->iv, 16);\n  AES_cbc_encrypt(in, out, n, k, work, AES_ENCRYPT);\n}\n',
    'void enc(struct box *b, AES_KEY *k, const unsigned char *in, unsigned char *out, size_t n) {\n  RAND_bytes(b->iv, 16);\n  unsigned char work[16];\n  memcpy(work, b->iv, 16);\n  AES_cbc_encrypt(in, out, n, k, work, AES_ENCRYPT);\n}\n',
    { name: 'a working copy of a constant IV vs of a random one' },
  ],
];

describeRuleCases('CWE-329 predictable initialisation vectors', CASES);
