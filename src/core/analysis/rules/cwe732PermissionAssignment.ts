// CWE-732 permissive permissions on critical resources: the analyser rules for this weakness, in registry order.
// Modes given when a file is created and the process umask are CWE-276's (cwe276DefaultPermissions.ts, a child of
// 732); these rules cover permissions changed on an existing resource.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { csMemberRule } from '../ruleParts/csharpShape';
import { expandedText } from '../localText';
import { scopeOf } from '../walk';
import type { CallInfo } from '../callInfo';

function othersMayWrite(octal: string): boolean {
  const digits = /^0[oO]?([0-7]{3,4})$/.exec(octal)?.[1];
  return digits !== undefined && (parseInt(digits, 8) & 0o002) !== 0;
}

export const worldWritable = callRule({
  id: 'world-writable-permissions',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['python', 'c', 'cpp', 'go', 'php'],
  message: 'The file or directory is made writable (or fully open) to every user on the system.',
  fix: 'Grant the least access needed, e.g. 0o600 for secrets and 0o644/0o755 otherwise.',
  callee: {
    python: /^os\.(chmod|fchmod|lchmod)$/,
    c: /^(chmod|fchmod|fchmodat)$/,
    cpp: /^(chmod|fchmod|fchmodat)$/,
    go: /^(os\.Chmod|\w+\.Chmod)$/,
    php: /^(chmod)$/,
  },
  when: (call) => {
    const mode = call.keywords.get('mode')?.text ?? call.args.at(-1)?.text ?? '';
    if (/S_IWOTH|S_IRWXO/.test(mode)) return true;
    const m = /^0[oO]?([0-7]{3,4})$/.exec(mode);
    return m !== null && (parseInt(m[1]!, 8) & 0o002) !== 0;
  },
});

export const csWorldWritable: QueryRule = csMemberRule(
  {
    id: 'cs-world-writable',
    cwe: 'CWE-732',
    severity: 'warning',
    languages: ['csharp'],
    message: 'The file is made writable by every user on the machine.',
    fix: 'Grant only the owner (UnixFileMode.UserRead | UnixFileMode.UserWrite) or a specific group.',
  },
  /^UnixFileMode\.OtherWrite$|^WellKnownSidType\.WorldSid$/,
);

