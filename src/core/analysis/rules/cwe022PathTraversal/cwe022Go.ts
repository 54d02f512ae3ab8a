// CWE-22 path traversal (Go rules beyond the request-taint rule): archive members written under their own names.
import type { QueryRule, Rule } from '../../Rule';
import type { CallInfo } from '../../callInfo';
import type { RuleContext } from '../../RuleContext';
import { GUARDS } from '../../guardShapes';
import { callRule } from '../../callRule';
import { meta } from '../../ruleParts/pathRule';
import { scopeOf } from '../../walk';

/** A member's name field: zip.File.Name, tar.Header.Name (`f.Name`, `hdr.Name`, `file.FileHeader.Name`). */
const MEMBER_NAME = /\.Name$/;
/** The function reads an archive. */
const READS_ARCHIVE = /\b(zip\.(OpenReader|NewReader)|tar\.NewReader|\.Next\(\)|\.File\b)/;
/** A check that keeps the joined path inside the target: a prefix test, IsLocal, Rel, or a ".." test. */
const CONTAINED =
  /strings\.HasPrefix|filepath\.(IsLocal|Rel|EvalSymlinks)|strings\.Contains\([^)]*"\.\."|securejoin|SecureJoin/;

/** The member's name is handed to a helper whose name says it checks (`isPathSafe(hdr.Name)`): weaker evidence. */
function namedCheckOf(call: CallInfo, ctx: RuleContext): boolean {
  const names = call.args
    .slice(1)
    .filter((a) => MEMBER_NAME.test(a.text))
    .map((a) => a.text);
  const named = GUARDS.go?.namedChecks;
  return (
    named !== undefined &&
    ctx.callsIn(scopeOf(call.node)).some((c) => named.test(c.name) && c.args.some((a) => names.includes(a.text)))
  );
}

const archiveMemberPathRule = callRule({
  ...meta,
  id: 'go-archive-member-path',
  // The danger is the member name the archive carries; a check of the call's other arguments proves nothing.
  guardable: false,
  message:
    'An archive member is written to a path joined from its own name; a name such as "../../x" escapes the target directory (zip slip).',
  fix: 'After joining, check the cleaned path still starts with the target directory plus a separator (or use filepath.IsLocal on the name) before creating the file.',
  languages: ['go'],
  callee: { go: /^(filepath|path)\.Join$/ },
  when: (call) => {
    if (!call.args.slice(1).some((a) => MEMBER_NAME.test(a.text))) return false;
    const fn = scopeOf(call.node).text;
    return READS_ARCHIVE.test(fn) && !CONTAINED.test(fn);
  },
});

/** A finding, or a note when only a helper's name says the member name is checked (as for guardedSink.ts). */
export const goArchiveMemberPath: QueryRule = {
  ...archiveMemberPathRule,
  tierOf: ({ call }, ctx) => (call && namedCheckOf(ctx.callAt(call), ctx) ? 'note' : 'finding'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Go: readonly Rule[] = [goArchiveMemberPath];
