// Crypto used with weak parameters: short keys (CWE-326), constant IVs (CWE-329), constant salts
// or fast hashes for passwords (CWE-760/916), and world-writable permissions (CWE-732).
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';

function smallNumber(text: string | undefined, limit: number): boolean {
  const n = Number(text?.replace(/_/g, ''));
  return Number.isFinite(n) && n > 0 && n < limit;
}

export const weakKeySize = callRule({
  id: 'weak-key-size',
  cwe: 'CWE-326',
  severity: 'error',
  languages: ['python', 'go', 'java', 'javascript', 'typescript'],
  message: 'The key is too short (RSA/DSA under 2048 bits) to resist current attacks.',
  fix: 'Use at least 2048-bit (preferably 3072-bit) RSA/DSA keys, or an elliptic-curve key.',
  callee: {
    python: /(^|\.)(generate_private_key|generate|RSA\.generate|DSA\.generate|newkeys)$/,
    go: /^(rsa|dsa)\.GenerateKey$/,
    java: /\.initialize$/,
    javascript: /(^|\.)generateKeyPair(Sync)?$/,
    typescript: /(^|\.)generateKeyPair(Sync)?$/,
  },
  when: (call) => {
    const size =
      call.keywords.get('key_size')?.text ??
      call.args.map((a) => a.text).find((t) => /^\d[\d_]*$/.test(t)) ??
      /modulusLength\s*:\s*(\d+)/.exec(call.node.text)?.[1];
    return smallNumber(size, 2048) && Number(size) >= 256 && !/ec\.|EC|curve/i.test(call.name);
  },
});

export const constantIv = callRule({
  id: 'constant-iv',
  cwe: 'CWE-329',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java'],
  message: 'The initialisation vector is a constant, so equal plaintexts encrypt to equal ciphertexts.',
  fix: 'Generate a fresh random IV/nonce per message (os.urandom, crypto.randomBytes, SecureRandom) and store it with the ciphertext.',
  callee: {
    python: /^(modes\.)?(CBC|CFB|OFB|CTR|GCM)$|^AES\.new$/,
    javascript: /createCipheriv$/,
    typescript: /createCipheriv$/,
    java: /^new IvParameterSpec$/,
  },
  when: (call) => {
    const iv =
      call.name === 'AES.new'
        ? (call.keywords.get('iv') ?? call.args[2])
        : /Cipheriv/.test(call.name)
          ? call.args[2]
          : call.args[0];
    if (!iv) return false;
    return (
      isConstant(iv) ||
      /^b?['"]\\x00|\*\s*\d+$|^bytes\(\d+\)$|^Buffer\.alloc\(\d+\)|^new byte\[\d+\]$|^bytearray\(\d+\)$/.test(iv.text)
    );
  },
});

export const weakPasswordHash = callRule({
  id: 'weak-password-hash',
  cwe: 'CWE-760',
  severity: 'error',
  languages: ['python'],
  message: 'A password is hashed with a constant salt, too few iterations or a fast unsalted hash.',
  fix: 'Use bcrypt, scrypt, argon2 or PBKDF2 with a random per-user salt (os.urandom(16)) and a high iteration count.',
  callee: { python: /^hashlib\.(pbkdf2_hmac|scrypt|sha256|sha512|sha224|sha384|sha3_256|blake2b)$/ },
  when: (call) => {
    if (/pbkdf2_hmac|scrypt/.test(call.name)) {
      const salt = call.keywords.get('salt') ?? call.args[2];
      const rounds = call.keywords.get('iterations') ?? call.args[3];
      return (salt !== undefined && isConstant(salt)) || smallNumber(rounds?.text, 10000);
    }
    return /pass(word|wd)?|pwd/i.test(call.args[0]?.text ?? '');
  },
});

export const worldWritable = callRule({
  id: 'world-writable-permissions',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['python', 'c', 'cpp', 'go', 'php'],
  message: 'The file or directory is made writable (or fully open) to every user on the system.',
  fix: 'Grant the least access needed, e.g. 0o600 for secrets and 0o644/0o755 otherwise.',
  callee: {
    python: /^os\.(chmod|fchmod|open|mkdir|makedirs|umask)$/,
    c: /^(chmod|fchmod|open|mkdir|umask|creat)$/,
    cpp: /^(chmod|fchmod|open|mkdir|umask|creat)$/,
    go: /^os\.(Chmod|OpenFile|Mkdir|MkdirAll|WriteFile)$/,
    php: /^(chmod|mkdir|umask)$/,
  },
  when: (call) => {
    const mode = call.keywords.get('mode')?.text ?? call.args.at(-1)?.text ?? '';
    if (/umask$/.test(call.name)) return /^0+(o0+)?$/.test(mode);
    if (/S_IWOTH|S_IRWXO/.test(mode)) return true;
    const m = /^0[oO]?([0-7]{3,4})$/.exec(mode);
    return m !== null && (parseInt(m[1]!, 8) & 0o002) !== 0;
  },
});
