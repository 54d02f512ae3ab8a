// C++ idioms of format strings (CWE-134), std::filesystem paths from callers (CWE-22) and predictable
// standard-library engines used for secrets (CWE-338).
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';
import { scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

const FILE_OPS =
  /\b(std::)?(ifstream|ofstream|fstream)\b|\b(fs|filesystem)::(remove|remove_all|rename|copy|copy_file|resize_file|permissions)\s*\(|\bfopen\s*\(/;
const CONTAINMENT = /canonical|lexically_normal|lexically_relative|mismatch|filename\s*\(\s*\)\s*!=|find\s*\(\s*"\.\."/;

export const cppFsPathJoin: QueryRule = {
  id: 'cpp-filesystem-path-join',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (identifier) @base operator: "/" right: (identifier) @name) @hit' },
  message:
    'A caller-supplied name is appended to a directory with path operator/, so "../" or an absolute path leaves the directory.',
  fix: 'Resolve the joined path with weakly_canonical and check it stays under the base, or accept only a plain file name.',
  predicate: ({ base, name, hit }) => {
    if (!base || !name || !hit) return false;
    const fn = scopeOf(hit);
    const params = fn.childForFieldName('declarator')?.text ?? '';
    // operator/ on a path and a string parameter: the base is a path, the name a raw string from the caller.
    const pathBase = new RegExp(`path\\s*&?\\s*${esc(base.text)}\\b`).test(fn.text);
    const stringName = new RegExp(`(string|string_view|char\\s*\\*)\\s*&?\\s*${esc(name.text)}\\s*[,)]`).test(params);
    return pathBase && stringName && FILE_OPS.test(fn.text) && !CONTAINMENT.test(fn.text);
  },
};

export const cppPredictableEngine: QueryRule = {
  id: 'cpp-predictable-engine-secret',
  cwe: 'CWE-338',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(declaration type: (_) @type) @hit' },
  message:
    'A standard-library engine (mt19937, minstd_rand, default_random_engine) produces a secret; its output is predictable.',
  fix: 'Take secret bytes from the OS CSPRNG (getrandom, RAND_bytes, std::random_device on mainstream platforms).',
  predicate: ({ type, hit }) =>
    !!type &&
    !!hit &&
    /^(std::)?(mt19937(_64)?|minstd_rand0?|default_random_engine|ranlux(24|48)(_base)?|knuth_b)$/.test(
      type.text.trim(),
    ) &&
    inSecretContext(hit),
};
