// CWE-377/732 outside Python and C: temp files at predictable paths (JavaScript, Go), Java's
// File.createTempFile (default permissions), and file modes or permission strings that let others write.
import { callRule } from '../callRule';
import { expandedText } from '../localText';

/** A path in the shared temp folder (`os.tmpdir()`, `os.TempDir()`, `/tmp/`) not inside a private mkdtemp dir. */
function sharedTempPath(text: string): boolean {
  return (
    /\btmpdir\(\)|os\.TempDir\(\)|['"`]\/tmp\//.test(text) && !/mkdtemp|MkdirTemp|TempDir\(\)\s*,\s*\)/i.test(text)
  );
}

export const predictableTempPath = callRule({
  id: 'predictable-temp-path',
  cwe: 'CWE-377',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'go', 'java'],
  message:
    'A file is created under a guessable name in the shared temp folder; another user can create or link it first.',
  fix: 'Create the file atomically: fs.mkdtemp + a fixed name (JavaScript), os.CreateTemp (Go), Files.createTempFile (Java).',
  callee: {
    javascript: /(^|\.)(writeFile|writeFileSync|open|openSync|createWriteStream|appendFile|appendFileSync)$/,
    typescript: /(^|\.)(writeFile|writeFileSync|open|openSync|createWriteStream|appendFile|appendFileSync)$/,
    go: /^(os\.(Create|OpenFile|WriteFile)|ioutil\.WriteFile)$/,
    java: /^(java\.io\.)?File\.createTempFile$/,
  },
  when: (call) => {
    // File.createTempFile makes files readable by everyone on many systems; Files.createTempFile uses 0600.
    if (call.last === 'createTempFile') return true;
    const target = call.args[0];
    if (!target) return false;
    // A numbered or exclusive open ('wx', O_EXCL) fails when the name already exists.
    if (/['"]wx\+?['"]|O_EXCL/.test(call.node.text)) return false;
    return sharedTempPath(expandedText(target));
  },
});

function othersMayWrite(octal: string): boolean {
  const digits = /^0[oO]?([0-7]{3,4})$/.exec(octal)?.[1];
  return digits !== undefined && (parseInt(digits, 8) & 0o002) !== 0;
}

export const jsWorldWritableMode = callRule({
  id: 'js-world-writable-mode',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message: 'The file or directory mode lets every user on the machine write it.',
  fix: 'Use 0o600 for secrets and 0o644/0o755 otherwise.',
  callee: {
    javascript:
      /(^|\.)(chmod|chmodSync|fchmod|fchmodSync|mkdir|mkdirSync|writeFile|writeFileSync|open|openSync|appendFile|appendFileSync)$/,
    typescript:
      /(^|\.)(chmod|chmodSync|fchmod|fchmodSync|mkdir|mkdirSync|writeFile|writeFileSync|open|openSync|appendFile|appendFileSync)$/,
  },
  when: (call) =>
    call.args
      .slice(1)
      .some(
        (a) =>
          othersMayWrite(a.text) ||
          (a.type === 'object' && othersMayWrite(/\bmode\s*:\s*(0[oO]?[0-7]+)/.exec(a.text)?.[1] ?? '')),
      ),
});

export const javaWorldWritablePermissions = callRule({
  id: 'java-world-writable-permissions',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['java'],
  message: 'The file is made writable by every user (others-write permission).',
  fix: 'Grant only the owner: PosixFilePermissions.fromString("rw-------"), or setWritable(true, true).',
  callee: { java: /(^|\.)PosixFilePermissions\.fromString$|\.setWritable$/ },
  when: (call) => {
    if (call.last === 'setWritable') return call.args[0]?.text === 'true' && call.args[1]?.text === 'false';
    const perms = /^"([rwx-]{9})"$/.exec(call.args[0]?.text ?? '')?.[1];
    return perms !== undefined && perms[7] === 'w';
  },
});
