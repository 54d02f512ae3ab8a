// CWE-215 sensitive data in debugging output: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
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

/** A web application object (`app.debug`, `app.config["DEBUG"]`, `application.debug`); not any object's flag. */
const APP_DEBUG = /^(app|application|flask_app|server)\.(debug|config\[\s*['"]DEBUG['"]\s*\])$/;

export const pyDebugFlag: QueryRule = {
  id: 'py-debug-flag',
  cwe: 'CWE-215',
  severity: 'warning',
  languages: ['python'],
  message: "The web application's debug flag is switched on in code; tracebacks and the debugger reach clients.",
  fix: 'Read the debug setting from configuration or the environment, defaulting to False.',
  kind: 'query',
  query: { python: '(assignment left: (_) @target right: (true) @value) @hit' },
  predicate: ({ target }) => target !== undefined && APP_DEBUG.test(target.text.replace(/\s+/g, '')),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe215DebugInformation: readonly Rule[] = [pyDebugMode, pyDebugFlag];
