// CWE-323 reusing a nonce with the same key: an AEAD encryption whose nonce is a constant, so every message under
// the key shares it (GCM and ChaCha20-Poly1305 then leak plaintext XORs and allow forgeries), in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import type { SyntaxNode } from '../../languages/SyntaxTree';

/** A nonce that is the same on every call: a literal, a zero buffer, a repeated NUL string or a NONCE constant. */
export function fixedNonce(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  const t = node.text.replace(/\s+/g, '');
  return (
    isConstant(node) ||
    /^(?:b?["'][^"']*["']\*\d+|bytes\(\d+\)|make\(\[\]byte,(?:\d+|\w+\.NonceSize\(\)|\w+NonceSize)\)|\[\]byte\(["`][^"`]*["`]\)|str_repeat\(["']\\0["'],[\w:]+\)|(?:[A-Z][A-Z0-9]*_)*NONCE(?:_[A-Z0-9]+)*)$/.test(
      t,
    )
  );
}

export const constantAeadNonce = callRule({
  id: 'constant-aead-nonce',
  cwe: 'CWE-323',
  severity: 'error',
  languages: ['python', 'go', 'php'],
  message: 'An authenticated cipher is called with a fixed nonce, so every message under this key reuses it.',
  fix: 'Generate a fresh nonce per message (os.urandom(12), io.ReadFull(rand.Reader, nonce), random_bytes) and send it with the ciphertext.',
  callee: {
    python: /\.(encrypt)$/,
    go: /\.Seal$/,
    php: /^sodium_crypto_(secretbox|box|aead_\w+_encrypt)$/,
  },
  when: (call) => {
    if (call.name.endsWith('.encrypt')) return call.args.length === 3 && fixedNonce(call.args[0]);
    if (call.name.endsWith('.Seal')) return call.args.length === 4 && fixedNonce(call.args[1]);
    const nonce = /aead/.test(call.name) ? call.args[2] : call.args[1];
    return fixedNonce(nonce);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe323NonceReuse: readonly Rule[] = [constantAeadNonce];
