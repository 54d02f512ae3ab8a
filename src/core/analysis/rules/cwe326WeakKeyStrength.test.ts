// CWE-326 inadequate encryption strength: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'weak-key-size',
    'python',
    'from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n',
    'from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n',
  ],
  [
    'c-short-rsa-key',
    'c',
    'int g(EVP_PKEY_CTX *c) { return EVP_PKEY_CTX_set_rsa_keygen_bits(c, 512); }\n',
    'int g(EVP_PKEY_CTX *c) { return EVP_PKEY_CTX_set_rsa_keygen_bits(c, 4096); }\n',
    { requireCleanParse: true },
  ],
  [
    'short-modulus-option',
    'typescript',
    'const make = promisify(generateKeyPair);\nexport const k = () => make("rsa", { modulusLength: 1024 });\n',
    'const make = promisify(generateKeyPair);\nexport const k = () => make("rsa", { modulusLength: 3072 });\n',
    { requireCleanParse: true },
  ],
  [
    'cs-short-rsa-key',
    'csharp',
    m('return RSA.Create(1024);'),
    m('return RSA.Create(3072);'),
    { requireCleanParse: true },
  ],
  [
    'c-short-rsa-key',
    'c',
    'DH *params(void) {\n  DH *dh = DH_new();\n  int bits = 1024;\n  DH_generate_parameters_ex(dh, bits, DH_GENERATOR_2, NULL);\n  return dh;\n}\n',
    'DH *params(void) {\n  DH *dh = DH_new();\n  int bits = 3072;\n  DH_generate_parameters_ex(dh, bits, DH_GENERATOR_2, NULL);\n  return dh;\n}\n',
    { name: 'DH parameters through a local' },
  ],
  [
    'openssl-cli-short-key',
    'c',
    'FILE *keygen(void) {\n  return popen("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 2>/dev/null", "r");\n}\n',
    'FILE *keygen(void) {\n  return popen("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 2>/dev/null", "r");\n}\n',
    { requireCleanParse: true },
  ],
  [
    'openssl-cli-short-key',
    'cpp',
    'int keygen() {\n  return std::system("openssl genrsa -out /tmp/k.pem 512");\n}\n',
    'int keygen() {\n  return std::system("openssl genrsa -out /tmp/k.pem 4096");\n}\n',
    { name: 'genrsa with options before the size' },
  ],
  [
    'c-weak-ec-curve',
    'c',
    'EC_KEY *k(void) { return EC_KEY_new_by_curve_name(NID_secp160r1); }\n',
    'EC_KEY *k(void) { return EC_KEY_new_by_curve_name(NID_X9_62_prime256v1); }\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-326 inadequate encryption strength', CASES);
