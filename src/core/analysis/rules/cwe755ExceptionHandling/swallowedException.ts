// CWE-390: a broad handler with an empty body (`except: pass`, `catch (Exception e) {}`, `catch (...) {}`). The
// error is detected and nothing is done, not even a log line. Alone this is often harmless (best-effort cleanup),
// so it is a note; the fail-open shape around a security check is exception-fails-open's finding.
import type { QueryRule } from '../../Rule';
import { failsOpen } from './exceptionFailsOpen';
import { isBroadHandler, isEmptyHandler } from './handlerShapes';
import { HANDLER_QUERIES } from './handlerQueries';

export const swallowedException: QueryRule = {
  id: 'swallowed-exception',
  cwe: 'CWE-390',
  severity: 'info',
  tier: 'note',
  languages: ['python', 'javascript', 'typescript', 'java', 'csharp', 'php', 'cpp'],
  kind: 'query',
  query: HANDLER_QUERIES,
  guardable: false,
  message:
    'Every exception is caught here and silently dropped: a failure leaves the program in an unknown state with no trace of what went wrong.',
  fix: 'Catch the specific exception you expect, and log, retry, clean up or re-raise; never leave a broad handler empty.',
  predicate: (captures, ctx) =>
    captures.hit !== undefined &&
    isBroadHandler(captures.hit) &&
    isEmptyHandler(captures.hit) &&
    !failsOpen(captures, ctx),
};
