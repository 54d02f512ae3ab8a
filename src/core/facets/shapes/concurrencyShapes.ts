// Shapes of C/C++ code that runs concurrently with the rest of the program: a signal handler (a function
// taking only the signal number, or one installed with `signal`/`sigaction`), whose body may touch state the
// interrupted code is using, and a POSIX thread start routine (`void *f(void *arg)`) in a prefix that takes no
// lock. Both are where a typical answer races on shared state (CWE-362), whatever the names say.
import type { CodeShape } from './CodeShape';

const HANDLER_DEFINITION = /\bvoid\s+\w+\s*\(\s*int\s+(?:sig|signo|signum|signal|sig_num|s)\s*\)\s*\{/;
const HANDLER_INSTALLED = /\b(?:std::)?(?:signal|sigaction)\s*\(\s*SIG[A-Z0-9]+\b/;

const THREAD_ROUTINE = /\bvoid\s*\*\s*\w+\s*\(\s*void\s*\*\s*\w*\s*\)\s*\{/;
const TAKES_LOCK =
  /\b(?:pthread_mutex_lock|pthread_rwlock_\w+lock|pthread_spin_lock|mtx_lock|atomic_\w+|__atomic_\w+|__sync_\w+)\s*\(/;

export const CONCURRENCY_SHAPES: readonly CodeShape[] = [
  {
    name: 'signal-handler',
    languages: ['c', 'cpp'],
    found: (code) => HANDLER_DEFINITION.test(code) || HANDLER_INSTALLED.test(code),
  },
  {
    name: 'thread-routine-without-lock',
    languages: ['c', 'cpp'],
    found: (code) => THREAD_ROUTINE.test(code) && !TAKES_LOCK.test(code),
  },
];
