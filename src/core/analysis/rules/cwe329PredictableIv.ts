// CWE-329 predictable initialisation vectors: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import type { CallInfo } from '../callInfo';
import { predictableBuffer } from '../ruleParts/cPredictableBytes';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';

/** Zero-filled or literal buffers: `bytes(16)`, `Buffer.alloc(16, 0)`, `make([]byte, aes.BlockSize)`, `b"\\x00" * 16`. */
const FIXED_BUFFER =
  /^b?['"]\\x00|\*\s*\d+$|^bytes\(\d+\)$|^Buffer\.alloc\(\d+(,\s*0)?\)|^new byte\[\d+\]$|^bytearray\(\d+\)$|^make\(\[\]byte, *(aes\.BlockSize|\d+)\)$|^\[\]byte\(["`]|^str_repeat\(["']\\0["'], *\d+\)$/;
/** A call that fills a buffer with random bytes (`rand.Read(iv)`, `io.ReadFull(rand.Reader, iv)`, `randomFillSync`). */
const FILLS_RANDOM = /(^|\.)(Read|ReadFull|randomFill|randomFillSync|getrandom|RAND_bytes|nextBytes|random_bytes)$/;

function fixedValue(node: SyntaxNode): boolean {
  return isConstant(node) || FIXED_BUFFER.test(node.text);
}

/** A local IV that only ever holds a fixed buffer and is not filled with random bytes before the call. */
function fixedLocal(iv: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): boolean {
  if (!/^(identifier|variable_name)$/.test(iv.type)) return false;
  const scope = scopeOf(sink);
  const values = ctx.assignmentsTo(scope, iv.text).filter((a) => a.node.endIndex <= sink.startIndex);
  if (values.length === 0 || !values.every((a) => fixedValue(a.value))) return false;
  return !ctx
    .callsIn(scope)
    .some(
      (c) => c.node.endIndex <= sink.startIndex && FILLS_RANDOM.test(c.name) && c.args.some((a) => a.text === iv.text),
    );
}

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
  when: (call, ctx) => {
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
    // No IV at all (`null` for an ECB cipher) is the mode's problem (CWE-327), not a predictable IV.
    if (!iv || /^(null|None|nil|undefined)$/.test(iv.text)) return false;
    return fixedValue(iv) || fixedLocal(iv, call.node, ctx);
  },
});

/** The IV argument of the OpenSSL and Crypto++ calls that start an encryption (undefined for other calls). */
function ivArgument(call: CallInfo): CallInfo['args'][number] | undefined {
  if (/^EVP_(Encrypt|Cipher)Init_ex$/.test(call.name)) return call.args[4];
  if (/^EVP_(Encrypt|Cipher)Init(_ex2)?$/.test(call.name)) return call.args[3];
  if (/^AES_(cbc|cfb128|cfb8|cfb1|ofb128)_encrypt$/.test(call.name)) return call.args[4];
  if (call.last === 'SetKeyWithIV') return call.args[2];
  return undefined;
}

export const cConstantIv = callRule({
  id: 'c-constant-iv',
  cwe: 'CWE-329',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The IV given to the cipher holds fixed bytes (a literal, zeros or a constant array), so equal plaintexts encrypt alike and CBC/CTR lose their guarantees.',
  fix: 'Fill a fresh IV with RAND_bytes(iv, sizeof iv) for every message and send it beside the ciphertext.',
  callee: {
    c: /^(EVP_(Encrypt|Cipher)Init(_ex|_ex2)?|AES_(cbc|cfb128|cfb8|cfb1|ofb128)_encrypt)$/,
    cpp: /^(EVP_(Encrypt|Cipher)Init(_ex|_ex2)?|AES_(cbc|cfb128|cfb8|cfb1|ofb128)_encrypt)$|\.SetKeyWithIV$/,
  },
  when: (call, ctx) => {
    const iv = ivArgument(call);
    // A NULL IV with a NULL key is the first half of the two-step init (cipher first, key and IV later).
    return iv !== undefined && !/^(NULL|nullptr|0)$/.test(iv.text) && predictableBuffer(iv, call.node, ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe329PredictableIv: readonly Rule[] = [constantIv, cConstantIv];
