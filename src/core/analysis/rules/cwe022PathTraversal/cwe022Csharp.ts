// CWE-22 path traversal (Csharp rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { csFromInput } from '../../ruleParts/csharpShape';
import { scopeOf } from '../../walk';
import type { SyntaxNode } from '../../../languages/SyntaxTree';

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

/** Calls that turn a path into a file on disk (or name one to write). */
const WRITES_TO =
  /^Path\.(Combine|Join)$|\.ExtractToFile$|(^|\.)File\.(Create|OpenWrite|WriteAllBytes|WriteAllText|Move|Copy)$|^new FileStream$|^Directory\.CreateDirectory$/;

/** `entry` iterates an archive's entries (`foreach (var entry in archive.Entries)`) or is declared as one. */
function archiveEntry(name: string, at: SyntaxNode): boolean {
  const method = scopeOf(at).text;
  const n = name.replace(/\W/g, '');
  return (
    new RegExp(`foreach\\s*\\(\\s*\\w+\\s+${n}\\s+in\\s+[\\w.]+\\.Entries\\s*\\)`).test(method) ||
    new RegExp(`\\b(ZipArchiveEntry|TarEntry|IArchiveEntry)\\s+${n}\\b`).test(method)
  );
}

/**
 * Zip slip: an archive entry's stored name (`entry.FullName`, `entry.Key`) becomes an output path. Names such as
 * `../../app/web.config` or rooted paths leave the destination. The fix resolves the full path and checks the prefix
 * (or rejects `..`), which ZipFile.ExtractToDirectory does itself.
 */
export const csArchiveEntryPath = callRule({
  id: 'cs-archive-entry-path',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['csharp'],
  message: "An archive entry's stored name is used as an output path; `..` or a rooted name writes outside the folder.",
  fix: 'Resolve Path.GetFullPath(Path.Combine(dest, entry.FullName)) and require it to start with the destination plus a separator.',
  callee: { csharp: WRITES_TO },
  when: (call) => {
    const method = scopeOf(call.node).text;
    if ((/GetFullPath\(/.test(method) && /\.StartsWith\(/.test(method)) || /Contains\(\s*"\.\."\s*\)/.test(method))
      return false;
    return call.args.some((a) =>
      [...(a.text.matchAll(/\b(\w+)\.(FullName|Key)\b/g) ?? [])].some((m) => archiveEntry(m[1]!, call.node)),
    );
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Csharp: readonly Rule[] = [csPathCombine, csFilePathSpliced, csArchiveEntryPath];
