import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiEngine, chatCompletionsUrl } from './OpenAiEngine';
import { startFakeOpenAiServer, type FakeServer } from './fakeOpenAiServer';
import { MAX_SSE_EVENT_CHARS, readSseEvents } from './readSseEvents';
import { PlaygroundError } from '../../core/errors';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const messages = [{ role: 'user' as const, content: 'Write add(a, b).' }];

async function failure(promise: Promise<unknown>): Promise<PlaygroundError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PlaygroundError)) throw new Error(`expected a PlaygroundError, got ${String(error)}`);
  return error;
}

describe('OpenAiEngine', () => {
  it('streams a reply token by token with usage, logprobs and the bearer key', async () => {
    server = await startFakeOpenAiServer({
      rules: [{ match: 'add', reply: 'def add(a, b):\n    return a + b' }],
      apiKey: 'sk-test',
    });
    const engine = new OpenAiEngine({ baseUrl: server.url, model: 'tiny-coder', apiKey: 'sk-test' });
    const seen: string[] = [];
    const result = await engine.chat({
      messages,
      temperature: 0,
      maxTokens: 64,
      topLogprobs: 2,
      onToken: (t) => seen.push(t.text),
    });
    expect(result.text).toBe('def add(a, b):\n    return a + b');
    expect(seen.join('')).toBe(result.text);
    expect(result.tokens.length).toBeGreaterThan(5);
    expect(result.tokens[1]).toMatchObject({
      logprob: expect.any(Number),
      top: [{ token: ' ', logprob: expect.any(Number) }],
    });
    expect(result.finishReason).toBe('stop');
    expect(result.usage.completionTokens).toBe(result.tokens.length);
    expect(server.requests[0]).toMatchObject({
      model: 'tiny-coder',
      stream: true,
      logprobs: true,
      top_logprobs: 2,
      max_tokens: 64,
      temperature: 0,
    });
  });

  it('names each failure with a stable code', async () => {
    server = await startFakeOpenAiServer({ rules: [{ reply: 'x' }], apiKey: 'sk-right' });
    expect((await failure(new OpenAiEngine({ baseUrl: server.url, model: 'm' }).chat({ messages }))).code).toBe(
      'ENGINE_UNAUTHORIZED',
    );
    expect(
      (
        await failure(
          new OpenAiEngine({ baseUrl: `${server.url}/nope`, model: 'm', apiKey: 'sk-right' }).chat({ messages }),
        )
      ).code,
    ).toBe('ENGINE_NOT_FOUND');
    const url = server.url;
    await server.close();
    server = null;
    expect((await failure(new OpenAiEngine({ baseUrl: url, model: 'm' }).chat({ messages }))).code).toBe(
      'ENGINE_UNREACHABLE',
    );
    server = await startFakeOpenAiServer({ rules: [], failWith: 503 });
    const down = await failure(new OpenAiEngine({ baseUrl: server.url, model: 'm', retries: 0 }).chat({ messages }));
    expect(down.code).toBe('ENGINE_SERVER_ERROR');
    expect(down.detail).toContain('503');
  });

  it('rejects a malformed or truncated stream', async () => {
    for (const broken of ['garbage', 'truncated'] as const) {
      server = await startFakeOpenAiServer({ rules: [{ reply: 'one two three four' }], broken });
      expect((await failure(new OpenAiEngine({ baseUrl: server.url, model: 'm' }).chat({ messages }))).code).toBe(
        'ENGINE_BAD_RESPONSE',
      );
      await server.close();
      server = null;
    }
  });

  it('refuses an answer longer than any code answer', async () => {
    const word = 'x'.repeat(700_000);
    server = await startFakeOpenAiServer({ rules: [{ reply: `${word} ${word} ${word} ${word}` }] });
    const error = await failure(new OpenAiEngine({ baseUrl: server.url, model: 'm' }).chat({ messages }));
    expect(error.code).toBe('ENGINE_BAD_RESPONSE');
    expect(error.message).toBe('The answer is too long.');
  });

  it('stops when aborted and reports what arrived so far', async () => {
    server = await startFakeOpenAiServer({ rules: [{ reply: 'a b c d e f g h i j k l m n o p' }], chunkDelayMs: 20 });
    const controller = new AbortController();
    const result = await new OpenAiEngine({ baseUrl: server.url, model: 'm' }).chat({
      messages,
      signal: controller.signal,
      onToken: (t) => {
        if (t.text === 'c') controller.abort();
      },
    });
    expect(result.finishReason).toBe('abort');
    expect(result.text.startsWith('a b c')).toBe(true);
    expect(result.text.length).toBeLessThan(31);
  });

  it('times out a request that takes too long', async () => {
    server = await startFakeOpenAiServer({ rules: [{ reply: 'a b c d e f' }], chunkDelayMs: 100 });
    expect(
      (await failure(new OpenAiEngine({ baseUrl: server.url, model: 'm', timeoutMs: 150 }).chat({ messages }))).code,
    ).toBe('TIMEOUT');
  });
});

describe('chatCompletionsUrl and readSseEvents', () => {
  it('adds /v1 only when the address has no path', () => {
    expect(chatCompletionsUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/v1/chat/completions');
    expect(chatCompletionsUrl('http://h:11434/v1/')).toBe('http://h:11434/v1/chat/completions');
    expect(chatCompletionsUrl('https://api.example.com/openai/v1')).toBe(
      'https://api.example.com/openai/v1/chat/completions',
    );
  });

  it('splits events across arbitrary chunk boundaries and \\r\\n line ends', async () => {
    const text = ': comment\r\ndata: {"a":1}\r\n\r\ndata: line1\ndata: line2\n\ndata: [DONE]';
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.slice(i, i + 3));
        c.close();
      },
    });
    const events: string[] = [];
    for await (const e of readSseEvents(body)) events.push(e);
    expect(events).toEqual(['{"a":1}', 'line1\nline2', '[DONE]']);
  });

  it('ignores event names, ids and unknown fields, and stops an event that never ends', async () => {
    const events: string[] = [];
    for await (const e of readSseEvents(streamOf(['event: delta\nid: 7\nfoo: bar\ndata: x\n\n']))) events.push(e);
    expect(events).toEqual(['x']);
    const endless = streamOf(['data: ', 'a'.repeat(MAX_SSE_EVENT_CHARS), 'a']);
    const error = await failure(
      (async () => {
        for await (const e of readSseEvents(endless)) events.push(e);
      })(),
    );
    expect(error.code).toBe('ENGINE_BAD_RESPONSE');
    expect(events).toEqual(['x']);
  });
});

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(c) {
      for (const part of parts) c.enqueue(new TextEncoder().encode(part));
      c.close();
    },
  });
}
