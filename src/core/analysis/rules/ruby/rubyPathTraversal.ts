// CWE-22 path traversal in Ruby: a file read, written or sent (`File.read`, `File.open`, `send_file`) at a path that
// carries input, versus `File.basename` of the name, or `File.expand_path` then a check that the result stays under
// the base directory (`start_with?(BASE + "/")`).
import type { Rule, TaintRule } from '../../Rule';
import { ANY_SOURCES, NUMERIC_SANITIZERS } from '../../sources';

/** File and directory operations whose first argument is a path. */
const OPENS_PATH =
  /^(File|IO|Pathname|FileUtils|Dir)\.(read|binread|readlines|foreach|open|new|write|binwrite|delete|unlink|rename|copy|cp|mv|rm|rm_f|rm_rf|remove|entries|children|glob|each_child|size|readlink|symlink|chmod|truncate)$|^(send_file|open)$/;

export const rubyPathInput: TaintRule = {
  id: 'ruby-path-traversal',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['ruby'],
  message:
    'A file path carries input, so `../` segments or an absolute path reach files outside the intended directory.',
  fix: 'Keep only the file name (`File.basename(name)`), or expand the joined path with File.expand_path and refuse it unless it starts with the base directory plus "/".',
  kind: 'taint',
  taint: {
    sources: ANY_SOURCES,
    // The first argument is the path; `File.join(BASE, name)` inside it is followed to the name.
    sinks: { ruby: [{ callee: OPENS_PATH, args: [0] }] },
    sanitizers: new RegExp(`${NUMERIC_SANITIZERS.source}|^File\\.basename$`),
  },
};

export const rubyPathTraversal: readonly Rule[] = [rubyPathInput];
