import { afterEach, describe, expect, it } from 'vitest';
import { createLocalServerStore, LOCAL_SERVER_KEY, type LocalServerDeps } from './localServerStore';
import { startFakeOpenAiServer, type FakeServer } from '../adapters/openai/fakeOpenAiServer';
import type { LlmEngine } from '../core/generation/LlmEngine';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function setup(storage = memoryStorage()) {
  const installed: (LlmEngine | null)[] = [];
  const requested: string[] = [];
  const deps: LocalServerDeps = {
    fetch: (input, init) => {
      requested.push(String(input));
      return fetch(input, init);
    },
    origin: () => 'http://localhost:5173',
    storage,
    install: (engine) => installed.push(engine),
  };
  return { store: createLocalServerStore(deps), installed, requested, storage };
}

describe('localServerStore', () => {
  it('lists the models, installs an engine that streams from the typed address, and keeps no key by default', async () => {
    server = await startFakeOpenAiServer({
      rules: [{ reply: 'print(1)' }],
      models: ['b-model', 'a-model'],
      apiKey: 'k1',
    });
    const { store, installed, storage } = setup();
    store.getState().setBaseUrl(server.url);
    store.getState().setApiKey('k1');
    await store.getState().connect();
    expect(store.getState()).toMatchObject({ status: 'listed', models: ['a-model', 'b-model'], model: 'a-model' });
    const engine = installed.at(-1);
    expect(engine?.model()).toBe('a-model');
    const tokens: string[] = [];
    const result = await engine!.chat({
      messages: [{ role: 'user', content: 'go' }],
      topLogprobs: 1,
      onToken: (t) => tokens.push(t.text),
    });
    expect(result.text).toBe('print(1)');
    expect(tokens.join('')).toBe('print(1)');
    expect(result.tokens[0]?.logprob).toEqual(expect.any(Number));
    expect(JSON.parse(storage.data.get(LOCAL_SERVER_KEY)!)).toEqual({ baseUrl: server.url });
  });

  it('stores the key only when asked, and reads it back', async () => {
    const { store, storage } = setup();
    store.getState().setApiKey('secret');
    expect(storage.data.get(LOCAL_SERVER_KEY) ?? '').not.toContain('secret');
    store.getState().setRememberKey(true);
    expect(JSON.parse(storage.data.get(LOCAL_SERVER_KEY)!)).toMatchObject({ apiKey: 'secret' });
    expect(setup(memoryStorage(Object.fromEntries(storage.data))).store.getState()).toMatchObject({
      apiKey: 'secret',
      rememberKey: true,
    });
    store.getState().setRememberKey(false);
    expect(storage.data.get(LOCAL_SERVER_KEY)).not.toContain('secret');
  });

  it('sends nothing to another host until the user confirms it', async () => {
    const { store, requested } = setup();
    store.getState().setBaseUrl('https://gpu.invalid/v1');
    await store.getState().connect();
    expect(store.getState().confirmHost).toBe('gpu.invalid');
    expect(requested).toEqual([]);
    await store.getState().connect(true);
    // The request, then the no-cors probe that tells CORS from a dead host: both to the typed address only.
    expect(new Set(requested)).toEqual(new Set(['https://gpu.invalid/v1/models']));
    expect(store.getState().status).toBe('error');
  });

  it('says why an address is refused, and that nothing listens at a closed port', async () => {
    const { store, requested } = setup();
    store.getState().setBaseUrl('http://10.0.0.5:11434/v1');
    await store.getState().connect();
    expect(store.getState().error?.code).toBe('BAD_INPUT');
    expect(requested).toEqual([]);
    server = await startFakeOpenAiServer({ rules: [] });
    const closed = server.url;
    await server.close();
    server = null;
    store.getState().setBaseUrl(closed);
    await store.getState().connect();
    // Node's fetch has no CORS, so its no-cors probe fails like the request: unreachable.
    expect(store.getState().error?.code).toBe('ENGINE_UNREACHABLE');
  });
});
