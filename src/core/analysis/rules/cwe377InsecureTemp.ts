// CWE-377: temporary file names that another process can predict and claim first.
import { callRule } from '../callRule';

export const insecureTempFile = callRule({
  id: 'insecure-temp-file',
  cwe: 'CWE-377',
  severity: 'warning',
  message: 'The temporary file name is predictable; another process can create or link it first.',
  fix: 'Create the file atomically: tempfile.NamedTemporaryFile/mkstemp, mkstemp(3), fs.mkdtemp, os.CreateTemp.',
  languages: ['python', 'c', 'cpp'],
  callee: {
    python: /^(tempfile\.mktemp|mktemp|os\.tempnam|os\.tmpnam|open)$/,
    c: /^(mktemp|tmpnam|tempnam|_mktemp)$/,
    cpp: /^(std::)?(mktemp|tmpnam|tempnam|_mktemp)$/,
  },
  // open() only when it opens a fixed name directly under /tmp.
  when: (call) =>
    call.name !== 'open' ||
    /^[fr]?['"]\/tmp\/[^'"{}]+['"]$/.test(call.args[0]?.text ?? '') ||
    /^f?['"]\/tmp\/[\w.-]*\{/.test(call.args[0]?.text ?? ''),
});
