// Shapes of a call that reports failure through its result, with the prefix not (yet) looking at it:
// a status or count (`fd = open(...)`, `n = read(...)`, `pos = ftell(f)`, a library's `*_init`), a stream
// extraction (`in >> count;`) whose stream state is never tested, and in Rust a pointer or status
// returned by a function of an `extern` block that is never tested (`is_null()`, a comparison).
import { comparedLater, literal, type CodeShape } from './CodeShape';

const FAILING_CALL =
  /^(?:open|openat|creat|read|write|pread|pwrite|recv|recvfrom|send|sendto|socket|accept|connect|bind|listen|ftell|fseek|lseek|fread|fwrite|pthread_create|setuid|setgid|seteuid|chdir|chroot|mkstemp|dup2?|pipe|fork|ioctl|fcntl|sscanf|fscanf|\w+_init)$/;

function uncheckedStatus(code: string): boolean {
  const assigned = /\b(\w+)\s*=\s*(?:\(\w+\)\s*)?(?:::|std::)?([A-Za-z_]\w*)\s*\(/g;
  for (const m of code.matchAll(assigned))
    if (FAILING_CALL.test(m[2]!) && !comparedLater(code.slice(m.index + m[0].length), m[1]!)) return true;
  return /(?:^|[;{}])\s*(?:fseek|lseek|setuid|setgid|seteuid|chdir|chroot|fread|read|write)\s*\([^;]*\)\s*;/m.test(
    code,
  );
}

function uncheckedStreamRead(code: string): boolean {
  for (const m of code.matchAll(/(?:^|[;{}])\s*(?:std::)?(\w+)\s*>>\s*[\w.]+[^;]*;/gm)) {
    const s = literal(m[1]!);
    const rest = code.slice(m.index + m[0].length);
    if (
      !new RegExp(
        String.raw`if\s*\(\s*!?\s*${s}\b|\b${s}\s*\.\s*(?:fail|good|bad|eof)\s*\(|while\s*\(\s*${s}\s*>>`,
      ).test(rest)
    )
      return true;
  }
  return false;
}

/** Rust: `let p = dev_name(...)` where `dev_name` is declared `-> *const T` (or an integer status) in an `extern` block. */
function uncheckedForeignResult(code: string, returns: RegExp): boolean {
  const names = [...code.matchAll(/\bfn\s+(\w+)\s*\([^)]*\)\s*->\s*([^;{]+);/g)]
    .filter((m) => returns.test(m[2]!))
    .map((m) => m[1]!);
  for (const name of names) {
    const call = new RegExp(String.raw`\blet\s+(?:mut\s+)?(\w+)\s*(?::[^=]+)?=\s*(?:unsafe\s*\{\s*)?${name}\s*\(`, 'g');
    for (const m of code.matchAll(call)) if (!comparedLater(code.slice(m.index + m[0].length), m[1]!)) return true;
  }
  return false;
}

export const RESULT_SHAPES: readonly CodeShape[] = [
  {
    name: 'unchecked-status-result',
    languages: ['c', 'cpp', 'rust'],
    found: (code) => uncheckedStatus(code) || uncheckedForeignResult(code, /^\s*(?:c_int|i32|c_long|isize)\b/),
  },
  { name: 'unchecked-stream-read', languages: ['cpp'], found: uncheckedStreamRead },
  {
    name: 'unchecked-lookup-result',
    languages: ['rust'],
    found: (code) => uncheckedForeignResult(code, /^\s*\*\s*(?:const|mut)\b/),
  },
];
