// CWE-78 OS command injection (Csharp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { csBuilt } from '../../ruleParts/csBuiltCommand';
import { csBuilt as csBuiltValue, csPropertyRule } from '../../ruleParts/csharpShape';

export const csProcessStart = callRule({
  id: 'cs-process-start-built',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['csharp'],
  message: 'A process is started with a command line built from strings, so input can add shell syntax or arguments.',
  fix: 'Start the program directly with ProcessStartInfo.ArgumentList and validated values; never run cmd /c with input.',
  callee: { csharp: /^Process\.Start$|^newProcessStartInfo$|^new ProcessStartInfo$/ },
  when: (call, ctx) => call.args.some((a) => csBuilt(a, ctx)),
});

export const csProcessArguments: QueryRule = csPropertyRule(
  {
    id: 'cs-process-arguments-built',
    cwe: 'CWE-78',
    severity: 'error',
    languages: ['csharp'],
    message:
      'ProcessStartInfo.Arguments is one command line built from strings, so input can add arguments or shell syntax.',
    fix: 'Add each value to ProcessStartInfo.ArgumentList after validating it, and never run a shell (cmd /c, sh -c).',
  },
  /^Arguments$/,
  (right) => csBuiltValue(right),
);

/** Every rule in this file, in the order the registry runs them. */
export const cwe078Csharp: readonly Rule[] = [csProcessStart, csProcessArguments];
