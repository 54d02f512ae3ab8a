// Keeps one run current: starting a run aborts the previous one, and results of a run that is
// no longer current are dropped by the caller (isCurrent) instead of overwriting newer state.
import { newRunId } from './newRunId';

export interface RunTicket {
  runId: string;
  signal: AbortSignal;
}

export class RunCoordinator {
  private current: { runId: string; controller: AbortController } | null = null;

  start(): RunTicket {
    this.current?.controller.abort();
    const runId = newRunId();
    const controller = new AbortController();
    this.current = { runId, controller };
    return { runId, signal: controller.signal };
  }

  isCurrent(runId: string): boolean {
    return this.current?.runId === runId;
  }

  cancel(): void {
    this.current?.controller.abort();
    this.current = null;
  }
}
