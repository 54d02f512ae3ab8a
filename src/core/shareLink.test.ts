import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_FRAGMENT_CHARS, shareUrl } from './shareLink';
import { compressToBase64Url, decompressFromBase64Url } from './shareLinkCodec';
import { PlaygroundError } from './errors';
import { fixtureTrace } from '../adapters/scripted/fixtureTrace';

async function refusal(run: () => Promise<unknown>): Promise<PlaygroundError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PlaygroundError)) throw new Error(`expected a PlaygroundError, got ${String(error)}`);
  return error;
}

describe('share links', () => {
  it('round-trips a trace through the URL fragment, compressed and URL-safe', async () => {
    const trace = await fixtureTrace();
    const url = await shareUrl(trace, 'http://localhost:5173/?view=presenter');
    const hash = new URL(url).hash;
    expect(hash).toMatch(/^#trace=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(trace).length / 2);
    expect(await decodeShareFragment(hash)).toEqual(JSON.parse(JSON.stringify(trace)));
  });

  it('returns null for a fragment without a trace', async () => {
    expect(await decodeShareFragment('')).toBeNull();
    expect(await decodeShareFragment('#section-2')).toBeNull();
  });

  it('refuses to make a link for a trace over the limit', async () => {
    const trace = await fixtureTrace();
    // Random text does not compress, so the link must exceed the limit.
    const noise = Array.from({ length: MAX_SHARE_FRAGMENT_CHARS }, (_, i) => ((i * 7919) % 65521).toString(36)).join(
      '',
    );
    const big = { ...trace, task: { ...trace.task, prompt: noise } };
    const error = await refusal(() => encodeShareFragment(big));
    expect(error.message).toMatch(/too large for a link: [\d.]+ KB compressed, and links hold at most 64\.0 KB/);
  });

  it('refuses corrupted and truncated links, and data that is not a trace', async () => {
    const fragment = await encodeShareFragment(await fixtureTrace());
    expect((await refusal(() => decodeShareFragment(`#${fragment.slice(0, fragment.length / 2)}`))).message).toMatch(
      /^Share link refused|^Import refused/,
    );
    expect((await refusal(() => decodeShareFragment('#trace=%%%'))).message).toContain('base64url');
    const notTrace = await compressToBase64Url('{"hello": 1}');
    expect((await refusal(() => decodeShareFragment(`#trace=${notTrace}`))).message).toContain(
      'not a playground trace',
    );
  });

  it('stops inflating at the byte cap', async () => {
    const bomb = await compressToBase64Url('a'.repeat(200_000));
    expect(bomb.length).toBeLessThan(1000);
    expect((await refusal(() => decompressFromBase64Url(bomb, 100_000))).message).toContain('expands to more than');
    expect(await decompressFromBase64Url(bomb, 300_000)).toHaveLength(200_000);
  });
});
