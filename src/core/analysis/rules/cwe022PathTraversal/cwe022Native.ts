// CWE-22 path traversal (Native rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { pathRule } from '../../ruleParts/pathRule';
import { scopeOf } from '../../walk';
import { callRule } from '../../callRule';
import { esc as escRustInjection, isRustInput } from '../../ruleParts/rustParameters';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { chainOperands, textValue } from '../../ruleParts/nativeSplicedValues';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { isTainted } from '../../ruleHelpers';
import type { CallInfo } from '../../callInfo';
import { joinedPath } from '../../parameterSources';
import { namedChildren } from '../../walk';
import { localHelperApplies } from '../../localCheckHelpers';

/** Evidence anywhere in the file that member names are vetted before use. */
const VETTED =
  /"\.\."|'\.\.'|\brealpath\s*\(|canonical\s*\(|ARCHIVE_EXTRACT_SECURE_(NODOTDOT|NOABSOLUTEPATHS)|lexically_normal|weakly_canonical/;

/** The member is written out: to disk by libarchive, or through a file opened by path. */
const WRITES =
  /\b(archive_write_header|archive_write_disk_new|archive_read_extract2?|fopen|open|creat|mkdir|std::ofstream|ofstream)\s*[(<]/;

/** Comments may show the idiom without doing it (a hint in a prompt), so they do not count as vetting. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CPP_FILE_OPS =
  /\b(std::)?(ifstream|ofstream|fstream)\b|\b(fs|filesystem)::(remove|remove_all|rename|copy|copy_file|resize_file|permissions)\s*\(|\bfopen\s*\(/;

const CONTAINMENT = /canonical|lexically_normal|lexically_relative|mismatch|filename\s*\(\s*\)\s*!=|find\s*\(\s*"\.\."/;

const RUST_FILE_OPS =
  /\bfs::(read|read_to_string|write|remove_file|remove_dir_all|copy|rename|read_dir)\s*\(|\bFile::(open|create)\s*\(|OpenOptions::new\s*\(/;

const CONTAINED = /canonicalize\s*\([\s\S]*starts_with\s*\(|\.file_name\s*\(\s*\)|\.components\s*\(\s*\)/;

/** Calls that read what a program receives while it runs (not its command line): stdin, files, sockets, environment. */
const RUNTIME_READ = /^(std::)?(fgets|gets|getline|scanf|fscanf|read|recv|recvfrom|fread|getenv|cin)$/;

/**
 * A command-line program that opens the file its user named does what it was asked: a path handed in whole from
 * argv (here or through a caller) is no traversal. It counts when the path is put together under a base
 * (`snprintf(p, n, "%s/%s", dir, name)`) or the function reads input at run time before the call. `std::remove(first, last, v)` is the
 * algorithm, not the file call.
 */
function traversalSink(call: CallInfo, ctx: RuleContext): boolean {
  if (/remove$/.test(call.name) && call.args.length !== 1) return false;
  const scope = scopeOf(call.node);
  return (
    joinedPath(call.node, ctx) ||
    ctx.callsIn(scope).some((c) => RUNTIME_READ.test(c.name) && c.node.endIndex <= call.node.startIndex) ||
    /\bcin\s*>>/.test(scope.text)
  );
}

export const cPathTraversal = pathRule('c-path-traversal', ['c', 'cpp'], {
  c: [{ callee: /^(fopen|open|opendir|remove|unlink)$/, args: [0], when: traversalSink }],
  cpp: [
    {
      callee: /^(std::)?(fopen|remove)$|^(open|opendir|unlink|std::ifstream|std::ofstream)$/,
      args: [0],
      when: traversalSink,
    },
  ],
});

export const cppFsPathJoin: QueryRule = {
  id: 'cpp-filesystem-path-join',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (identifier) @base operator: "/" right: (identifier) @name) @hit' },
  message:
    'A caller-supplied name is appended to a directory with path operator/, so "../" or an absolute path leaves the directory.',
  fix: 'Resolve the joined path with weakly_canonical and check it stays under the base, or accept only a plain file name.',
  predicate: ({ base, name, hit }) => {
    if (!base || !name || !hit) return false;
    const fn = scopeOf(hit);
    const params = fn.childForFieldName('declarator')?.text ?? '';
    // operator/ on a path and a string parameter: the base is a path, the name a raw string from the caller.
    const pathBase = new RegExp(`path\\s*&?\\s*${esc(base.text)}\\b`).test(fn.text);
    const stringName = new RegExp(`(string|string_view|char\\s*\\*)\\s*&?\\s*${esc(name.text)}\\s*[,)]`).test(params);
    return pathBase && stringName && CPP_FILE_OPS.test(fn.text) && !CONTAINMENT.test(fn.text);
  },
};

/** The path text a stream declaration opens: `std::ifstream in(p)`, `in{p}`, `in(dir + "/" + name, mode)`. */
function openedPath(decl: SyntaxNode): { node?: SyntaxNode; name?: string } {
  for (const d of decl.childrenForFieldName('declarator').filter((n): n is SyntaxNode => n !== null)) {
    if (d.type === 'init_declarator') {
      const value =
        d.childForFieldName('value') ?? namedChildren(d).find((c) => /argument_list|initializer_list/.test(c.type));
      const first = value && /argument_list|initializer_list/.test(value.type) ? namedChildren(value)[0] : value;
      if (first) return { node: first };
    }
    // `std::ifstream in(p);` parses as a function declarator whose one "parameter" is p.
    const m = /^\s*\w+\s*\(\s*(\w+)\s*\)\s*$/.exec(d.type === 'function_declarator' ? d.text : '');
    if (m?.[1]) return { name: m[1] };
  }
  return {};
}

/** A `+` chain that puts a caller's or input value after a fixed or other leading part (`dir + "/" + name`). */
function joinsOutsideValue(node: SyntaxNode, at: SyntaxNode, ctx: RuleContext): boolean {
  const [, ...rest] = chainOperands(textValue(node));
  return rest.some(
    (o) => !/string_literal/.test(o.type) && (isTainted(o, ctx) || fromCallerOrInput(atomsOf(o), at, ctx)),
  );
}

export const cppStreamPathJoin: QueryRule = {
  id: 'cpp-stream-path-join',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(declaration) @hit' },
  message:
    'A file stream opens a path that joins a caller\'s or input name onto a directory with no containment check, so "../" leaves the directory.',
  fix: 'Reject names containing "/" or "..", or resolve the path with std::filesystem::weakly_canonical and check it stays under the base.',
  predicate: ({ hit }, ctx) => {
    if (!hit || !/(^|::)(ifstream|ofstream|fstream)$/.test(hit.childForFieldName('type')?.text ?? '')) return false;
    const { node, name } = openedPath(hit);
    const fn = scopeOf(hit);
    let joined = node !== undefined && joinsOutsideValue(node, hit, ctx);
    const variable = name ?? (node && textValue(node).type === 'identifier' ? textValue(node).text : undefined);
    if (!joined && variable)
      joined = ctx
        .assignmentsTo(fn, variable)
        .some((a) => a.node.startIndex < hit.startIndex && joinsOutsideValue(a.value, hit, ctx));
    const code = stripComments(fn.text);
    return joined && !CONTAINMENT.test(code) && !VETTED.test(code) && !callsContainmentHelper(fn, ctx);
  },
};

/** Evidence a local predicate vets a name: it searches for "..", a separator, or resolves the path. */
const NAME_CHECK = /"\.\."|'\/'|"\/"|"\/\\\\"|find_first_of|canonical|lexically_/;

/** The function calls a predicate of this file that vets names (`if (!plain_name(name)) return 1;`). */
function callsContainmentHelper(fn: SyntaxNode, ctx: RuleContext): boolean {
  return ctx.callsIn(fn).some((c) => /^\w+$/.test(c.name) && localHelperApplies(c.name, NAME_CHECK, ctx));
}

export const rustPathJoin = callRule({
  id: 'rust-path-join-input',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['rust'],
  message:
    'A path from the caller is joined onto a base directory and used for file access without a containment check.',
  fix: 'Canonicalize the joined path and check starts_with(canonical base), or accept only a plain file_name() component.',
  callee: { rust: /\.(join|push)$/ },
  when: (call, ctx) => {
    const part = call.args[0];
    if (!part || part.type === 'string_literal') return false;
    const fn = scopeOf(call.node);
    const fromCaller =
      isRustInput(part, ctx) ||
      new RegExp(`let\\s+(mut\\s+)?${escRustInjection(part.text)}\\s*=\\s*(\\w+)\\.`).exec(fn.text)?.[2] !== undefined;
    return fromCaller && RUST_FILE_OPS.test(fn.text) && !CONTAINED.test(fn.text);
  },
});

/** Rust file operations on a path read from a request, the command line or the environment (taint, not just a parameter). */
export const rustPathTraversal = pathRule('rust-path-traversal', ['rust'], {
  rust: [
    {
      callee:
        /(^|::)(fs::(read|read_to_string|write|remove_file|remove_dir_all|copy|rename|read_dir|create_dir_all|metadata)|File::(open|create)|NamedFile::open(_async)?|ServeFile::new)$/,
      args: [0],
    },
  ],
});

export const cArchiveEntryPath = callRule({
  id: 'c-archive-entry-path',
  // The danger is not in the call's arguments, so a check of them is no guard (guardedSink.ts).
  guardable: false,
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

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Native: readonly Rule[] = [
  cPathTraversal,
  cppFsPathJoin,
  rustPathJoin,
  rustPathTraversal,
  cArchiveEntryPath,
  cppStreamPathJoin,
];
