// Turns a failed request to an OpenAI-compatible server into a PlaygroundError with a next step:
// connection refused, 401/403, 404, 5xx, or anything else the server answered.
import { PlaygroundError } from '../../core/errors';

/** fetch() itself failed: the server is down, the host is unknown, or the address is malformed. */
export function connectionFailure(url: string, error: unknown): PlaygroundError {
  // The page's fetch wrapper (localServer/corsAwareFetch) has already told CORS from a dead server.
  if (error instanceof PlaygroundError) return error;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  const text = [error instanceof Error ? error.message : String(error), code ?? cause?.message]
    .filter(Boolean)
    .join(': ');
  // undici's header and body timeouts: the server is there but slow, so this run failed, not the server.
  if (code && /^UND_ERR_(HEADERS|BODY)_TIMEOUT$/.test(code)) {
    return new PlaygroundError('TIMEOUT', {
      hint: 'The server took too long to answer; a smaller model or a shorter --timeout-ms may help.',
      detail: text,
    });
  }
  return new PlaygroundError('ENGINE_UNREACHABLE', {
    message: code === 'ECONNREFUSED' ? `Nothing is listening at ${url} (connection refused).` : undefined,
    hint: 'Start the server (e.g. llama-server -m model.gguf --port 8080, or ollama serve) and check --base-url.',
    detail: text,
  });
}

/** Error codes of a connection that was open and then broke (reset, closed early): worth a retry, unlike a refusal. */
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** fetch() failed because the server dropped the connection before answering (not: nothing listening). */
export function isDroppedConnection(error: unknown): boolean {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  if (code) return DROPPED.has(code);
  return /socket hang up|other side closed|ECONNRESET/i.test(error instanceof Error ? error.message : String(error));
}

export function httpFailure(status: number, body: string, url: string): PlaygroundError {
  const detail = `HTTP ${status} from ${url}${body ? `: ${serverMessage(body).slice(0, 500)}` : ''}`;
  if (status === 401 || status === 403) {
    return new PlaygroundError('ENGINE_UNAUTHORIZED', { hint: 'Pass --api-key KEY or set OPENAI_API_KEY.', detail });
  }
  if (status === 404) {
    return new PlaygroundError('ENGINE_NOT_FOUND', {
      hint: 'Check --base-url (usually ending in /v1) and that --model names a model the server has loaded.',
      detail,
    });
  }
  if (status >= 500)
    return new PlaygroundError('ENGINE_SERVER_ERROR', {
      hint: 'See the server log; the model may have run out of memory or context.',
      detail,
    });
  if (status >= 400 && status < 500 && status !== 408 && status !== 429)
    return new PlaygroundError('ENGINE_REQUEST_REJECTED', {
      hint: 'The server refuses this request as sent; see the detail (a model or server option may need changing).',
      detail,
    });
  return new PlaygroundError('ENGINE_SERVER_ERROR', {
    hint: 'The server rejected the request; see the detail.',
    detail,
  });
}

/** The `error.message` of an OpenAI-style error body, or the body itself. */
function serverMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      const error = parsed.error;
      if (typeof error === 'string') return error;
      if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
        return error.message;
    }
  } catch {
    // Not JSON: the raw text is the best we have.
  }
  return body.trim();
}
