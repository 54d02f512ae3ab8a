// Fetches one file and reads its body with a stall timeout: a timer started with the request and reset when the
// headers arrive and on every chunk. A connection that stops sending without closing would otherwise leave the
// download waiting forever; a fixed overall timeout would instead break slow but steady lines.

/** How long a download may go without receiving a byte before it counts as stalled. */
export const DEFAULT_STALL_MS = 30_000;

export type FetchLike = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

/** Thrown when no byte arrived for `stallMs`; the request has been aborted. */
export class StallError extends Error {
  constructor(readonly stallMs: number) {
    super(`no data arrived for ${stallMs >= 1000 ? `${Math.round(stallMs / 1000)} s` : `${stallMs} ms`}`);
    this.name = 'StallError';
  }
}

export interface FetchedBody {
  response: Response;
  /** The whole body of an ok response; empty for any other status (not read). */
  body: Uint8Array;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const body = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

export async function fetchWithStallTimeout(
  url: string,
  fetch: FetchLike,
  options: { signal?: AbortSignal; stallMs?: number },
): Promise<FetchedBody> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  const outer = options.signal;
  const controller = new AbortController();
  let stall: StallError | null = null;
  let rejectStop: (reason: unknown) => void = () => undefined;
  // Raced against every await, so a fetch or a body stream that ignores its signal still settles.
  const stopped = new Promise<never>((_, reject) => (rejectStop = reject));
  stopped.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (reason: unknown) => {
    clearTimeout(timer);
    controller.abort(reason);
    rejectStop(reason);
  };
  const forward = () => stop(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  const arm = () => {
    clearTimeout(timer);
    if (!controller.signal.aborted) timer = setTimeout(() => stop((stall = new StallError(stallMs))), stallMs);
  };
  const raced = <T>(step: Promise<T>) => Promise.race([step, stopped]);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    arm();
    const response = await raced(fetch(url, { signal: controller.signal }));
    arm();
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { response, body: new Uint8Array(0) };
    }
    if (!response.body) return { response, body: new Uint8Array(await raced(response.arrayBuffer())) };
    reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await raced(reader.read());
      if (done) break;
      arm();
      chunks.push(value);
      length += value.byteLength;
    }
    return { response, body: concat(chunks, length) };
  } catch (error) {
    void reader?.cancel().catch(() => undefined);
    // Whatever the aborted fetch threw, the cause was the stall (unless the caller aborted first).
    throw outer?.aborted ? error : (stall ?? error);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}
