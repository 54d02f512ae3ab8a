// Starts a test worker for a language inside the sandbox frame and returns the page's end of it. The
// worker lives in the frame's opaque origin under its network-free CSP; the page talks to it only
// through a MessagePort, and terminating means asking the frame to terminate it.
import type { FunctionalLanguage } from '../../core/evaluation/functional/FunctionalRunner';
import type { WorkerPort } from './TestWorkerSession';
import { sandboxFrame } from './sandboxFrame';
import { pyodideFiles, workerSource } from './sandboxRuntimeFiles';

class SandboxedWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly port: MessagePort;
  private closed = false;

  constructor(language: FunctionalLanguage, base: string) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => this.onmessage?.(event);
    const runtime = language === 'python' ? pyodideFiles(base) : Promise.resolve(undefined);
    Promise.all([sandboxFrame(base), workerSource(base, language), runtime]).then(
      ([frame, source, files]) => {
        if (this.closed) return;
        // The frame's origin is opaque, so no target origin can name it; nothing sent here is secret.
        frame.postMessage({ kind: 'spawn', name: `${language}-tests`, source, runtime: files }, '*', [channel.port2]);
      },
      (error: unknown) => {
        this.onerror?.(new ErrorEvent('error', { message: error instanceof Error ? error.message : String(error) }));
      },
    );
  }

  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }

  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.postMessage({ kind: 'terminate' });
  }
}

export function spawnTestWorker(language: FunctionalLanguage): WorkerPort {
  return new SandboxedWorker(language, import.meta.env.BASE_URL);
}
