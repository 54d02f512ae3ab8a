// A server that rejects a request as sent (HTTP 4xx that no fallback fixed) will reject every other run
// the same way: after a few identical rejections eval stops with one message instead of failing each run.
import type { TaskResult } from '../../core/evaluation/TaskResult';

export const REJECTIONS_BEFORE_STOP = 3;

/** Returns a watcher: feed it each result; it returns the error once the same rejection has been seen `limit` times. */
export function watchRejections(
  limit = REJECTIONS_BEFORE_STOP,
): (result: TaskResult) => NonNullable<TaskResult['error']> | null {
  const seen = new Map<string, number>();
  return (result) => {
    const error = result.error;
    if (!error || error.code !== 'ENGINE_REQUEST_REJECTED') return null;
    // The detail carries the status, the address and the server's message: identical answers have identical details.
    const key = `${result.model}\n${error.detail ?? error.message}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count >= limit ? error : null;
  };
}
