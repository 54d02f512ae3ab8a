import { describe, expect, it } from 'vitest';
import { applyFallbacks, fallbackFor, foldSystemMessages, type RequestFallback } from './requestFallbacks';
import { retryAfterMs, retryDelayMs } from './retryDelay';

const sent = {
  messages: [{ role: 'user', content: 'x' }],
  max_tokens: 10,
  logprobs: true,
  top_logprobs: 2,
  stream_options: { include_usage: true },
};
const none = new Set<RequestFallback>();

describe('fallbackFor', () => {
  it('reads the cause from the answer, only for fields that were sent', () => {
    expect(fallbackFor('logprobs is not supported', sent, none)).toBe('no-logprobs');
    expect(fallbackFor('stream_options: extra inputs are not permitted', sent, none)).toBe('no-stream-options');
    expect(fallbackFor("'max_tokens' is not supported. Use 'max_completion_tokens'", sent, none)).toBe(
      'max-completion-tokens',
    );
    expect(fallbackFor('System role not supported', sent, none)).toBeNull();
    expect(fallbackFor('the prompt is too long', sent, none)).toBeNull();
    expect(fallbackFor('logprobs is not supported', { messages: [] }, none)).toBeNull();
  });

  it('does not apply a fallback twice', () => {
    expect(fallbackFor('logprobs is not supported', sent, new Set(['no-logprobs']))).toBeNull();
  });

  it('folds system messages only when one was sent', () => {
    const withSystem = { messages: [{ role: 'system', content: 's' }, ...sent.messages] };
    expect(fallbackFor('System role not supported', withSystem, none)).toBe('fold-system');
  });
});

describe('applyFallbacks', () => {
  it('changes only what the applied fallbacks name', () => {
    expect(applyFallbacks(sent, none)).toEqual(sent);
    const out = applyFallbacks(sent, new Set(['no-logprobs', 'max-completion-tokens']));
    expect(out).toEqual({
      messages: sent.messages,
      max_completion_tokens: 10,
      stream_options: { include_usage: true },
    });
    expect(applyFallbacks(sent, new Set(['max-completion-tokens', 'max-tokens']))).toMatchObject({ max_tokens: 10 });
  });

  it('folds several system messages into the first user message and keeps the rest', () => {
    expect(
      foldSystemMessages([
        { role: 'system', content: 'a' },
        { role: 'system', content: 'b' },
        { role: 'user', content: 'u1' },
        { role: 'assistant', content: 'r' },
        { role: 'user', content: 'u2' },
      ]),
    ).toEqual([
      { role: 'user', content: 'a\n\nb\n\nu1' },
      { role: 'assistant', content: 'r' },
      { role: 'user', content: 'u2' },
    ]);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base, honours Retry-After, and caps at 30 s', () => {
    expect([0, 1, 2, 3].map((i) => retryDelayMs(i, null, 500))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(10, null, 1000)).toBe(30_000);
    expect(retryDelayMs(0, '2', 500)).toBe(2000);
    expect(retryDelayMs(0, '120', 500)).toBe(30_000);
    const now = Date.parse('2026-12-06T18:00:00Z');
    expect(retryDelayMs(0, 'Sun, 06 Dec 2026 18:00:07 GMT', 500, now)).toBe(7000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryDelayMs(1, 'soon', 500, now)).toBe(1000);
  });
});
