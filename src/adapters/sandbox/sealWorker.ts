// Prepares a test worker's global scope for untrusted code: no network, and no way to talk to
// the page except through the reply function captured here before the code runs.
import { blockGlobal, blockNetwork } from './blockNetwork';
import type { WorkerReply } from './testJobMessages';

export interface SealedWorker {
  /** Posts a reply to the page; captured before the seal, so only the harness holds it. */
  reply(message: WorkerReply): void;
}

interface WorkerScope {
  postMessage(message: unknown): void;
}

/** Call once, before the first job's code runs; returns the harness's private reply channel. */
export function sealWorker(scope: WorkerScope & object): SealedWorker {
  const post = scope.postMessage.bind(scope);
  blockNetwork(scope);
  // Generated code could otherwise post its own "passed" verdict to the page.
  blockGlobal(scope, 'postMessage');
  return { reply: (message) => post(message) };
}
