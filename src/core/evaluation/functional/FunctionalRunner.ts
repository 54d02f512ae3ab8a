// The functional-test port: runs one program (generated code combined with a task's tests) in a
// sandbox with a time limit. The CLI has a Node runner; the browser can bring a worker-based one.
export type FunctionalLanguage = 'python' | 'javascript';

export interface FunctionalProgram {
  language: FunctionalLanguage;
  /** The code under test, run first, as it was generated. */
  code: string;
  /** The tests, run after the code in the same scope, with `assert` available (see buildFunctionalProgram). */
  tests: string;
  /** The function the tests call; checked to exist before the tests run, for a clearer error. */
  entry?: string;
  timeoutMs: number;
}

export interface FunctionalOutcome {
  passed: boolean;
  /** The first failure: a syntax error, a missing entry function, a failed assertion or a crash. */
  error?: string;
  ms: number;
  timedOut: boolean;
}

export interface FunctionalRunner {
  run(program: FunctionalProgram, signal?: AbortSignal): Promise<FunctionalOutcome>;
  /** Frees workers and interpreters. */
  dispose?(): Promise<void>;
}
