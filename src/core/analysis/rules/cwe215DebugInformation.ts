// CWE-215 sensitive data in debugging output: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';

export const pyDebugMode = callRule({
  id: 'py-debug-mode',
  cwe: 'CWE-215',
  severity: 'warning',
  languages: ['python'],
  message: 'The web server runs in debug mode; tracebacks and an interactive console are exposed.',
  fix: 'Turn debug off outside development (read it from configuration, default False).',
  callee: { python: /\.run$/ },
  when: (call) => call.keywords.get('debug')?.text === 'True',
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe215DebugInformation: readonly Rule[] = [pyDebugMode];
