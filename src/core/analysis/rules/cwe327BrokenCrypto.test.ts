// CWE-327 broken or risky cryptographic algorithms: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'old-tls-version',
    'go',
    'package main\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS10}\n',
    'package main\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n',
  ],
  [
    'old-tls-version',
    'javascript',
    "const server = https.createServer({ key, cert, minVersion: 'TLSv1' }, app);\n",
    "const server = https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);\n",
  ],
  [
    'old-tls-version',
    'typescript',
    "const agent = new https.Agent({ secureProtocol: 'TLSv1_method' });\n",
    "const agent = new https.Agent({ secureProtocol: 'TLSv1_2_method' });\n",
    { name: 'secureProtocol' },
  ],
  [
    'py-weak-cipher',
    'python',
    'import ssl\ndef ctx():\n    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n',
    'import ssl\ndef ctx():\n    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n',
    { name: 'a TLS context pinned to an obsolete protocol version' },
  ],
  [
    'py-weak-cipher',
    'python',
    'from Crypto.Cipher import DES\ndef f(k):\n    return DES.new(k, DES.MODE_ECB)\n',
    'from Crypto.Cipher import AES\ndef f(k):\n    return AES.new(k, AES.MODE_GCM)\n',
  ],
  [
    'java-weak-crypto',
    'java',
    'class A { void f() throws Exception { Cipher.getInstance("DES/ECB/PKCS5Padding"); } }\n',
    'class A { void f() throws Exception { Cipher.getInstance("AES/GCM/NoPadding"); } }\n',
  ],
  ['cs-weak-cipher', 'csharp', m('return DES.Create();'), m('return Aes.Create();'), { requireCleanParse: true }],
  [
    'cs-ecb-mode',
    'csharp',
    m('aes.Mode = CipherMode.ECB; return aes;'),
    m('aes.Mode = CipherMode.CBC; return aes;'),
    { requireCleanParse: true },
  ],
  [
    'c-weak-crypto',
    'c',
    'const EVP_CIPHER *pick(void) {\n  return EVP_get_cipherbyname("des-ede3-cbc");\n}\n',
    'const EVP_CIPHER *pick(void) {\n  return EVP_get_cipherbyname("aes-256-gcm");\n}\n',
    { name: 'a cipher looked up by name', requireCleanParse: true },
  ],
  [
    'c-weak-crypto',
    'c',
    'int seal(EVP_CIPHER_CTX *c, const unsigned char *key) {\n  return EVP_EncryptInit_ex(c, EVP_aes_128_ecb(), NULL, key, NULL);\n}\n',
    'int seal(EVP_CIPHER_CTX *c, const unsigned char *key, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_aes_128_gcm(), NULL, key, iv);\n}\n',
    { name: 'ECB mode' },
  ],
  [
    'cpp-cryptopp-weak-cipher',
    'cpp',
    '#include <cryptopp/des.h>\nvoid seal(const CryptoPP::byte *key) {\n  CryptoPP::ECB_Mode<CryptoPP::DES_EDE3>::Encryption e;\n  e.SetKey(key, 24);\n}\n',
    '#include <cryptopp/aes.h>\nvoid seal(const CryptoPP::byte *key, const CryptoPP::byte *iv) {\n  CryptoPP::GCM<CryptoPP::AES>::Encryption e;\n  e.SetKeyWithIV(key, 32, iv, 12);\n}\n',
  ],
  [
    'c-weak-crypto',
    'c',
    'void cert_fingerprint(const unsigned char *der, size_t n, unsigned char *out) {\n  MD5(der, n, out);\n}\n',
    'void file_checksum(const unsigned char *data, size_t n, unsigned char *out) {\n  MD5(data, n, out);\n}\n',
    { name: 'MD5 fingerprint of a certificate vs a file checksum' },
  ],
  [
    'rust-weak-cipher',
    'rust',
    'fn seal(key: &[u8; 16], block: &mut [u8]) {\n    let enc = ecb::Encryptor::<Aes128>::new(key.into());\n    enc.encrypt_padded_mut::<Pkcs7>(block, 16).unwrap();\n}\n',
    'fn seal(key: &[u8; 32], nonce: &[u8; 12], data: &[u8]) -> Vec<u8> {\n    let cipher = Aes256Gcm::new(key.into());\n    cipher.encrypt(nonce.into(), data).unwrap()\n}\n',
    { name: 'AES in ECB mode vs AES-GCM', requireCleanParse: true },
  ],
  [
    'rust-weak-cipher',
    'rust',
    'fn legacy(key: &[u8]) -> Des {\n    Des::new_from_slice(key).unwrap()\n}\n',
    'fn modern(key: &[u8]) -> ChaCha20Poly1305 {\n    ChaCha20Poly1305::new_from_slice(key).unwrap()\n}\n',
    { name: 'single DES' },
  ],
  [
    'php-weak-cipher',
    'php',
    '<?php\nfunction seal($card, $key) {\n    return openssl_encrypt($card, "des-ede3-cbc", $key, 0, $iv);\n}\n',
    '<?php\nfunction seal($card, $key) {\n    $iv = random_bytes(12);\n    return openssl_encrypt($card, "aes-256-gcm", $key, 0, $iv, $tag);\n}\n',
    { name: 'triple DES vs AES-GCM', requireCleanParse: true },
  ],
  [
    'php-weak-cipher',
    'php',
    '<?php\n$token = openssl_encrypt($data, "aes-128-ecb", $key);\n',
    '<?php\n$token = openssl_encrypt($data, "aes-128-cbc", $key, 0, random_bytes(16));\n',
    { name: 'AES in ECB mode' },
  ],
];

describeRuleCases('CWE-327 broken or risky cryptographic algorithms', CASES);
