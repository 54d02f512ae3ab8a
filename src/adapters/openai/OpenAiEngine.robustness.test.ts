import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiEngine } from './OpenAiEngine';
import { FAKE_REASONING, startFakeOpenAiServer, type FakeServer, type ServerQuirks } from './fakeOpenAiServer';
import { PlaygroundError } from '../../core/errors';
import type { ChatMessage } from '../../core/generation/LlmEngine';
import { generateCode } from '../../core/generation/generateCode';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const REPLY = '```python\ndef add(a, b):\n    return a + b\n```';
const messages: ChatMessage[] = [
  { role: 'system', content: 'You write secure code.' },
  { role: 'user', content: 'Write add(a, b).' },
];

async function engineFor(quirks: ServerQuirks, extra: { retries?: number; noLogprobs?: boolean } = {}) {
  server = await startFakeOpenAiServer({ rules: [{ reply: REPLY }], quirks });
  const delays: number[] = [];
  const engine = new OpenAiEngine({
    baseUrl: server.url,
    model: 'm',
    ...extra,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  });
  return { engine, delays, requests: server.requests };
}

const ask = { messages, maxTokens: 64, topLogprobs: 2 };

async function failure(promise: Promise<unknown>): Promise<PlaygroundError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PlaygroundError)) throw new Error(`expected a PlaygroundError, got ${String(error)}`);
  return error;
}

describe('OpenAiEngine fallbacks on a 400 that names its cause', () => {
  it('drops logprobs and remembers it for later requests', async () => {
    const { engine, requests } = await engineFor({ rejectLogprobs: true });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(requests.map((r) => 'logprobs' in r)).toEqual([true, false]);
    await engine.chat(ask);
    expect(requests).toHaveLength(3);
    expect(requests[2]).not.toHaveProperty('top_logprobs');
  });

  it('never asks for logprobs with noLogprobs', async () => {
    const { engine, requests } = await engineFor({ rejectLogprobs: true }, { noLogprobs: true });
    await engine.chat(ask);
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toHaveProperty('logprobs');
  });

  it('drops stream_options', async () => {
    const { engine, requests } = await engineFor({ rejectStreamOptions: true });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(requests.map((r) => 'stream_options' in r)).toEqual([true, false]);
  });

  it('swaps max_tokens for max_completion_tokens', async () => {
    const { engine, requests } = await engineFor({ rejectMaxTokens: true });
    await engine.chat(ask);
    expect(requests[1]).toMatchObject({ max_completion_tokens: 64 });
    expect(requests[1]).not.toHaveProperty('max_tokens');
  });

  it('folds the system message into the first user message when the template rejects the system role', async () => {
    const { engine, requests } = await engineFor({ rejectSystemRole: true });
    await engine.chat(ask);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.messages).toEqual([{ role: 'user', content: 'You write secure code.\n\nWrite add(a, b).' }]);
  });

  it('combines fallbacks one 400 at a time', async () => {
    const { engine, requests, delays } = await engineFor({
      rejectLogprobs: true,
      rejectStreamOptions: true,
      rejectSystemRole: true,
    });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(requests).toHaveLength(4);
    expect(delays).toEqual([]);
    expect([...engine.fallbacks].sort()).toEqual(['fold-system', 'no-logprobs', 'no-stream-options']);
  });

  it('fails with ENGINE_REQUEST_REJECTED on a 400 it cannot fix, without retrying', async () => {
    const { engine, requests } = await engineFor({ rejectAlways: 'prompt is too long for this model' });
    const error = await failure(engine.chat(ask));
    expect(error.code).toBe('ENGINE_REQUEST_REJECTED');
    expect(error.detail).toContain('prompt is too long');
    expect(requests).toHaveLength(1);
  });
});

describe('OpenAiEngine retries', () => {
  it('honours Retry-After in seconds on a 429', async () => {
    const { engine, delays, requests } = await engineFor({ rateLimitFirst: { times: 2, retryAfter: '3' } });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(delays).toEqual([3000, 3000]);
    expect(requests).toHaveLength(3);
  });

  it('honours Retry-After as an HTTP date and caps it at 30 s', async () => {
    const soon = new Date(Date.now() + 5000).toUTCString();
    const { engine, delays } = await engineFor({ rateLimitFirst: { times: 1, retryAfter: soon } });
    await engine.chat(ask);
    expect(delays[0]).toBeGreaterThan(3000);
    expect(delays[0]).toBeLessThanOrEqual(5000);
    await server?.close();
    const late = await engineFor({ rateLimitFirst: { times: 1, retryAfter: '600' } });
    await late.engine.chat(ask);
    expect(late.delays).toEqual([30_000]);
  });

  it('backs off exponentially on a 503, then succeeds', async () => {
    const { engine, delays } = await engineFor({ failFirst: { times: 3, status: 503 } });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(delays).toEqual([1000, 2000, 4000]);
  });

  it('gives up after --retries attempts with the server error', async () => {
    const { engine, delays, requests } = await engineFor({ failFirst: { times: 10, status: 503 } }, { retries: 2 });
    const error = await failure(engine.chat(ask));
    expect(error.code).toBe('ENGINE_SERVER_ERROR');
    expect(delays).toHaveLength(2);
    expect(requests).toHaveLength(3);
  });

  it('retries a connection reset before the first byte', async () => {
    const { engine, delays, requests } = await engineFor({ resetFirst: 2 });
    expect((await engine.chat(ask)).text).toBe(REPLY);
    expect(delays).toEqual([1000, 2000]);
    expect(requests).toHaveLength(3);
  });

  it('does not retry with retries 0', async () => {
    const { engine, requests } = await engineFor({ resetFirst: 1 }, { retries: 0 });
    expect((await failure(engine.chat(ask))).code).toBe('ENGINE_UNREACHABLE');
    expect(requests).toHaveLength(1);
  });
});

describe('OpenAiEngine answer shapes', () => {
  it('leaves reasoning_content deltas out of the answer', async () => {
    const { engine } = await engineFor({ reasoning: 'field' });
    const result = await engine.chat(ask);
    expect(result.text).toBe(REPLY);
  });

  it('extracts the code after a <think> block, not the code inside it', async () => {
    const { engine } = await engineFor({ reasoning: 'think' });
    const record = await generateCode({
      task: { id: 't', prompt: 'Write add(a, b).', language: 'python' } as never,
      prompt: {
        use: 'baseline',
        baseline: { messages },
        withKnowledge: { messages },
      } as never,
      engine,
    });
    expect(record.text).toContain(FAKE_REASONING);
    expect(record.code).toBe('def add(a, b):\n    return a + b\n');
  });

  it('tolerates partial usage', async () => {
    const { engine } = await engineFor({ partialUsage: true });
    const result = await engine.chat(ask);
    expect(result.usage.promptTokens).toBe(0);
    expect(result.usage.completionTokens).toBeGreaterThan(3);
  });
});
