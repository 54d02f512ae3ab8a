import { describe, expect, it } from 'vitest';
import { corsAwareFetch } from './corsAwareFetch';
import { PlaygroundError } from '../../core/errors';

const ORIGIN = 'http://localhost:5173';

/** A fetch that fails every cors request, like a browser; no-cors requests resolve only when `listening`. */
function browserLike(listening: boolean, seen: RequestInit[]): typeof fetch {
  return async (_input, init) => {
    seen.push(init ?? {});
    if (init?.mode === 'no-cors' && listening) return new Response(null, { status: 200 });
    throw new TypeError('Failed to fetch');
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof PlaygroundError ? `${error.code} ${error.hint ?? ''}` : String(error);
}

describe('corsAwareFetch', () => {
  it('names CORS when a no-cors probe of the same address is answered, with the OLLAMA_ORIGINS hint', async () => {
    const seen: RequestInit[] = [];
    const code = await codeOf(corsAwareFetch(browserLike(true, seen), ORIGIN)('http://localhost:11434/v1/models'));
    expect(code).toMatch(/^ENGINE_CORS_BLOCKED .*OLLAMA_ORIGINS=http:\/\/localhost:5173/);
    expect(seen.map((s) => s.mode ?? 'cors')).toEqual(['cors', 'no-cors']);
  });

  it('names an unreachable server when the probe fails too', async () => {
    const code = await codeOf(corsAwareFetch(browserLike(false, []), ORIGIN)('http://localhost:1/v1/models'));
    expect(code).toMatch(/^ENGINE_UNREACHABLE /);
  });

  it('passes an abort through without probing, and a reply through untouched', async () => {
    const seen: RequestInit[] = [];
    const abort = new AbortController();
    abort.abort();
    const aborted = await corsAwareFetch(browserLike(true, seen), ORIGIN)('http://localhost:1/', {
      signal: abort.signal,
    }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(1);
    const ok = await corsAwareFetch(async () => new Response('hi'), ORIGIN)('http://localhost:1/');
    expect(await ok.text()).toBe('hi');
  });
});
