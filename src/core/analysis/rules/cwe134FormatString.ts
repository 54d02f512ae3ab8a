// CWE-134 externally controlled format strings: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { C_LANGUAGES as C } from '../ruleParts/textPatterns';

/** Position of the format argument for the printf family. */
const FORMAT_AT: Record<string, number> = {
  printf: 0,
  vprintf: 0,
  fprintf: 1,
  sprintf: 1,
  dprintf: 1,
  syslog: 1,
  snprintf: 2,
};

export const cFormatString = callRule({
  id: 'c-format-string',
  cwe: 'CWE-134',
  severity: 'error',
  languages: [...C],
  message: 'The format string is not a literal; % directives in the data read or write memory.',
  fix: 'Use a literal format such as printf("%s", text).',
  callee: {
    c: /^(printf|fprintf|sprintf|snprintf|syslog|dprintf|vprintf|vfprintf|err|warn|wprintf|fwprintf|swprintf)$/,
    cpp: /^(std::)?(printf|fprintf|sprintf|snprintf|syslog|dprintf|wprintf|fwprintf|swprintf)$/,
  },
  when: (call) => {
    const index =
      {
        printf: 0,
        vprintf: 0,
        fprintf: 1,
        vfprintf: 1,
        sprintf: 1,
        dprintf: 1,
        syslog: 1,
        err: 1,
        warn: 0,
        snprintf: 2,
        // Wide forms: swprintf always takes a count, like snprintf.
        wprintf: 0,
        fwprintf: 1,
        swprintf: 2,
      }[call.name.replace('std::', '')] ?? 0;
    const format = call.args[index];
    return (
      format !== undefined &&
      format.type === 'identifier' &&
      call.args.length === index + 1 &&
      !/^[A-Z_0-9]+$/.test(format.text)
    );
  },
});

export const cppStringAsFormat = callRule({
  id: 'cpp-string-as-format',
  cwe: 'CWE-134',
  severity: 'error',
  languages: ['cpp'],
  message:
    'The contents of a std::string are used as a printf-style format, so % directives in the data are interpreted.',
  fix: 'Pass a constant format such as "%s" and the string as its argument (or use std::cout / std::format).',
  callee: { cpp: /^(std::)?(printf|vprintf|fprintf|sprintf|dprintf|syslog|snprintf)$/ },
  when: (call) => {
    const at = FORMAT_AT[call.last];
    const format = at === undefined ? undefined : call.args[at];
    return !!format && /\.(c_str|data)\(\)$/.test(format.text.replace(/\s+/g, ''));
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe134FormatString: readonly Rule[] = [cFormatString, cppStringAsFormat];
