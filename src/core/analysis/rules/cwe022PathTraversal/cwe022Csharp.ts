// CWE-22 path traversal (Csharp rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { csFromInput } from '../../ruleParts/csharpShape';
import { scopeOf } from '../../walk';

export const csPathCombine = callRule({
  id: 'cs-path-combine-input',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['csharp'],
  message:
    'Path.Combine joins input into a path without checking the result stays in the base folder; `..` or a rooted path escapes it.',
  fix: 'Resolve the joined path with Path.GetFullPath and require it to start with the base folder (plus a separator).',
  callee: { csharp: /^Path\.(Combine|Join)$/ },
  // The parts that come from input need the check; the base folder (a field set from configuration) does not.
  guardedArgs: (call) => call.args.slice(1).filter((a) => csFromInput(a)),
  when: (call) =>
    call.args.slice(1).some((a) => csFromInput(a) && !/\.FileName\b/.test(a.text)) &&
    !(/GetFullPath\(/.test(scopeOf(call.node).text) && /\.StartsWith\(/.test(scopeOf(call.node).text)),
});

/** A path written out as one string with input spliced in (`"/srv/reports/" + name`, `$"/srv/{name}"`). */
const SPLICED = /^(binary_expression|interpolated_string_expression)$/;

export const csFilePathSpliced = callRule({
  id: 'cs-file-path-spliced',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['csharp'],
  message: 'A file is opened at a path built by splicing input into a string; `..` in the input leaves the folder.',
  fix: 'Keep only Path.GetFileName(input), or resolve with Path.GetFullPath and require the base folder as prefix.',
  callee: {
    csharp:
      /(^|\.)File\.(OpenRead|OpenWrite|OpenText|Open|ReadAllText|ReadAllBytes|ReadAllLines|ReadLines|WriteAllText|WriteAllBytes|AppendAllText|Delete|Copy|Move|Create)$|^new FileStream$|^new StreamReader$|^(PhysicalFile)$/,
  },
  when: (call) => {
    const path = call.args[0];
    return (
      !!path &&
      SPLICED.test(path.type) &&
      csFromInput(path) &&
      !(/GetFullPath\(/.test(scopeOf(call.node).text) && /\.StartsWith\(/.test(scopeOf(call.node).text))
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Csharp: readonly Rule[] = [csPathCombine, csFilePathSpliced];
