// CWE-329 predictable initialisation vectors: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';

export const constantIv = callRule({
  id: 'constant-iv',
  cwe: 'CWE-329',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php'],
  message: 'The initialisation vector is a constant, so equal plaintexts encrypt to equal ciphertexts.',
  fix: 'Generate a fresh random IV/nonce per message (os.urandom, crypto.randomBytes, SecureRandom) and store it with the ciphertext.',
  callee: {
    python: /^(modes\.)?(CBC|CFB|OFB|CTR|GCM)$|^AES\.new$/,
    javascript: /createCipheriv$/,
    typescript: /createCipheriv$/,
    java: /^new IvParameterSpec$/,
    go: /^cipher\.(NewCBCEncrypter|NewCFBEncrypter|NewOFB|NewCTR)$/,
    php: /^openssl_encrypt$/,
  },
  when: (call) => {
    const iv =
      call.name === 'AES.new'
        ? (call.keywords.get('iv') ?? call.args[2])
        : /Cipheriv/.test(call.name)
          ? call.args[2]
          : call.name.startsWith('cipher.')
            ? call.args[1]
            : call.name === 'openssl_encrypt'
              ? call.args[4]
              : call.args[0];
    if (!iv) return false;
    return (
      isConstant(iv) ||
      /^b?['"]\\x00|\*\s*\d+$|^bytes\(\d+\)$|^Buffer\.alloc\(\d+\)|^new byte\[\d+\]$|^bytearray\(\d+\)$|^make\(\[\]byte, *(aes\.BlockSize|\d+)\)$|^\[\]byte\(["`]|^str_repeat\(["']\\0["'], *\d+\)$/.test(
        iv.text,
      )
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe329PredictableIv: readonly Rule[] = [constantIv];
