import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeKnowledgeFile, isGzip } from './decodeKnowledgeFile';

const toBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('decodeKnowledgeFile', () => {
  const json = JSON.stringify({ format: 'kb', text: 'é ✓ '.repeat(1000) });

  it('inflates a gzip file', async () => {
    const gz = gzipSync(Buffer.from(json));
    expect(isGzip(gz)).toBe(true);
    expect(await decodeKnowledgeFile(toBuffer(gz))).toBe(json);
  });

  it('passes plain JSON through, as sent by a host that already decoded the gzip', async () => {
    const plain = new TextEncoder().encode(json);
    expect(isGzip(plain)).toBe(false);
    expect(await decodeKnowledgeFile(toBuffer(plain))).toBe(json);
  });

  it('rejects a truncated gzip file instead of returning half a knowledge base', async () => {
    const gz = gzipSync(Buffer.from(json));
    await expect(decodeKnowledgeFile(toBuffer(gz.subarray(0, gz.length - 20)))).rejects.toThrow();
  });
});
