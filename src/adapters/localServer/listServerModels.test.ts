import { afterEach, describe, expect, it } from 'vitest';
import { listServerModels } from './listServerModels';
import { startFakeOpenAiServer, type FakeServer } from '../openai/fakeOpenAiServer';
import { PlaygroundError } from '../../core/errors';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const nodeFetch: typeof fetch = (input, init) => fetch(input, init);

describe('listServerModels', () => {
  it('reads GET /v1/models, sorted and without repeats, with the bearer key', async () => {
    server = await startFakeOpenAiServer({ rules: [], models: ['qwen2.5-coder:7b', 'llama3', 'llama3'], apiKey: 'k' });
    expect(await listServerModels(server.url, { apiKey: 'k', fetch: nodeFetch })).toEqual([
      'llama3',
      'qwen2.5-coder:7b',
    ]);
    const error = await listServerModels(server.url, { fetch: nodeFetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlaygroundError);
    expect((error as PlaygroundError).code).toBe('ENGINE_UNAUTHORIZED');
  });

  it('refuses an answer that is not a model list', async () => {
    const fake: typeof fetch = async () => new Response('<html>hello</html>', { status: 200 });
    const error = await listServerModels('http://localhost:1/v1', { fetch: fake }).catch((e: unknown) => e);
    expect((error as PlaygroundError).code).toBe('ENGINE_BAD_RESPONSE');
    const notFound: typeof fetch = async () => new Response('{"error":"no route"}', { status: 404 });
    const missing = await listServerModels('http://localhost:1/v1', { fetch: notFound }).catch((e: unknown) => e);
    expect((missing as PlaygroundError).code).toBe('ENGINE_NOT_FOUND');
  });
});
