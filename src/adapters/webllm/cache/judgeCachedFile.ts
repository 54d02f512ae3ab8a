// Decides whether one cached model file is proven bad (and must go) from its type, size and first bytes.
// Only proof deletes: a file we cannot judge is kept, so a retry never re-downloads good weights.
import type { CacheScope } from './ModelCachePort';

export type FileKind = 'json' | 'binary' | 'wasm';

export interface ExpectedFile {
  scope: CacheScope;
  url: string;
  kind: FileKind;
  /** Exact byte size when the model's tensor-cache.json lists it (weight shards). */
  nbytes?: number;
}

export interface ObservedFile {
  size: number;
  contentType: string;
  /** The first bytes of the body (16 are enough). */
  head: Uint8Array;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

export const HEAD_BYTES = 16;
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

function firstText(head: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(head).trimStart().toLowerCase();
}

/** A web page (an SPA fallback, a login or error page) stored where a model file was expected. */
export function looksLikeHtml(observed: ObservedFile): boolean {
  const text = firstText(observed.head);
  return /^text\/html/i.test(observed.contentType) || text.startsWith('<!doctype') || text.startsWith('<html');
}

export function judgeCachedFile(expected: ExpectedFile, observed: ObservedFile): Verdict {
  const name = expected.url.slice(expected.url.lastIndexOf('/') + 1);
  if (looksLikeHtml(observed)) return { ok: false, reason: `${name}: a web page, not the model file` };
  if (expected.kind === 'json') {
    const text = firstText(observed.head);
    if (!text.startsWith('{') && !text.startsWith('[')) return { ok: false, reason: `${name}: not JSON` };
  }
  if (expected.kind === 'wasm' && !WASM_MAGIC.every((b, i) => observed.head[i] === b))
    return { ok: false, reason: `${name}: not a WebAssembly module` };
  if (expected.nbytes !== undefined && observed.size !== expected.nbytes)
    return { ok: false, reason: `${name}: ${observed.size} bytes where the model lists ${expected.nbytes}` };
  return { ok: true };
}
