// What the header says about the knowledge base's loading: when it became searchable, counted from
// the page's own start (the user's "1 s after page load"), and a tooltip with where that time went.
import type { CoreReady } from '../core/CoreApi';

export interface KbReadyReport {
  /** Milliseconds from the page's start to the worker's ready. */
  pageMs: number;
  /** One line: the worker's boot on the page clock, then its own steps. */
  detail: string;
}

/** `pageOrigin`: the page's performance.timeOrigin (epoch ms), the clock the timeline is read against;
 *  `createdMs`: when the page created the worker, on that clock. */
export function kbReadyReport(ready: CoreReady, pageOrigin: number, createdMs?: number): KbReadyReport {
  const steps = Object.entries(ready.phases ?? {})
    .map(([name, ms]) => `${name} ${ms} ms`)
    .join(' · ');
  const worker = `worker init ${Math.round(ready.readyMs)} ms${steps ? `: ${steps}` : ''}`;
  const t = ready.timeline;
  const at = (epoch: number): number => Math.round(epoch - pageOrigin);
  return {
    pageMs: at(t.ready),
    detail: `after page start: ${createdMs === undefined ? '' : `worker created ${Math.round(createdMs)} ms, `}worker thread ${at(t.workerStarted)} ms, worker code ${at(t.evaluated)} ms, files handed over ${at(t.initCalled)} ms, searchable ${at(t.ready)} ms | ${worker}`,
  };
}
