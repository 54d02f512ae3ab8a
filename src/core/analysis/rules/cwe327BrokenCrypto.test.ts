// CWE-327 broken or risky cryptographic algorithms: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
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
];

describeRuleCases('CWE-327 broken or risky cryptographic algorithms', CASES);
