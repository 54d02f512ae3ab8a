// Keeps one run current: starting a run aborts the previous one, and results of a run that is
// no longer current are dropped by the caller (isCurrent) instead of overwriting newer state.
export interface RunTicket {
  runId: string;
  signal: AbortSignal;
}

export class RunCoordinator {
  private current: { runId: string; controller: AbortController } | null = null;
  private counter = 0;

  start(): RunTicket {
    this.current?.controller.abort();
    this.counter += 1;
    const runId = `run-${Date.now().toString(36)}-${this.counter}`;
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
