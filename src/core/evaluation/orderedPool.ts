// A small ordered pool: runs async work on a list with at most `limit` jobs at once, and yields the
// results in list order (not completion order), so a suite run with --concurrency N writes the same
// report, runs log and progress order as one run at a time.

export interface OrderedPoolOptions {
  /** Jobs running at once (>= 1). */
  limit: number;
  /**
   * How many finished-but-not-yet-yielded results may wait behind a slow earlier job before no new job starts;
   * default 2 x limit, and 1 for limit 1 (strictly one run after another: the consumer sees each result, and can
   * stop, before the next job starts). Bounds memory and keeps the yielded order close to the work order.
   */
  window?: number;
}

export async function* orderedPool<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  options: OrderedPoolOptions,
): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(options.limit));
  const window = Math.max(limit, options.window ?? (limit === 1 ? 1 : 2 * limit));
  const started: Promise<R>[] = [];
  let running = 0;
  let yielded = 0;
  let wake: (() => void) | null = null;

  const launch = (): void => {
    while (running < limit && started.length < items.length && started.length - yielded < window) {
      const index = started.length;
      running += 1;
      const job = Promise.resolve()
        .then(() => work(items[index]!, index))
        .finally(() => {
          running -= 1;
          launch();
          wake?.();
        });
      // A failure is reported when its turn comes to be yielded, not as an unhandled rejection now.
      job.catch(() => {});
      started.push(job);
    }
  };

  launch();
  while (yielded < items.length) {
    const next = started[yielded];
    if (!next) {
      // Cannot happen while the window is at least 1, but never spin.
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const result = await next;
    yielded += 1;
    yield result;
    launch();
  }
}