export const jsWorldWritableMode = callRule({
  id: 'js-world-writable-mode',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message: 'The file or directory mode lets every user on the machine write it.',
  fix: 'Use 0o600 for secrets and 0o644/0o755 otherwise.',
  callee: {
    javascript: /(^|\.)(chmod|chmodSync|fchmod|fchmodSync|lchmod|lchmodSync)$/,
    typescript: /(^|\.)(chmod|chmodSync|fchmod|fchmodSync|lchmod|lchmodSync)$/,
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
  // A freshly created file (setWritable after createNewFile, a mode given to asFileAttribute) is CWE-276's.
  when: (call, ctx) => {
    if (call.last === 'setWritable')
      return (
        call.args[0]?.text === 'true' &&
        call.args[1]?.text === 'false' &&
        !/\.(createNewFile|mkdirs?)\s*\(|new\s+FileOutputStream\s*\(/.test(ctx.code)
      );
    const perms = /^"([rwx-]{9})"$/.exec(call.args[0]?.text ?? '')?.[1];
    return perms?.[7] === 'w' && !/asFileAttribute\s*\(\s*$/.test(ctx.code.slice(0, call.node.startIndex));
  },
});

/** Files that hold secrets: keys, passwords, tokens, credentials. */
export const SECRET_FILE =
  /secret|private[_-]?key|passw|credential|token|\.pem\b|\.key\b|id_rsa|id_ed25519|keyfile|keystore/i;

/** The function later narrows the mode itself (chmod/fchmod/umask or std::filesystem::permissions). */
const NARROWS = /\b(f?chmod(at)?|umask|permissions)\s*\(/;

/** Code without its comments: a commented-out `umask(077)` narrows nothing. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
}

/** The created file's explicit mode lets the group or others read or write it (`0644`, `S_IRGRP`). */
export function openToOthers(mode: string): boolean {
  if (/S_I(R|W|X)(GRP|OTH)|S_IRWX[GO]/.test(mode)) return true;
  const digits = /^0[oO]?([0-7]{3,4})$/.exec(mode.trim())?.[1];
  return digits !== undefined && (parseInt(digits, 8) & 0o077) !== 0;
}

/** The file the call creates, and whether it creates it without a mode that keeps it private. */
function createdOpen(call: CallInfo): { path?: string; open: boolean } {
  const path = call.args[call.name === 'openat' ? 1 : 0];
  if (/^(std::)?fopen$/.test(call.name)) return { path: path?.text, open: /^"[wa]/.test(call.args[1]?.text ?? '') };
  if (call.name === 'creat') return { path: path?.text, open: openToOthers(call.args[1]?.text ?? '0') };
  const flags = call.args[call.name === 'openat' ? 2 : 1]?.text ?? '';
  if (!/O_CREAT/.test(flags)) return { open: false };
  const mode = call.args[call.name === 'openat' ? 3 : 2]?.text;
  return { path: path?.text, open: mode === undefined || openToOthers(mode) };
}

export const cSecretFileMode = callRule({
  id: 'c-secret-file-mode',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'A file that holds a secret is created with the default or a group/other-readable mode, so other local users can read it.',
  fix: 'Create it with open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600) (then fdopen), or fchmod it to 0600 before writing the secret.',
  callee: { c: /^(fopen|open|openat|creat)$/, cpp: /^(std::)?(fopen|open|openat|creat)$/ },
  when: (call) => {
    const created = createdOpen(call);
    if (!created.open || created.path === undefined) return false;
    const scope = scopeOf(call.node);
    const header = scope.text.slice(0, Math.max(0, scope.text.indexOf('{')));
    const pathText = call.args[call.name === 'openat' ? 1 : 0]
      ? expandedText(call.args[call.name === 'openat' ? 1 : 0]!)
      : '';
    return (SECRET_FILE.test(pathText) || SECRET_FILE.test(header)) && !NARROWS.test(withoutComments(scope.text));
  },
});

export const cppSecretStreamMode: QueryRule = {
  id: 'cpp-secret-stream-mode',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['cpp'],
  message:
    'A std::ofstream creates a file that holds a secret with the default mode (0666 less the umask, usually world-readable).',
  fix: 'Create the file with open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600) first, or call std::filesystem::permissions(path, owner_read | owner_write) before writing the secret.',
  kind: 'query',
  query: { cpp: '(declaration) @hit' },
  predicate: ({ hit }) => {
    if (!hit || !/(^|::)(ofstream|fstream)$/.test(hit.childForFieldName('type')?.text ?? '')) return false;
    const scope = scopeOf(hit);
    const header = scope.text.slice(0, Math.max(0, scope.text.indexOf('{')));
    return (
      (SECRET_FILE.test(expandedText(hit)) || SECRET_FILE.test(header)) && !NARROWS.test(withoutComments(scope.text))
    );
  },
};

export const rustWorldWritablePermissions = callRule({
  id: 'rust-world-writable-permissions',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['rust'],
  message: 'The file is given a mode that lets every user write it (others-write permission).',
  fix: 'Use an owner-only mode such as Permissions::from_mode(0o600) (0o700 for directories).',
  callee: { rust: /(^|::)Permissions::from_mode$|\.set_mode$/ },
  when: (call) => othersMayWrite(call.args[0]?.text.replace(/_/g, '') ?? ''),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe732PermissionAssignment: readonly Rule[] = [
  worldWritable,
  csWorldWritable,
  jsWorldWritableMode,
  javaWorldWritablePermissions,
  cSecretFileMode,
  cppSecretStreamMode,
  rustWorldWritablePermissions,
];
