// CWE-276 incorrect default permissions: files and directories born open to every user (a creation mode that grants
// others write, a process umask of 0) rather than opened up later. A later chmod of an existing file is CWE-732's
// (the parent); the creation-time cases live here so each finding carries the most specific id.
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';

/** An octal mode (`0o777`, `0777`, `0666`, `S_IWOTH`) that lets others write. */
export function modeGrantsOthersWrite(text: string): boolean {
  if (/S_IWOTH|S_IRWXO|OtherWrite/.test(text)) return true;
  const digits = /^0[oO]?([0-7]{3,4})$/.exec(text.trim())?.[1];
  return digits !== undefined && (parseInt(digits, 8) & 0o002) !== 0;
}

/** A umask that does not take write away from others (`umask(0)`, `umask(0o002)` is fine, `umask(0o020)` is not). */
export function umaskKeepsOthersWrite(text: string): boolean {
  const digits = /^0*[oO]?([0-7]{1,4})$/.exec(text.trim())?.[1];
  return digits !== undefined && (parseInt(digits, 8) & 0o002) === 0;
}

/** The mode argument of a creation call: Python's `mode=`, a `{ mode: 0o777 }` option, or the last argument. */
function creationMode(call: CallInfo): string {
  const keyword = call.keywords.get('mode')?.text;
  if (keyword) return keyword;
  for (const arg of call.args.slice(1)) {
    const option = /\bmode\s*:\s*(0[oO]?[0-7]+)/.exec(arg.text)?.[1];
    if (arg.type === 'object' && option) return option;
  }
  return call.args.length > 1 ? (call.args.at(-1)?.text ?? '') : '';
}

const UMASK = /(^|\.|::)umask$/;

/**
 * The conventional creation modes of Go and of C's POSIX calls: 0666 for a file (what os.Create and fopen pass) and
 * 0777 for a directory. The kernel takes the process umask off them (usually 022, leaving 0644 / 0755), so they say
 * "the usual", not "open to everyone".
 */
function conventionalMode(call: CallInfo): boolean {
  const digits = /^0[oO]?([0-7]{3})$/.exec(creationMode(call).trim())?.[1];
  return digits === (/Mkdir|mkdir/.test(call.name) ? '777' : '666');
}

/** Where the conventional mode is the norm, and how a file clears the umask that makes it safe. */
const UMASK_CLEARED: Partial<Record<string, RegExp>> = {
  go: /\b(syscall|unix)\.Umask\s*\(/,
  c: /\bumask\s*\(\s*0+\s*\)/,
  cpp: /\bumask\s*\(\s*0+\s*\)/,
};

export const permissiveCreationMode = callRule({
  id: 'permissive-creation-mode',
  cwe: 'CWE-276',
  severity: 'warning',
  languages: ['python', 'c', 'cpp', 'go', 'php', 'javascript', 'typescript'],
  message: 'The file or directory is created writable by every user (its mode or the process umask allows it).',
  fix: 'Create with the least access needed (0o600 files, 0o700 or 0o755 directories) and keep a umask of at least 022.',
  callee: {
    python: /^os\.(open|mkdir|makedirs|umask|mkfifo)$/,
    c: /^(open|openat|creat|mkdir|mkfifo|umask)$/,
    cpp: /^(::)?(open|openat|creat|mkdir|mkfifo|umask)$/,
    go: /^(os\.(OpenFile|Mkdir|MkdirAll|WriteFile)|ioutil\.WriteFile|syscall\.Umask|unix\.Umask)$/,
    php: /^(mkdir|umask|touch)$/,
    javascript: /(^|\.)(mkdir|mkdirSync|writeFile|writeFileSync|open|openSync|appendFile|appendFileSync|umask)$/,
    typescript: /(^|\.)(mkdir|mkdirSync|writeFile|writeFileSync|open|openSync|appendFile|appendFileSync|umask)$/,
  },
  when: (call) => {
    if (UMASK.test(call.name)) return call.args[0] !== undefined && umaskKeepsOthersWrite(call.args[0].text);
    // PHP mkdir($dir, 0777, true): the mode is the second argument, not the last.
    const mode = call.name === 'mkdir' && call.args.length === 3 ? (call.args[1]?.text ?? '') : creationMode(call);
    return modeGrantsOthersWrite(mode);
  },
  // A note unless the file also clears the umask (then the conventional mode is the file's real mode).
  tierOf: (call, ctx) => {
    const cleared = UMASK_CLEARED[ctx.language];
    return cleared && !UMASK.test(call.name) && conventionalMode(call) && !cleared.test(ctx.code) ? 'note' : 'finding';
  },
});

export const javaPermissiveCreation = callRule({
  id: 'java-permissive-creation',
  cwe: 'CWE-276',
  severity: 'warning',
  languages: ['java'],
  message: 'The new file or directory is created writable by every user.',
  fix: 'Create it with PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) or setWritable(true, true).',
  callee: { java: /(^|\.)PosixFilePermissions\.fromString$|\.setWritable$/ },
  when: (call, ctx) => {
    if (call.last === 'setWritable') {
      // setWritable(true, false) right after the file is made: the new file's default is "everyone may write".
      const made = /\.(createNewFile|mkdirs?)\s*\(|new\s+FileOutputStream\s*\(/.test(ctx.code);
      return made && call.args[0]?.text === 'true' && call.args[1]?.text === 'false';
    }
    const perms = /^"([rwx-]{9})"$/.exec(call.args[0]?.text ?? '')?.[1];
    return perms?.[7] === 'w' && /asFileAttribute\s*\(\s*$/.test(ctx.code.slice(0, call.node.startIndex));
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe276DefaultPermissions: readonly Rule[] = [permissiveCreationMode, javaPermissiveCreation];
