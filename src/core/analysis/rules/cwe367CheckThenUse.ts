// CWE-367 time-of-check time-of-use races: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';
import { callRule } from '../callRule';

const CHECKS =
  /^(os\.path\.(exists|isfile|isdir|lexists)|os\.access|os\.stat|access|stat|lstat|(std::)?(filesystem|fs)::exists|fs\.existsSync|fs\.exists|Files\.(exists|notExists|isWritable|isReadable)|os\.Stat|os\.Lstat|file_exists|is_file|is_writable|(\w+\.)?exists)$/;

/** Exclusive creation or no-follow opening makes the later open safe on its own. */
const EXCLUSIVE = /O_EXCL|O_NOFOLLOW|CREATE_NEW|['"]wx\+?['"]|flag:\s*['"]wx|noreplace|['"]x['"]/;

/** Opens for reading only: a read after an existence test is a benign race (only access() promises more). */
function readOnly(call: CallInfo): boolean {
  if (/^(open|io\.open|fopen)$/.test(call.name)) return !/^['"][wa+]|^['"]r\+/.test(call.args[1]?.text ?? "'r'");
  if (/^(os\.open|open)$/.test(call.name))
    return !/O_WRONLY|O_RDWR|O_CREAT|O_APPEND|O_TRUNC/.test(call.args[1]?.text ?? '');
  return /ifstream$/.test(call.name);
}

function checkedEarlier(call: CallInfo, ctx: RuleContext): boolean {
  const path = call.args[0]?.text;
  if (!path || EXCLUSIVE.test(call.node.text)) return false;
  const scope = scopeOf(call.node);
  const reading = readOnly(call);
  return ctx
    .callsWithin(scope.startIndex, call.node.startIndex)
    .some(
      (c) =>
        CHECKS.test(c.name) &&
        c.args[0]?.text === path &&
        !(c.name.endsWith('.exists') && c.args.length === 0) &&
        (!reading || /^(os\.)?access$/.test(c.name)),
    );
}

export const checkThenOpen = callRule({
  id: 'check-then-open',
  // A note: a permission or existence check before open is the shape most fixes add, and a race needs a shared,
  // attacker-writable path that the code does not show.
  tier: 'note',
  cwe: 'CWE-367',
  severity: 'warning',
  languages: ['python', 'c', 'cpp', 'javascript', 'typescript', 'java', 'go', 'php'],
  message:
    'The file is checked and then opened by name; an attacker can swap it (e.g. for a symlink) between the two steps.',
  fix: 'Open first and check the opened handle (fstat), or create exclusively (O_EXCL, "x"/"wx" mode, CREATE_NEW) and handle "already exists".',
  callee: {
    python: /^(open|os\.open|io\.open)$/,
    c: /^(fopen|open|creat)$/,
    cpp: /^(fopen|open|std::ofstream|std::ifstream|std::fstream)$/,
    javascript: /^(fs\.)?(writeFileSync|writeFile|openSync|open|createWriteStream|appendFileSync)$/,
    typescript: /^(fs\.)?(writeFileSync|writeFile|openSync|open|createWriteStream|appendFileSync)$/,
    java: /^(Files\.(write|writeString|newOutputStream|newBufferedWriter)|new (FileOutputStream|FileWriter))$/,
    go: /^os\.(Create|OpenFile|WriteFile)$/,
    php: /^(file_put_contents|fopen)$/,
  },
  when: checkedEarlier,
});

/** C++ streams are opened by a declaration (std::ofstream out(path)), which is not a call expression. */
export const cppCheckThenStream: QueryRule = {
  id: 'check-then-open-stream',
  cwe: 'CWE-367',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  // tree-sitter reads `std::ofstream out(path, mode)` either way: as an initialiser or as a function declarator.
  query: {
    cpp: '[(declaration type: (_) @type declarator: (init_declarator value: (argument_list) @args)) (declaration type: (_) @type declarator: (function_declarator parameters: (parameter_list) @args))] @hit',
  },
  message:
    'The file is checked and then opened by name; an attacker can swap it (e.g. for a symlink) between the two steps.',
  fix: 'Open first and check the opened stream, or create exclusively (std::ios::noreplace, O_EXCL) and handle "already exists".',
  predicate: ({ type, args, hit }, ctx) => {
    if (!type || !args || !hit || !/(o|io)?fstream$/.test(type.text) || EXCLUSIVE.test(args.text)) return false;
    const path = args.namedChildren[0]?.text;
    const scope = scopeOf(hit);
    return (
      !!path &&
      ctx.callsWithin(scope.startIndex, hit.startIndex).some((c) => CHECKS.test(c.name) && c.args[0]?.text === path)
    );
  },
};

/** Rust existence checks of a path: `p.exists()`, `p.is_file()`, `Path::new(&p).try_exists()`, `fs::metadata(&p)`. */
const RUST_METHOD_CHECK = /\.(exists|try_exists|is_file|is_dir)$/;
const RUST_CALL_CHECK = /(^|::)(symlink_)?metadata$/;

/** The path text a Rust check or open names, without borrows and `Path::new(..)` wrappers. */
const rustPath = (text: string): string =>
  text
    .replace(/^&\s*/, '')
    .replace(/^(std::path::)?Path(Buf)?::(new|from)\(\s*&?\s*([^()]*)\)$/, '$4')
    .trim();

/** The `if` around the check leaves (return, `?` error, bail!, continue): "create only when absent", done in two steps. */
function rustCheckExits(check: CallInfo): boolean {
  let cur = check.node.parent;
  while (cur && cur.type !== 'if_expression' && !/block|_item$/.test(cur.type)) cur = cur.parent;
  const body = cur?.type === 'if_expression' ? cur.childForFieldName('consequence')?.text : undefined;
  return !!body && /\breturn\b|\bbail!|\bcontinue\b|\bpanic!|Err\(/.test(body);
}

/** The check of this open's path before it in the function, if any. */
function rustEarlierCheck(call: CallInfo, ctx: RuleContext): CallInfo | undefined {
  const path = rustPath(call.args[0]?.text ?? '');
  if (!path || /create_new\s*\(\s*true/.test(call.node.text)) return undefined;
  return ctx.callsWithin(scopeOf(call.node).startIndex, call.node.startIndex).find((c) => {
    const method = RUST_METHOD_CHECK.test(c.name) && c.args.length === 0;
    if (!method && !RUST_CALL_CHECK.test(c.name)) return false;
    return rustPath((method ? c.name.replace(/\.\w+$/, '') : c.args[0]?.text) ?? '') === path;
  });
}

/**
 * Rust: a path tested with `exists()`/`metadata` and then created or written by name. When the test leaves the
 * function (`if path.exists() { return Err(..) }`), the code means "create only if absent", which
 * `OpenOptions::create_new(true)` does atomically; two processes (or a planted symlink) can win the gap. A note when
 * the test does not gate the write.
 */
export const rustExistsThenCreate = callRule({
  id: 'rust-exists-then-create',
  cwe: 'CWE-367',
  severity: 'warning',
  languages: ['rust'],
  message:
    'The path is tested and then created by name in a separate step; another process can create or link it in between.',
  fix: 'Create atomically with OpenOptions::new().write(true).create_new(true).open(path) and handle AlreadyExists.',
  callee: { rust: /^((std::)?fs::)?(File::create|write)$|^OpenOptions::new\(\).*\.open$/ },
  when: (call, ctx) => rustEarlierCheck(call, ctx) !== undefined,
  tierOf: (call, ctx) => {
    const check = rustEarlierCheck(call, ctx);
    return check && rustCheckExits(check) ? 'finding' : 'note';
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe367CheckThenUse: readonly Rule[] = [checkThenOpen, cppCheckThenStream, rustExistsThenCreate];
