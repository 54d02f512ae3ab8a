// A small synchronous content hash (two 32-bit FNV-style lanes): the same bytes give the same
// version in Node and in a browser worker, where WebCrypto's digest would be asynchronous.
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 8).toString(16).padStart(6, '0');
}
