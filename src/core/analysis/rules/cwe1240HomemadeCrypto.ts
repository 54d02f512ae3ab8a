// CWE-1240 a cryptographic primitive with a risky implementation: code that invents its own cipher or hash instead
// of calling a vetted library. Two shapes: a repeating-key XOR ("encrypt" by XOR-ing each byte with a key byte,
// cycling the key with `% len`), and a password or token "hashed" with a multiply-and-add string hash (31, 33, the
// FNV prime, `h << 5`). Both are reversible or collide at will; neither is encryption or a password hash.
import { enclosingFunctionName } from '../enclosingFunctionName';
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { Language } from '../../task/Task';
import { FUNCTION_TYPES, ancestor } from '../walk';

/** Binary and compound-assignment nodes per language; the predicate reads their operator. */
const QUERY: Partial<Record<Language, string>> = {
  python: '[(binary_operator) (augmented_assignment)] @hit',
  javascript: '[(binary_expression) (augmented_assignment_expression)] @hit',
  typescript: '[(binary_expression) (augmented_assignment_expression)] @hit',
  java: '[(binary_expression) (assignment_expression)] @hit',
  go: '[(binary_expression) (assignment_statement)] @hit',
  c: '[(binary_expression) (assignment_expression)] @hit',
  cpp: '[(binary_expression) (assignment_expression)] @hit',
  csharp: '[(binary_expression) (assignment_expression)] @hit',
  php: '[(binary_expression) (augmented_assignment_expression)] @hit',
  rust: '[(binary_expression) (compound_assignment_expr)] @hit',
};

function operatorOf(node: SyntaxNode): string {
  const field = node.childForFieldName('operator')?.text;
  if (field) return field;
  for (const child of node.children) if (child && !child.isNamed) return child.text;
  return '';
}

/** Names that say the code means to protect data, not to checksum or compare it. */
const CIPHER_FUNCTION = /crypt|cipher|obfuscat|scrambl|protect|seal|conceal/i;

const KEY_OPERAND = /\b[\w$]*(key|secret|pass(word|phrase)?|pad)\w*/i;

/** The key index wraps around its length: `key[i % len(key)]`, `k[i % k.length]`, `key[i % strlen(key)]`. */
const CYCLING =
  /%\s*(len\s*\(|count\s*\(|strlen\s*\(|mb_strlen\s*\(|[\w$.]*(length|Length|len|size|Count)\b|\w+\.len\(\))/;

function repeatingKeyXor(node: SyntaxNode): boolean {
  const op = operatorOf(node);
  if (op !== '^' && op !== '^=') return false;
  const text = node.text;
  const cycling = CYCLING.test(text) && KEY_OPERAND.test(text);
  return (
    cycling || (CIPHER_FUNCTION.test(enclosingFunctionName(node)) && (KEY_OPERAND.test(text) || CYCLING.test(text)))
  );
}

const HASH_FUNCTION = /hash|digest|checksum|fingerprint/i;
const SECRET_INPUT = /pass(word|wd|phrase)?|secret|token|pin\b/i;
const LIBRARY_HASH =
  /hashlib|crypto\.|createHash|MessageDigest|bcrypt|argon2|scrypt|pbkdf2|sha\d|Sha\d|SHA\d|password_hash|hash\(\s*['"]/;

/** `h * 31 + c`, `h * 33 ^ c`, `h * 16777619`, `(h << 5) - h + c`: a string hash used on a secret. */
function homemadeSecretHash(node: SyntaxNode): boolean {
  const op = operatorOf(node);
  const multiply =
    (op === '*' || op === '*=') &&
    /^(31|33|37|65599|131|16777619|0x01000193)$/.test(
      node.childForFieldName('right')?.text ?? node.namedChildren.at(-1)?.text ?? '',
    );
  const shift = op === '<<' && node.childForFieldName('right')?.text === '5';
  if (!multiply && !shift) return false;
  const fn = ancestor(node, FUNCTION_TYPES);
  if (!fn || !HASH_FUNCTION.test(enclosingFunctionName(node))) return false;
  return SECRET_INPUT.test(fn.text) && !LIBRARY_HASH.test(fn.text);
}

/** Standard ciphers, modes and schemes: a function named after one implements it (a crypto library's own code). */
const STANDARD_ALGORITHM =
  /^(aes\d*|rijndael|camellia|xtea|des|3des|tdes|blowfish|twofish|serpent|saferp?|khazad|anubis|kseed|noekeon|skipjack|cast5|rc[256]|chacha\d*|xchacha\d*|salsa\d*|xsalsa\d*|ctr|ofb|cfb|cbc|ecb|gcm|ccm|eax|ocb3?|xts|lrw|f8|poly1305|ecc|dsa|rsa|pkcs\d*|hmac|kasumi|multi2|sosemanuk|rabbit|sober128)$/;

/** The enclosing function's name, split into words (`camellia_ecb_encrypt`, `xteaSetup`), names a standard algorithm. */
function implementsStandard(node: SyntaxNode): boolean {
  return enclosingFunctionName(node)
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/_+/)
    .some((word) => STANDARD_ALGORITHM.test(word));
}

export const homemadeCrypto: QueryRule = {
  id: 'homemade-crypto',
  cwe: 'CWE-1240',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'c', 'cpp', 'csharp', 'php', 'rust'],
  kind: 'query',
  query: QUERY,
  message:
    'Home-made cryptography: data is "encrypted" with a repeating-key XOR or a secret is "hashed" with a string hash; both are trivially reversed or forged.',
  fix: 'Use a vetted library primitive: AES-GCM or ChaCha20-Poly1305 (Fernet, libsodium) to encrypt, HMAC to sign, bcrypt/argon2/scrypt for passwords.',
  predicate: ({ hit }) => !!hit && (repeatingKeyXor(hit) || homemadeSecretHash(hit)),
  // A function named after a standard cipher or mode implements that standard (libtomcrypt's `camellia_ecb_encrypt`,
  // `ofb_encrypt`): its XOR with key material is the algorithm's, shown but not counted.
  tierOf: ({ hit }) => (hit && implementsStandard(hit) ? 'note' : 'finding'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe1240HomemadeCrypto: readonly Rule[] = [homemadeCrypto];
