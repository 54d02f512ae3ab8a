// Calls that do not return in C: the C library's (`exit`, `abort`), the kernel's (`BUG()`, `panic`), BSD's err(3)
// family, and project reporters named for what they do (`msg_fatal`, `msg_panic`, `die`, `fatal`), which daemons
// declare noreturn in headers out of this file's view.
const NO_RETURN =
  /^(exit|_exit|_Exit|quick_exit|abort|pthread_exit|BUG|panic|errx?|verrx?|fatal|die|\w+_(panic|fatal|die))$/;

/** The callee's text names a call that does not return. */
export function noReturnCallee(callee: string): boolean {
  return NO_RETURN.test(callee.trim());
}
