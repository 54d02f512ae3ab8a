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
];

describeRuleCases('CWE-326 inadequate encryption strength', CASES);
