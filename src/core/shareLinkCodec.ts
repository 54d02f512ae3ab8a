// Text <-> compressed base64url, with the CompressionStream that browsers and Node 20 both have.
// Decompression stops at a byte cap, so a tiny hostile link cannot inflate into gigabytes.
import { base64ToBytes, bytesToBase64 } from './kb/base64';
import { PlaygroundError } from './errors';

const FORMAT = 'deflate-raw';

export async function compressToBase64Url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream(FORMAT));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function decompressFromBase64Url(encoded: string, maxBytes: number): Promise<string> {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw bad('the link contains characters that base64url does not use.');
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = new Uint8Array(base64ToBytes(padded));
  } catch {
    throw bad('the link is not valid base64url.');
  }
  const reader = new Blob([compressed]).stream().pipeThrough(new DecompressionStream(FORMAT)).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw bad(`the link expands to more than ${Math.round(maxBytes / 1024)} KB.`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PlaygroundError) throw error;
    throw bad('the link is truncated or corrupted (it does not decompress).');
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(joined);
}

function bad(reason: string): PlaygroundError {
  return new PlaygroundError('IMPORT_INVALID', {
    message: `Share link refused: ${reason}`,
    hint: 'Nothing was changed. Ask for the link again, or for the exported trace file.',
  });
}
