// When to try a failed request again: rate limits (429), server errors (5xx) and connections dropped
// before the answer began are usually passing; anything else will fail the same way next time.

/** Longest wait between two attempts, whatever the server's Retry-After asks for. */
export const MAX_RETRY_DELAY_MS = 30_000;
export const DEFAULT_RETRIES = 4;
export const DEFAULT_RETRY_BASE_MS = 1000;

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * Milliseconds to wait before retry number `retry` (0-based): the server's Retry-After (delay-seconds or an
 * HTTP date) when it gives a usable one, else exponential backoff base x 2^retry; never more than 30 s.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | null,
  baseMs = DEFAULT_RETRY_BASE_MS,
  now = Date.now(),
): number {
  const asked = retryAfterMs(retryAfter, now);
  const delay = asked ?? baseMs * 2 ** retry;
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(0, Math.round(delay)));
}

/** Retry-After as milliseconds from now, or null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
