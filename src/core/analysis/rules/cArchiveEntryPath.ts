// CWE-22 (zip slip): an archive member's own name used to build the path it is written to. A member named
// `../../etc/x` or `/etc/x` escapes the destination unless the code rejects `..` and absolute names, resolves
// and compares the path, or asks libarchive for its secure-extraction flags.
import { callRule } from '../callRule';

/** Evidence anywhere in the file that member names are vetted before use. */
const VETTED =
  /"\.\."|'\.\.'|\brealpath\s*\(|canonical\s*\(|ARCHIVE_EXTRACT_SECURE_(NODOTDOT|NOABSOLUTEPATHS)|lexically_normal|weakly_canonical/;
/** The member is written out: to disk by libarchive, or through a file opened by path. */
const WRITES =
  /\b(archive_write_header|archive_write_disk_new|archive_read_extract2?|fopen|open|creat|mkdir|std::ofstream|ofstream)\s*[(<]/;

export const cArchiveEntryPath = callRule({
  id: 'c-archive-entry-path',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['c', 'cpp'],
  message: 'An archive member\'s name is used as an output path without rejecting "..", absolute names or links out.',
  fix: 'Reject names that are absolute or contain ".." components (or resolve with realpath and check the prefix), or set ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS.',
  callee: {
    c: /^(archive_entry_pathname(_w|_utf8)?|zip_get_name)$/,
    cpp: /^(::)?(archive_entry_pathname(_w|_utf8)?|zip_get_name)$/,
  },
  when: (_call, ctx) => {
    const code = stripComments(ctx.code);
    return WRITES.test(code) && !VETTED.test(code);
  },
});

/** Comments may show the idiom without doing it (a hint in a prompt), so they do not count as vetting. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
