// The `require` a JavaScript test sees: a short allow-list of harmless modules built from the
// worker's own globals (models write Node-style code; tests of pure functions still deserve a run).

/** A Uint8Array that prints like Node's Buffer for the encodings generated code asks for. */
class ByteString extends Uint8Array {
  override toString(encoding?: string): string {
    if (encoding === 'hex') return Array.from(this, (b) => b.toString(16).padStart(2, '0')).join('');
    if (encoding === 'base64' || encoding === 'base64url') {
      const text = btoa(String.fromCharCode(...this));
      return encoding === 'base64' ? text : text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }
    return new TextDecoder().decode(this);
  }
}

function randomBytes(size: number): ByteString {
  const bytes = new ByteString(size);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** Uniform integer in [min, max) without modulo bias, like Node's crypto.randomInt. */
function randomInt(minOrMax: number, maybeMax?: number): number {
  const [min, max] = maybeMax === undefined ? [0, minOrMax] : [minOrMax, maybeMax];
  const range = max - min;
  if (!(range > 0 && range <= 2 ** 32)) throw new RangeError('randomInt: bad range');
  const limit = Math.floor(2 ** 32 / range) * range;
  const word = new Uint32Array(1);
  do globalThis.crypto.getRandomValues(word);
  while ((word[0] ?? 0) >= limit);
  return min + ((word[0] ?? 0) % range);
}

function modules(): Record<string, object> {
  const crypto = {
    randomBytes,
    randomInt,
    randomUUID: () => globalThis.crypto.randomUUID(),
    getRandomValues: <T extends ArrayBufferView<ArrayBuffer>>(array: T) => globalThis.crypto.getRandomValues(array),
    webcrypto: globalThis.crypto,
  };
  const url = { URL, URLSearchParams };
  const util = { TextEncoder, TextDecoder };
  return { crypto, url, util };
}

/** Node's `require` for the allow-listed modules; anything else fails with a clear message. */
export function sandboxRequire(name: string): object {
  const found = modules()[name.replace(/^node:/, '')];
  if (found) return found;
  throw new Error(`require('${name}') is not available in the test sandbox (only crypto, url and util are).`);
}
