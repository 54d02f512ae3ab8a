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
  when: (call) =>
    call.args.slice(1).some((a) => csFromInput(a) && !/\.FileName\b/.test(a.text)) &&
    !(/GetFullPath\(/.test(scopeOf(call.node).text) && /\.StartsWith\(/.test(scopeOf(call.node).text)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Csharp: readonly Rule[] = [csPathCombine];
