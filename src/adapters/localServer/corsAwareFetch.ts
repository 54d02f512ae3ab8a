// A fetch for model servers called from the page. When the browser refuses a request, fetch only says
// "Failed to fetch", whether the server is down or its reply was blocked by CORS. A second, no-cors
// request tells them apart: it resolves (with an opaque reply) when something answered, and fails
// when nothing listens. The probe is a GET to the same address the user typed, so it goes nowhere new.
import { PlaygroundError } from '../../core/errors';

function corsHint(origin: string): string {
  return (
    `Allow this page's origin (${origin}) on the server: for Ollama, restart it with OLLAMA_ORIGINS=${origin} ` +
    "(or OLLAMA_ORIGINS=*); llama.cpp's llama-server and LM Studio send CORS headers by default (LM Studio: " +
    'enable CORS in its server settings); vLLM: --allowed-origins \'["' +
    origin +
    '"]\'.'
  );
}

export async function diagnoseFailedFetch(
  url: string,
  error: unknown,
  baseFetch: typeof fetch,
  origin: string,
): Promise<PlaygroundError> {
  const detail = error instanceof Error ? error.message : String(error);
  const reachable = await baseFetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
    () => true,
    () => false,
  );
  if (reachable)
    return new PlaygroundError('ENGINE_CORS_BLOCKED', {
      message: `The server at ${new URL(url).host} answered, but the browser blocked its reply: it sends no CORS header allowing this page.`,
      hint: corsHint(origin),
      detail,
    });
  return new PlaygroundError('ENGINE_UNREACHABLE', {
    message: `Nothing answered at ${new URL(url).host}.`,
    hint: 'Start the server (e.g. ollama serve, or llama-server -m model.gguf --port 8080) and check the address and port.',
    detail,
  });
}

/** Wraps fetch so a refused request throws ENGINE_CORS_BLOCKED or ENGINE_UNREACHABLE; aborts pass through. */
export function corsAwareFetch(baseFetch: typeof fetch, origin: string): typeof fetch {
  return async (input, init) => {
    try {
      return await baseFetch(input, init);
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      throw await diagnoseFailedFetch(url, error, baseFetch, origin);
    }
  };
}
