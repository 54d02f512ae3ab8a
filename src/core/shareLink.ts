// Share links: a whole trace compressed into the URL fragment (`#trace=...`). Fragments are never
// sent to a server, so sharing a link sends the trace nowhere; only small traces fit.
import { PlaygroundError } from './errors';
import type { RunTrace } from './trace';
import { MAX_TRACE_BYTES, parseTraceText, serializeTrace } from './traceIo';
import { compressToBase64Url, decompressFromBase64Url } from './shareLinkCodec';

export const SHARE_PARAM = 'trace';

/** Longest fragment we produce or accept (`trace=` plus the data). Real gallery traces need 22-40 KB
 *  (scripts/measureTraceSizes.ts); 64 KB fits them while staying far below browsers' URL limits. */
export const MAX_SHARE_FRAGMENT_CHARS = 64 * 1024;

/** The fragment (without '#') that carries the trace, or a refusal when it is too large. */
export async function encodeShareFragment(trace: RunTrace): Promise<string> {
  // Compact JSON: the pretty-printed file form would waste link space.
  const compact = JSON.stringify(JSON.parse(serializeTrace(trace)));
  const fragment = `${SHARE_PARAM}=${await compressToBase64Url(compact)}`;
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    throw new PlaygroundError('BAD_INPUT', {
      message: `This trace is too large for a link: ${kb(fragment.length)} compressed, and links hold at most ${kb(MAX_SHARE_FRAGMENT_CHARS)}.`,
      hint: 'Use Export to share it as a file instead.',
    });
  }
  return fragment;
}

export async function shareUrl(trace: RunTrace, base: string): Promise<string> {
  const url = new URL(base);
  url.hash = await encodeShareFragment(trace);
  return url.href;
}

/** The trace carried by a location hash, null when the hash carries none; refuses bad links. */
export async function decodeShareFragment(hash: string): Promise<RunTrace | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(SHARE_PARAM);
  if (encoded === null) return null;
  if (hash.length > MAX_SHARE_FRAGMENT_CHARS + 1) {
    throw new PlaygroundError('IMPORT_INVALID', {
      message: `Share link refused: it is ${kb(hash.length)}, over the ${kb(MAX_SHARE_FRAGMENT_CHARS)} limit.`,
      hint: 'Nothing was changed. Ask for the exported trace file instead.',
    });
  }
  return parseTraceText(await decompressFromBase64Url(encoded, MAX_TRACE_BYTES));
}

function kb(chars: number): string {
  return `${(chars / 1024).toFixed(1)} KB`;
}
